import { maskKey } from '../core/keys/mask-key.js';
import type { ApiKey, KeySecret } from '../shared/domain/keys.js';

/** The `--json` shape of a key, fixed by issue 3. */
export interface KeyJson {
  id: number;
  name: string;
  status: ApiKey['status'];
  key: string | null;
  unlimited: boolean;
  remain_usd: number | null;
  used_usd: number;
  expires_at: string | null;
  created_at: string | null;
  models: string[];
  subnets: string[];
}

/**
 * What to print for a key's secret. A full key is masked unless revealed; a key the gateway
 * masked stays as it came and an absent one is null: we never pretend to know more.
 */
export function displaySecret(secret: KeySecret, reveal: boolean): string | null {
  switch (secret.kind) {
    case 'full':
      return reveal ? secret.value : maskKey(secret.value);
    case 'masked':
      return secret.value;
    case 'absent':
      return null;
  }
}

export const roundUsd = (usd: number): number => Math.round(usd * 1e6) / 1e6;

export function keyToJson(key: ApiKey, reveal: boolean): KeyJson {
  return {
    id: key.id,
    name: key.name,
    status: key.status,
    key: displaySecret(key.secret, reveal),
    unlimited: key.unlimited,
    remain_usd: key.unlimited || key.remainUsd === null ? null : roundUsd(key.remainUsd),
    used_usd: roundUsd(key.usedUsd),
    expires_at: key.expiresAt ? key.expiresAt.toISOString() : null,
    created_at: key.createdAt ? key.createdAt.toISOString() : null,
    models: [...key.models],
    subnets: [...key.subnets],
  };
}
