import type { ApiKey } from '../../shared/domain/keys.js';
import type { ApiKeyView } from '../../shared/ipc/views.js';

/**
 * `sk-AbCd…wXyZ`: enough to tell keys apart, too little to use one. Keys too short to keep four
 * characters hidden (never issued by the gateways, but possible in tests) show the prefix only.
 */
export function maskFullKey(fullKey: string): string {
  const body = fullKey.startsWith('sk-') ? fullKey.slice(3) : fullKey;
  if (body.length < 12) return `sk-${body.slice(0, 2)}…`;
  return `sk-${body.slice(0, 4)}…${body.slice(-4)}`;
}

/** What the renderer may see of a key: never the full secret. */
export function toKeyView(key: ApiKey, fullKnown: boolean): ApiKeyView {
  const { secret, ...rest } = key;
  let maskedKey: string | null = null;
  if (secret.kind === 'full') maskedKey = maskFullKey(secret.value);
  else if (secret.kind === 'masked') maskedKey = secret.value;
  return { ...rest, maskedKey, revealable: fullKnown || secret.kind === 'full' };
}
