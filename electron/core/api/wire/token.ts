import { array, looseObject, nullish, optional, union, unknown } from 'zod/mini';
import type { output } from 'zod/mini';
import { LooseNumber, NumberLike } from './values.js';

/**
 * A token (API key) object in any gateway's shape: one-api (`models`, `subnet`), new-api
 * (`model_limits`, `allow_ips`), AiHubMix (key masked or absent). Only `id` is required.
 */
export const TokenWire = looseObject({
  id: NumberLike,
  name: optional(unknown()),
  key: optional(unknown()),
  status: optional(LooseNumber),
  created_time: optional(LooseNumber),
  accessed_time: optional(LooseNumber),
  expired_time: optional(LooseNumber),
  remain_quota: optional(LooseNumber),
  used_quota: optional(LooseNumber),
  unlimited_quota: optional(unknown()),
  models: optional(unknown()),
  model_limits: optional(unknown()),
  model_limits_enabled: optional(unknown()),
  subnet: optional(unknown()),
  allow_ips: optional(unknown()),
});
export type TokenWire = output<typeof TokenWire>;

/** The raw object as the gateway sent it, kept for read-merge-write updates. */
export const RawTokenWire = looseObject({ id: NumberLike });
export type RawTokenWire = output<typeof RawTokenWire>;

/** `GET /api/token/` data: an array (one-api, new-api old) or a page object (new-api latest). */
export const TokenPageWire = union([
  array(unknown()),
  looseObject({
    items: nullish(array(unknown())),
    total: optional(LooseNumber),
    page: optional(LooseNumber),
    page_size: optional(LooseNumber),
  }),
]);
