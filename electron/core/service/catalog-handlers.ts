import type { CatalogView } from '../../shared/ipc/views.js';
import type { AiHubMixApi } from '../api/aihubmix-api.js';
import { DEFAULT_BASE_URL } from '../api/client-options.js';
import { systemClock } from '../ports.js';
import type { InvokeHandlers } from './app-service.js';
import { CatalogCache, type CachedCatalog } from './catalog-cache.js';
import { createClient } from './client-factory.js';
import type { ServiceContext } from './service-context.js';

type CatalogHandlers = Pick<InvokeHandlers, 'catalog:get' | 'catalog:refresh'>;

interface Loaded {
  baseUrl: string;
  catalog: CachedCatalog;
  available: string[] | null;
  offline: boolean;
}

/**
 * The catalog: served from memory or disk at once, revalidated with the cached ETag (a 304 keeps
 * the cache), and still shown (marked offline) when the gateway cannot be reached.
 */
export function catalogHandlers(context: ServiceContext): CatalogHandlers {
  const cache = new CatalogCache(context.ports.dataDir);
  const clock = context.ports.clock ?? systemClock;
  let loaded: Loaded | null = null;
  let refreshing: { baseUrl: string; promise: Promise<CatalogView> } | null = null;

  const baseUrlNow = (): string => context.active.record()?.baseUrl ?? DEFAULT_BASE_URL;
  const view = (from: Loaded): CatalogView => ({
    models: from.catalog.models,
    available: from.available,
    fetchedAt: from.catalog.fetchedAt,
    offline: from.offline,
  });

  /** The session's client, or a token-less one for browsing the public catalog signed out. */
  const withClient = async <T>(
    run: (client: AiHubMixApi, signedIn: boolean) => Promise<T>,
  ): Promise<T> => {
    const session = context.active.current();
    if (session) return run(session.client, true);
    const client = await createClient(context.ports, { baseUrl: baseUrlNow(), accessToken: null });
    try {
      return await run(client, false);
    } finally {
      await client.close().catch(() => undefined);
    }
  };

  const cachedFor = async (baseUrl: string): Promise<Loaded | null> => {
    if (loaded?.baseUrl === baseUrl) return loaded;
    const catalog = await cache.read(baseUrl).catch(() => null);
    return catalog ? { baseUrl, catalog, available: null, offline: false } : null;
  };

  const revalidate = async (baseUrl: string): Promise<CatalogView> => {
    const previous = await cachedFor(baseUrl);
    const outcome = await withClient(async (client, signedIn) => {
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
      return { fetched, available };
    });
    if (!outcome.fetched.ok) {
      // Stale beats empty: show the cached catalog, marked offline. Without one, say why.
      if (!previous) throw outcome.fetched.error;
      loaded = { ...previous, available: outcome.available ?? previous.available, offline: true };
      return view(loaded);
    }
    const { result } = outcome.fetched;
    const catalog: CachedCatalog = {
      etag: result.etag,
      fetchedAt: clock.now(),
      models: result.models,
    };
    loaded = { baseUrl, catalog, available: outcome.available, offline: false };
    await cache.write(baseUrl, catalog).catch((error: unknown) => {
      console.error('[catalog] could not write the cache:', (error as NodeJS.ErrnoException).code);
    });
    return view(loaded);
  };

  const refresh = (): Promise<CatalogView> => {
    const baseUrl = baseUrlNow();
    if (refreshing?.baseUrl === baseUrl) return refreshing.promise;
    const promise = revalidate(baseUrl).finally(() => {
      if (refreshing?.promise === promise) refreshing = null;
    });
    refreshing = { baseUrl, promise };
    return promise;
  };

  return {
    'catalog:get': async () => {
      const cached = await cachedFor(baseUrlNow());
      if (!cached) return refresh();
      // Open instantly; the revalidated copy follows as a catalog:changed event.
      refresh().then(
        (fresh) => context.hub.emit('catalog:changed', fresh),
        () => undefined,
      );
      return view(cached);
    },
    'catalog:refresh': async () => {
      const fresh = await refresh();
      context.hub.emit('catalog:changed', fresh);
      return fresh;
    },
  };
}
