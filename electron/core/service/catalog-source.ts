import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { CatalogView } from '../../shared/ipc/views.js';
import type { AiHubMixApi } from '../api/aihubmix-api.js';
import { DEFAULT_BASE_URL } from '../api/client-options.js';
import { systemClock } from '../ports.js';
import { CatalogCache, type CachedCatalog } from './catalog-cache.js';
import { createClient } from './client-factory.js';
import type { ServiceContext } from './service-context.js';

export interface LoadedCatalog {
  baseUrl: string;
  catalog: CachedCatalog;
  available: string[] | null;
  /** Whose `available` list it is: it is the account's, while the catalog is the gateway's. */
  availableFor: string | null;
  offline: boolean;
}

/** One revalidation's outcome: the view, and what the feed needs to compare. */
export interface Revalidation {
  view: CatalogView;
  /** The server sent a new body (not a 304, not the offline fallback). */
  fresh: boolean;
  /** Worth telling the windows: new models, or the offline/available state moved. */
  changed: boolean;
  baseUrl: string;
  previous: CatalogModel[] | null;
  current: CatalogModel[];
}

/**
 * Where the catalog comes from: memory, then the on-disk cache (with its ETag), then the gateway.
 * Revalidation sends If-None-Match (a 304 keeps the cache) and falls back to the cache, marked
 * offline, when the gateway cannot be reached. Concurrent refreshes of one gateway share a request.
 */
export class CatalogSource {
  private readonly cache: CatalogCache;
  private loaded: LoadedCatalog | null = null;
  private disk: { baseUrl: string; promise: Promise<LoadedCatalog | null> } | null = null;
  private refreshing: { baseUrl: string; promise: Promise<Revalidation> } | null = null;

  constructor(private readonly context: ServiceContext) {
    this.cache = new CatalogCache(context.ports.dataDir);
  }

  baseUrl(): string {
    return this.context.active.record()?.baseUrl ?? DEFAULT_BASE_URL;
  }

  now(): Date {
    return (this.context.ports.clock ?? systemClock).now();
  }

  view(from: LoadedCatalog): CatalogView {
    return {
      models: from.catalog.models,
      available: from.available,
      fetchedAt: from.catalog.fetchedAt,
      offline: from.offline,
    };
  }

  /** The catalog in memory or on disk for the active gateway, without any request. */
  async cached(baseUrl = this.baseUrl()): Promise<LoadedCatalog | null> {
    if (this.loaded?.baseUrl === baseUrl) return this.forActiveAccount(this.loaded);
    // One read per gateway until a fetch replaces it: at start the window, the badge and the
    // background revalidation all ask at once, and parsing thousands of cached models is the cost.
    if (this.disk?.baseUrl !== baseUrl) {
      const promise = this.cache.read(baseUrl).then(
        (catalog) =>
          catalog
            ? {
                baseUrl,
                catalog,
                available: catalog.available?.models ?? null,
                availableFor: catalog.available?.accountId ?? null,
                offline: false,
              }
            : null,
        () => null,
      );
      this.disk = { baseUrl, promise };
    }
    const loaded = await this.disk.promise;
    return loaded && this.forActiveAccount(loaded);
  }

  /** Another account's list of usable models is not this one's: unknown until fetched. */
  private forActiveAccount(loaded: LoadedCatalog): LoadedCatalog {
    const account = this.context.active.record()?.id ?? null;
    if (loaded.availableFor === account || loaded.available === null) return loaded;
    return { ...loaded, available: null, availableFor: null };
  }

  /** The cached catalog, or a fetched one when there is none yet. */
  async current(): Promise<LoadedCatalog> {
    const cached = await this.cached();
    if (cached) return cached;
    await this.refresh();
    const loaded = await this.cached();
    if (!loaded) throw new Error('The catalog could not be loaded.');
    return loaded;
  }

  /** Fetched within `ms` and online: a window opening again need not ask the gateway. */
  recent(ms: number): boolean {
    const loaded = this.loaded;
    if (!loaded || loaded.baseUrl !== this.baseUrl() || loaded.offline) return false;
    return this.now().getTime() - loaded.catalog.fetchedAt.getTime() < ms;
  }

  refresh(): Promise<Revalidation> {
    const baseUrl = this.baseUrl();
    if (this.refreshing?.baseUrl === baseUrl) return this.refreshing.promise;
    const promise = this.revalidate(baseUrl).finally(() => {
      if (this.refreshing?.promise === promise) this.refreshing = null;
    });
    this.refreshing = { baseUrl, promise };
    return promise;
  }

  private setLoaded(next: LoadedCatalog): void {
    this.loaded = next;
    this.disk = null;
  }

  /** The session's client, or a token-less one for browsing the public catalog signed out. */
  private async withClient<T>(
    baseUrl: string,
    run: (client: AiHubMixApi, signedIn: boolean) => Promise<T>,
  ): Promise<T> {
    const session = this.context.active.current();
    if (session) return run(session.client, true);
    const client = await createClient(this.context.ports, { baseUrl, accessToken: null });
    try {
      return await run(client, false);
    } finally {
      await client.close().catch(() => undefined);
    }
  }

  private async revalidate(baseUrl: string): Promise<Revalidation> {
    const previous = await this.cached(baseUrl);
    const outcome = await this.withClient(baseUrl, async (client, signedIn) => {
      const prior = previous?.catalog.etag
        ? { etag: previous.catalog.etag, models: previous.catalog.models }
        : null;
      const [fetched, available] = await Promise.all([
        client.getCatalog({}, prior).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
        signedIn ? client.getAvailableModels().catch(() => null) : Promise.resolve(null),
      ]);
      return { fetched, available, signedIn };
    });
    const before = previous?.catalog.models ?? null;
    if (!outcome.fetched.ok) {
      // Stale beats empty: show the cached catalog, marked offline. Without one, say why.
      if (!previous) throw outcome.fetched.error;
      const next = {
        ...previous,
        available: outcome.available ?? previous.available,
        offline: true,
      };
      this.setLoaded(next);
      const changed = !previous.offline;
      return {
        view: this.view(next),
        fresh: false,
        changed,
        baseUrl,
        previous: before,
        current: next.catalog.models,
      };
    }
    const { result } = outcome.fetched;
    // A failed available_models answer keeps the last known list rather than forgetting it.
    const available = outcome.signedIn ? (outcome.available ?? previous?.available ?? null) : null;
    const account = this.context.active.record()?.id ?? null;
    const availableFor = available && account ? account : null;
    const catalog: CachedCatalog = {
      etag: result.etag,
      fetchedAt: this.now(),
      models: result.models,
      available: available && availableFor ? { accountId: availableFor, models: available } : null,
    };
    const next: LoadedCatalog = { baseUrl, catalog, available, availableFor, offline: false };
    this.setLoaded(next);
    await this.cache.write(baseUrl, catalog).catch((error: unknown) => {
      console.error('[catalog] could not write the cache:', (error as NodeJS.ErrnoException).code);
    });
    const changed =
      !result.notModified ||
      previous?.offline === true ||
      sameList(previous?.available ?? null, next.available) === false;
    return {
      view: this.view(next),
      fresh: !result.notModified,
      changed,
      baseUrl,
      previous: before,
      current: result.models,
    };
  }
}

function sameList(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
