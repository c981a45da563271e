import type { ApiKey } from '../../shared/domain/keys.js';
import type { ApiKeyView } from '../../shared/ipc/views.js';
import type { Session } from './active-account.js';
import type { InvokeHandlers } from './app-service.js';
import { toKeyView } from './key-mask.js';
import { requireSession, type ServiceContext } from './service-context.js';

type KeyHandlers = Pick<
  InvokeHandlers,
  | 'keys:list'
  | 'keys:get'
  | 'keys:create'
  | 'keys:update'
  | 'keys:set-enabled'
  | 'keys:delete'
  | 'keys:reveal'
  | 'keys:copy'
  | 'keys:available-models'
>;

/** Remembers a full secret when the gateway sent one, and returns the masked view. */
function remember(session: Session, key: ApiKey): ApiKeyView {
  if (key.secret.kind === 'full') session.keySecrets.set(key.id, key.secret.value);
  return toKeyView(key, session.keySecrets.has(key.id));
}

/**
 * Keys through the active account's client. Full secrets stay in this process (a Map per
 * session); the renderer gets masks, plus the full key only from `keys:reveal` and once from
 * `keys:create`. Copying happens here, so a batch copy never moves secrets across IPC.
 */
export function keyHandlers(context: ServiceContext): KeyHandlers {
  const session = (what = 'manage keys'): Session => requireSession(context, what);

  return {
    'keys:list': async () => {
      const current = session();
      const keys = await current.client.listKeys();
      // A masked list (new-api, AiHubMix) cannot refresh secrets learnt at creation: keep those,
      // but forget keys that are gone.
      const ids = new Set(keys.map((key) => key.id));
      for (const id of current.keySecrets.keys()) if (!ids.has(id)) current.keySecrets.delete(id);
      return keys.map((key) => remember(current, key));
    },

    'keys:get': async ({ id }) => {
      const current = session();
      return remember(current, await current.client.getKey(id));
    },

    'keys:create': async (draft) => {
      const current = session();
      const created = await current.client.createKey(draft);
      const key = created.key;
      const fullKey = key.secret.kind === 'full' ? key.secret.value : null;
      let shownOnce = false;
      if (fullKey !== null) {
        // Ask once whether the gateway shows the key again; if it masks it (new-api style), or
        // cannot tell, the user must be warned that this is the only time.
        const again = await current.client.getKey(key.id).catch(() => null);
        shownOnce = again === null || again.secret.kind !== 'full';
      }
      return { key: remember(current, key), fullKey, shownOnce, source: created.source };
    },

    'keys:update': async ({ id, patch }) => {
      const current = session();
      return remember(current, await current.client.updateKey(id, patch));
    },

    'keys:set-enabled': async ({ id, enabled }) => {
      const current = session();
      return remember(current, await current.client.setKeyEnabled(id, enabled));
    },

    'keys:delete': async ({ id }) => {
      const current = session();
      await current.client.deleteKey(id);
      current.keySecrets.delete(id);
      return { deleted: 1 };
    },

    'keys:reveal': async ({ id }) => {
      const current = session('reveal a key');
      if (!current.keySecrets.has(id)) {
        // one-api returns full keys on a detail read: try once before saying "not available".
        remember(current, await current.client.getKey(id));
      }
      return { key: current.keySecrets.get(id) ?? null };
    },

    'keys:copy': ({ ids }) => {
      const current = session('copy keys');
      const unique = [...new Set(ids)];
      const full = unique.flatMap((id) => {
        const value = current.keySecrets.get(id);
        return value === undefined ? [] : [value];
      });
      if (full.length > 0) context.ports.clipboard.writeText(full.join('\n'));
      return Promise.resolve({ copied: full.length, unavailable: unique.length - full.length });
    },

    'keys:available-models': () => session('list your models').client.getAvailableModels(),
  };
}
