import { changeCount, type CatalogChanges } from '../../shared/domain/catalog-changes.js';
import { diffCatalog, restrictChanges, toSeen } from '../catalog/catalog-diff.js';
import type { CatalogPrefsStore } from './catalog-prefs-store.js';
import { CatalogSeenStore } from './catalog-seen-store.js';
import type { CatalogSource, Revalidation } from './catalog-source.js';
import { pausedUntilFrom } from './monitor-settings-from.js';
import type { ServiceContext } from './service-context.js';

/**
 * The change feed: what changed since the user last marked the catalog seen (per gateway), and
 * the watch-list alert when a refresh changes a watched model.
 */
export class CatalogFeed {
  private readonly seen: CatalogSeenStore;

  constructor(
    private readonly context: ServiceContext,
    private readonly source: CatalogSource,
    private readonly prefs: CatalogPrefsStore,
  ) {
    this.seen = new CatalogSeenStore(context.ports.dataDir);
  }

  async changes(): Promise<CatalogChanges> {
    const loaded = await this.source.current();
    const snapshot = await this.seen.read(loaded.baseUrl).catch(() => null);
    if (!snapshot) {
      // The first look is the baseline: the whole catalog is not "new" to someone who never saw it.
      return this.markSeen();
    }
    return diffCatalog(snapshot.models, toSeen(loaded.catalog.models), snapshot.seenAt);
  }

  async markSeen(): Promise<CatalogChanges> {
    const loaded = await this.source.current();
    const seenAt = this.source.now();
    await this.seen.write(loaded.baseUrl, { seenAt, models: toSeen(loaded.catalog.models) });
    return { since: seenAt, added: [], removed: [], repriced: [] };
  }

  /** After a refresh that brought a new catalog: alert on watched models that changed. */
  async afterRefresh(outcome: Revalidation): Promise<void> {
    if (!outcome.fresh || !outcome.previous) return;
    const { watchlist } = await this.prefs.get();
    if (watchlist.length === 0) return;
    const changes = restrictChanges(
      diffCatalog(toSeen(outcome.previous), toSeen(outcome.current), null),
      new Set(watchlist),
    );
    if (changeCount(changes) > 0 && !this.alertsMuted()) {
      this.context.hub.emit('catalog:watch-alert', { baseUrl: outcome.baseUrl, changes });
    }
  }

  /** Watch-list alerts obey the same switch and pause as balance alerts; the feed still lists them. */
  private alertsMuted(): boolean {
    const settings = this.context.settings();
    const pausedUntil = pausedUntilFrom(settings);
    return (
      !settings.notificationsEnabled ||
      (pausedUntil !== null && pausedUntil.getTime() > this.source.now().getTime())
    );
  }
}
