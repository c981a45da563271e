import type { CatalogView } from '../../shared/ipc/views.js';
import type { CatalogPrefsStore } from './catalog-prefs-store.js';
import type { CatalogSource, Revalidation } from './catalog-source.js';
import type { ServiceContext } from './service-context.js';

/** A watched catalog is looked at again at most this often while the window stays closed. */
export const WATCH_REVALIDATE_MS = 60 * 60_000;

/**
 * The watch list's notifications are for a tray app whose window is closed, yet the catalog was
 * only revalidated when a window asked for it. This revalidates it on the balance poll's rhythm
 * (each poll emits balance:changed), at most hourly, signed in, and only when a model is watched:
 * nobody else pays for a catalog request. The feed's afterRefresh raises the alert.
 */
export function watchInBackground(
  context: ServiceContext,
  source: CatalogSource,
  prefs: CatalogPrefsStore,
  settle: (outcome: Revalidation) => Promise<CatalogView>,
): () => void {
  let busy = false;
  return context.hub.subscribe((channel) => {
    if (channel !== 'balance:changed' || busy || !context.active.current()) return;
    busy = true;
    void (async () => {
      const { watchlist } = await prefs.get();
      if (watchlist.length === 0 || source.recent(WATCH_REVALIDATE_MS)) return;
      const outcome = await source.refresh();
      await settle(outcome);
      if (outcome.changed) context.hub.emit('catalog:changed', outcome.view);
    })()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  });
}
