import type { ApiKey, KeySecret, KeyStatus } from '../../shared/domain/keys.js';
import type { TokenWire } from '../api/wire/token.js';
import { toBool, toList, toText } from '../api/wire/values.js';

/** Gateway token status codes (one-api/new-api); AiHubMix documents 0 as disabled too. */
const STATUS_BY_CODE: Record<number, KeyStatus> = {
  0: 'disabled',
  1: 'enabled',
  2: 'disabled',
  3: 'expired',
  4: 'exhausted',
};

const MASK_CHARS = /[*•]/;

export function normalizeKey(wire: TokenWire, quotaPerUnit: number, now: Date): ApiKey {
  const unlimited = toBool(wire.unlimited_quota);
  const remain = wire.remain_quota ?? 0;
  const expiresAt = unixToDate(wire.expired_time, true);
  return {
    id: wire.id,
    name: toText(wire.name) ?? '',
    status: deriveStatus(wire.status ?? null, expiresAt, unlimited, remain, now),
    secret: normalizeSecret(wire.key),
    unlimited,
    remainUsd: unlimited ? null : remain / quotaPerUnit,
    usedUsd: (wire.used_quota ?? 0) / quotaPerUnit,
    expiresAt,
    createdAt: unixToDate(wire.created_time, false),
    accessedAt: unixToDate(wire.accessed_time, false),
    // one-api names first; new-api's names when those are absent or empty.
    models: pickList(wire.models, wire.model_limits, /,/),
    subnets: pickList(wire.subnet, wire.allow_ips, /[,\n]/),
  };
}

/**
 * The stored status can lag: one-api only writes 3/4 when a key is used (and not at all with
 * Redis), so a past expiry or a spent budget is derived here too, whatever the stored code says:
 * such a key cannot be used (or enabled) until its expiry or budget is changed.
 */
function deriveStatus(
  code: number | null,
  expiresAt: Date | null,
  unlimited: boolean,
  remain: number,
  now: Date,
): KeyStatus {
  if (expiresAt !== null && expiresAt.getTime() <= now.getTime()) return 'expired';
  if (!unlimited && remain <= 0) return 'exhausted';
  if (code === null) return 'enabled';
  return STATUS_BY_CODE[code] ?? 'disabled';
}

export function normalizeSecret(key: unknown): KeySecret {
  const value = toText(key)?.trim() ?? '';
  if (value === '') return { kind: 'absent' };
  const prefixed = value.startsWith('sk-') ? value : `sk-${value}`;
  return MASK_CHARS.test(value)
    ? { kind: 'masked', value: prefixed }
    : { kind: 'full', value: prefixed };
}

/** -1 means "never" for expiry; 0 means "never happened" for the other timestamps. */
function unixToDate(seconds: number | null | undefined, isExpiry: boolean): Date | null {
  if (seconds === null || seconds === undefined) return null;
  if (isExpiry && seconds === -1) return null;
  if (!isExpiry && seconds <= 0) return null;
  return new Date(seconds * 1000);
}

function pickList(primary: unknown, secondary: unknown, separator: RegExp): string[] {
  const first = toList(primary, separator);
  return first.length > 0 ? first : toList(secondary, /[,\n]/);
}
