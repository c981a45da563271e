import type { KeyDraft, KeyPatch } from '../../shared/domain/keys.js';

/**
 * KeyDraft -> the token fields both gateway families read: one-api/AiHubMix take `models` and
 * `subnet` (comma lists), new-api takes `model_limits_enabled`/`model_limits` and `allow_ips`
 * (newline list). Each ignores the other's names, so sending both works everywhere.
 */
export function draftToWire(draft: KeyDraft, quotaPerUnit: number): Record<string, unknown> {
  return {
    name: draft.name,
    ...expiryWire(draft.expiresAt),
    ...quotaWire(draft.unlimited, draft.quotaUsd, quotaPerUnit),
    ...modelsWire(draft.models),
    ...subnetsWire(draft.subnets),
  };
}

/** Only the fields the patch touches, in wire form (for merging into the full object). */
export function patchToWire(patch: KeyPatch, quotaPerUnit: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (patch.name !== undefined) out.name = patch.name;
  if (patch.expiresAt !== undefined) Object.assign(out, expiryWire(patch.expiresAt));
  if (patch.unlimited !== undefined) out.unlimited_quota = patch.unlimited;
  if (patch.quotaUsd !== undefined) out.remain_quota = toQuota(patch.quotaUsd, quotaPerUnit);
  if (patch.models !== undefined) Object.assign(out, modelsWire(patch.models));
  if (patch.subnets !== undefined) Object.assign(out, subnetsWire(patch.subnets));
  return out;
}

/** USD -> integer quota units (the gateways store int64). */
export function toQuota(usd: number, quotaPerUnit: number): number {
  return Math.max(0, Math.round(usd * quotaPerUnit));
}

function expiryWire(expiresAt: Date | null): Record<string, unknown> {
  return { expired_time: expiresAt === null ? -1 : Math.floor(expiresAt.getTime() / 1000) };
}

function quotaWire(unlimited: boolean, usd: number, quotaPerUnit: number): Record<string, unknown> {
  // The budget is sent even when unlimited, so turning "unlimited" off later restores it.
  return { unlimited_quota: unlimited, remain_quota: toQuota(usd, quotaPerUnit) };
}

function modelsWire(models: string[]): Record<string, unknown> {
  const list = clean(models).join(',');
  return { models: list, model_limits_enabled: list !== '', model_limits: list };
}

function subnetsWire(subnets: string[]): Record<string, unknown> {
  const list = clean(subnets);
  return { subnet: list.join(','), allow_ips: list.join('\n') };
}

function clean(items: string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
