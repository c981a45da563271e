import { z } from 'zod';

/**
 * Request schemas of the chat channels (the renderer is untrusted). Attachments are data URLs of
 * common image types only, with bounds that keep one IPC message and one file reasonable.
 */

export const conversationId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Not a conversation id.');
const keyIdSchema = z.number().int().positive();

export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] as const;
export const MAX_IMAGE_DATA_URL = 8 * 1024 * 1024;
export const MAX_ATTACHMENTS = 4;
export const MAX_OUTPUT_TOKENS = 1_000_000;
/**
 * The output the pre-send cost check assumes when the user set no max tokens (and the model may
 * write more): a long answer with reasoning, not the model's rarely reached 128K maximum.
 */
export const DEFAULT_OUTPUT_CAP = 8_192;

export const chatAttachmentSchema = z
  .object({
    kind: z.literal('image'),
    dataUrl: z
      .string()
      .max(MAX_IMAGE_DATA_URL, 'The image is too large (8 MB at most).')
      .regex(/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/, 'Not an image.'),
    name: z.string().max(200).nullable(),
  })
  .strict();

export const chatSettingsSchema = z
  .object({
    model: z.string().trim().min(1).max(200).nullable(),
    keyId: keyIdSchema.nullable(),
    systemPrompt: z.string().max(20_000),
    temperature: z.number().min(0).max(2).nullable(),
    maxTokens: z.number().int().positive().max(MAX_OUTPUT_TOKENS).nullable(),
    reasoningEffort: z.enum(REASONING_EFFORTS).nullable(),
  })
  .strict();

const byId = z.object({ id: conversationId }).strict();

export const chatRequestSchemas = {
  'chat:list': z.undefined(),
  'chat:get': byId,
  'chat:create': z.object({ settings: chatSettingsSchema.partial().optional() }).strict(),
  'chat:rename': z
    .object({ id: conversationId, title: z.string().trim().min(1).max(120) })
    .strict(),
  /** Soft delete: `chat:restore` undoes it. */
  'chat:delete': byId,
  'chat:restore': byId,
  'chat:search': z.object({ query: z.string().trim().min(1).max(200) }).strict(),
  'chat:export': z.object({ id: conversationId, format: z.enum(['markdown', 'json']) }).strict(),
  'chat:send': z
    .object({
      id: conversationId,
      text: z.string().max(200_000),
      attachments: z.array(chatAttachmentSchema).max(MAX_ATTACHMENTS).default([]),
      settings: chatSettingsSchema,
    })
    .strict()
    .refine((r) => r.text.trim() !== '' || r.attachments.length > 0, 'Write a message first.'),
  'chat:stop': z.object({ requestId: z.string().min(1).max(64) }).strict(),
  /** The answers streaming now (a reloaded window finds what its Stop button should stop). */
  'chat:active': z.undefined(),
  /**
   * Sends the conversation again for a new last answer. Explicit only, and the user was told it
   * is charged: the literal makes a silent call impossible to write by accident.
   */
  'chat:regenerate': z
    .object({ id: conversationId, settings: chatSettingsSchema, charged: z.literal(true) })
    .strict(),
  'chat:estimate': z
    .object({
      id: conversationId.nullable(),
      text: z.string().max(200_000),
      images: z.number().int().min(0).max(MAX_ATTACHMENTS),
      settings: chatSettingsSchema,
    })
    .strict(),
  'chat:keys': z.undefined(),
  /** Use a key for chat: one main holds, or a pasted full key for it (kept in the keychain). */
  'chat:set-key': z
    .object({
      keyId: keyIdSchema,
      pastedKey: z
        .string()
        .trim()
        .regex(/^sk-[A-Za-z0-9_-]{8,200}$/, 'Paste a full key that starts with sk-.')
        .optional(),
    })
    .strict(),
  /** Creates a key dedicated to chat, limited as the user chose, and keeps it in the keychain. */
  'chat:create-key': z
    .object({
      name: z.string().trim().min(1).max(30),
      unlimited: z.boolean(),
      quotaUsd: z.number().min(0).max(1_000_000),
      expiresInDays: z.number().int().positive().max(3650).nullable(),
      models: z.array(z.string().min(1).max(200)).max(100),
    })
    .strict(),
  'chat:reprice': byId,
  /** A link in an answer, opened after the user confirmed it in the window. */
  'chat:open-link': z.object({ url: z.string().url().max(2048) }).strict(),
} satisfies Record<string, z.ZodType>;
