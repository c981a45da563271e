import {
  looseObject,
  minLength,
  optional,
  pipe,
  string,
  transform,
  union,
  unknown,
} from 'zod/mini';
import type { output } from 'zod/mini';
import { LooseNumber, NumberLike } from './values.js';

/** `GET /api/user/self` data (one-api User, new-api map, AiHubMix's extra fields all tolerated). */
export const UserSelfWire = looseObject({
  id: optional(LooseNumber),
  username: optional(unknown()),
  display_name: optional(unknown()),
  group: optional(unknown()),
  quota: NumberLike,
  used_quota: optional(LooseNumber),
  request_count: optional(LooseNumber),
});
export type UserSelfWire = output<typeof UserSelfWire>;

/** `GET /api/status` data. */
export const StatusWire = looseObject({
  quota_per_unit: optional(LooseNumber),
  display_in_currency: optional(unknown()),
  system_name: optional(unknown()),
});
export type StatusWire = output<typeof StatusWire>;

/** `GET /api/user/token` data: a bare string upstream, `{token}` in AiHubMix's docs. */
export const RotatedTokenWire = union([
  string().check(minLength(1)),
  pipe(
    looseObject({ token: string().check(minLength(1)) }),
    transform((value: { token: string }) => value.token),
  ),
]);
