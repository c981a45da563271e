import type { CatalogView } from '../../shared/ipc/views.js';
import { firstRows } from '../catalog/catalog-first.js';
import { keyAccessView } from '../catalog/key-access.js';
import type { InvokeHandlers } from './app-service.js';
import { CatalogFeed } from './catalog-feed.js';
import { CatalogPrefsStore } from './catalog-prefs-store.js';
import { CatalogSource, type Revalidation } from './catalog-source.js';
import { watchInBackground } from './catalog-watch.js';
import { requireSession, type ServiceContext } from './service-context.js';

type CatalogHandlers = Pick<
  InvokeHandlers,
  | 'catalog:get'
  | 'catalog:first'
  | 'catalog:refresh'
  | 'catalog:changes'
  | 'catalog:mark-seen'
  | 'catalog:get-prefs'
  | 'catalog:set-prefs'
  | 'catalog:set-watchlist'
  | 'catalog:key-access'
>;

/** Enough rows to fill a tall window; the rest arrives with catalog:get. */
const FIRST_ROWS = 60;

/** A window reopening within this long reuses the catalog without asking the gateway again. */
const REVALIDATE_AFTER_MS = 30_000;

/**
 * The catalog: served from memory or disk at once, revalidated with the cached ETag (a 304 keeps
 * the cache), and still shown (marked offline) when the gateway cannot be reached. Around it, the
 * change feed, the persisted view preferences and the keys ↔ models cross-reference.
 */
export function catalogHandlers(context: ServiceContext): CatalogHandlers {
  const source = new CatalogSource(context);
  const prefs = new CatalogPrefsStore(context.ports.dataDir);
  const feed = new CatalogFeed(context, source, prefs);

  const settle = async (outcome: Revalidation): Promise<CatalogView> => {
    await feed.afterRefresh(outcome).catch(() => undefined);
    return outcome.view;
  };
  watchInBackground(context, source, prefs, settle);

  return {
    'catalog:get': async () => {
      const cached = await source.cached();
      if (!cached) return settle(await source.refresh());
      if (!source.recent(REVALIDATE_AFTER_MS)) {
        // Open instantly; the revalidated copy follows as a catalog:changed event. Started on the
        // next turn so the cached answer is encoded and sent before the fetch's parsing competes.
        setTimeout(() => {
          source.refresh().then(
            async (outcome) => {
              await settle(outcome);
              if (outcome.changed) context.hub.emit('catalog:changed', outcome.view);
            },
            () => undefined,
          );
        }, 0);
      }
      return source.view(cached);
    },
    // Disk only, never the network: a window without an account asks too, before it knows.
    'catalog:first': async () => {
      const cached = await source.cached();
      if (!cached) return null;
      const first = firstRows(
        cached.catalog.models,
        await prefs.get(),
        cached.available,
        FIRST_ROWS,
      );
      return first && { ...source.view(cached), ...first };
    },
    'catalog:refresh': async () => {
      const fresh = await settle(await source.refresh());
      context.hub.emit('catalog:changed', fresh);
      return fresh;
    },
    'catalog:changes': () => feed.changes(),
    'catalog:mark-seen': () => feed.markSeen(),
    'catalog:get-prefs': () => {
      // The window asks for its prefs as its bridge connects, a moment before it can name the
      // account and ask for the catalog: read the cached catalog now so that answer is instant.
      if (context.active.record()) void source.cached();
      return prefs.get();
    },
    'catalog:set-prefs': (patch) => prefs.update(patch),
    'catalog:set-watchlist': ({ ids }) => prefs.update({ watchlist: [...new Set(ids)] }),
    'catalog:key-access': async () => {
      const session = requireSession(context, 'see which keys can call a model');
      const cached = await source.cached();
      const [keys, available] = await Promise.all([
        session.client.listKeys(),
        cached?.available
          ? Promise.resolve(cached.available)
          : session.client.getAvailableModels().catch(() => null),
      ]);
      return keyAccessView(keys, available);
    },
  };
}
