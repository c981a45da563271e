import type { ApiKey } from '../../shared/domain/keys.js';
import type { ApiKeyView } from '../../shared/ipc/views.js';
import { maskKey } from '../keys/mask-key.js';

/** What the renderer may see of a key: never the full secret. */
export function toKeyView(key: ApiKey, fullKnown: boolean): ApiKeyView {
  const { secret, ...rest } = key;
  let maskedKey: string | null = null;
  if (secret.kind === 'full') maskedKey = maskKey(secret.value);
  else if (secret.kind === 'masked') maskedKey = secret.value;
  return { ...rest, maskedKey, revealable: fullKnown || secret.kind === 'full' };
}
