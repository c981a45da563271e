import { z } from 'zod';
import { LooseNumber, NumberLike } from './values.js';

/**
 * A token (API key) object in any gateway's shape: one-api (`models`, `subnet`), new-api
 * (`model_limits`, `allow_ips`), AiHubMix (key masked or absent). Only `id` is required.
 */
export const TokenWire = z.looseObject({
  id: NumberLike,
  name: z.unknown().optional(),
  key: z.unknown().optional(),
  status: LooseNumber.optional(),
  created_time: LooseNumber.optional(),
  accessed_time: LooseNumber.optional(),
  expired_time: LooseNumber.optional(),
  remain_quota: LooseNumber.optional(),
  used_quota: LooseNumber.optional(),
  unlimited_quota: z.unknown().optional(),
  models: z.unknown().optional(),
  model_limits: z.unknown().optional(),
  model_limits_enabled: z.unknown().optional(),
  subnet: z.unknown().optional(),
  allow_ips: z.unknown().optional(),
});
export type TokenWire = z.infer<typeof TokenWire>;

/** The raw object as the gateway sent it, kept for read-merge-write updates. */
export const RawTokenWire = z.looseObject({ id: NumberLike });
export type RawTokenWire = z.infer<typeof RawTokenWire>;

/** `GET /api/token/` data: an array (one-api, new-api old) or a page object (new-api latest). */
export const TokenPageWire = z.union([
  z.array(z.unknown()),
  z.looseObject({
    items: z.array(z.unknown()).nullish(),
    total: LooseNumber.optional(),
    page: LooseNumber.optional(),
    page_size: LooseNumber.optional(),
  }),
]);
