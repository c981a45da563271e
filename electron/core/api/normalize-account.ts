import type { AccountSnapshot, GatewayStatus } from '../../shared/domain/account.js';
import type { StatusWire, UserSelfWire } from './wire/account.js';
import { toBool, toText } from './wire/values.js';

/** one-api and new-api both use 500 000 quota units per USD unless an admin changed it. */
export const DEFAULT_QUOTA_PER_UNIT = 500_000;

export function normalizeAccount(
  wire: UserSelfWire,
  quotaPerUnit: number,
  fetchedAt: Date,
): AccountSnapshot {
  const usedQuota = wire.used_quota ?? 0;
  const id = wire.id ?? null;
  return {
    userId: id !== null && Number.isInteger(id) && id > 0 ? id : null,
    username: toText(wire.username) ?? '',
    displayName: toText(wire.display_name) || null,
    group: toText(wire.group) || null,
    balanceUsd: wire.quota / quotaPerUnit,
    usedUsd: usedQuota / quotaPerUnit,
    quota: wire.quota,
    usedQuota,
    requestCount: wire.request_count ?? 0,
    quotaPerUnit,
    fetchedAt,
  };
}

export function normalizeStatus(wire: StatusWire): GatewayStatus {
  const perUnit = wire.quota_per_unit ?? null;
  return {
    // A zero or negative rate would turn every balance into Infinity: treat it as unknown.
    quotaPerUnit: perUnit !== null && perUnit > 0 ? perUnit : null,
    displayInCurrency:
      wire.display_in_currency === undefined || wire.display_in_currency === null
        ? null
        : toBool(wire.display_in_currency),
    systemName: toText(wire.system_name) || null,
  };
}
