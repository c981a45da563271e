import { z } from 'zod';

import { KEY_NAME_MAX_BYTES } from '../domain/keys.js';

/**
 * Runtime schemas for key drafts coming from the renderer or the CLI. The rules match the
 * gateway's own validation (name length in bytes, CIDR syntax) so a bad value is caught before a
 * request, with a message that says what to fix.
 */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

export const keyNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the key a name.')
  .refine(
    (name) => utf8Bytes(name) <= KEY_NAME_MAX_BYTES,
    `The name is too long: the gateway allows ${KEY_NAME_MAX_BYTES} bytes (Chinese characters take 3).`,
  );

export const subnetSchema = z.union([z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()], {
  error: (issue) =>
    `“${String(issue.input)}” is not an IP address or CIDR range (like 203.0.113.0/24).`,
});

/** Dates cross IPC as Date objects, and the browser bridge revives them; accept ISO strings too. */
const expiresAtSchema = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((value) => (value instanceof Date ? value : new Date(value)));

export const keyDraftSchema = z
  .object({
    name: keyNameSchema,
    unlimited: z.boolean(),
    quotaUsd: z.number().finite().min(0, 'The quota cannot be negative.').max(1_000_000_000),
    expiresAt: expiresAtSchema.nullable(),
    models: z.array(z.string().trim().min(1).max(200)).max(1000),
    subnets: z.array(subnetSchema).max(200),
  })
  .strict();

export const keyPatchSchema = keyDraftSchema.partial().strict();

export type KeyDraftInput = z.input<typeof keyDraftSchema>;
