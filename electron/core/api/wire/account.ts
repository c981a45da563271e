import { z } from 'zod';
import { LooseNumber, NumberLike } from './values.js';

/** `GET /api/user/self` data (one-api User, new-api map, AiHubMix's extra fields all tolerated). */
export const UserSelfWire = z.looseObject({
  id: LooseNumber.optional(),
  username: z.unknown().optional(),
  display_name: z.unknown().optional(),
  group: z.unknown().optional(),
  quota: NumberLike,
  used_quota: LooseNumber.optional(),
  request_count: LooseNumber.optional(),
});
export type UserSelfWire = z.infer<typeof UserSelfWire>;

/** `GET /api/status` data. */
export const StatusWire = z.looseObject({
  quota_per_unit: LooseNumber.optional(),
  display_in_currency: z.unknown().optional(),
  system_name: z.unknown().optional(),
});
export type StatusWire = z.infer<typeof StatusWire>;

/** `GET /api/user/token` data: a bare string upstream, `{token}` in AiHubMix's docs. */
export const RotatedTokenWire = z.union([
  z.string().min(1),
  z.looseObject({ token: z.string().min(1) }).transform((value) => value.token),
]);
