import type { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';

import type { AccountsView } from '../../../../electron/shared/ipc/views.js';
import { call } from '../../bridge/call.js';
import { queryKeys } from '../../queries/query-keys.js';
import { usd } from './catalog-model.js';
import { catalogKeys, CATALOG_STALE_MS } from './catalog-query-keys.js';

/**
 * Starts the Models view's data as the window's bridge connects, before React has rendered
 * anything: the saved facets and sort (tiny, so the first sort is the right one), the saved view's
 * first rows from the cached catalog (a few dozen models, drawn before the whole catalog has
 * crossed the bridge) and, once the accounts answer names the active account, the cached catalog.
 * Before this the catalog was asked for only after the sidebar rendered and behind the other
 * views' queries, which put the first rows ~280 ms after the window's first paint. Nothing asks
 * the network without an account (catalog:first reads the disk only).
 */
export function prefetchCatalog(client: QueryClient): void {
  void client.prefetchQuery({
    queryKey: catalogKeys.prefs,
    queryFn: () => call('catalog:get-prefs'),
    staleTime: Infinity,
  });
  void client
    .prefetchQuery({
      queryKey: catalogKeys.first,
      queryFn: () => call('catalog:first'),
      staleTime: Infinity,
    })
    // The thread is idle until the accounts answer: build the price formatter now (ICU's currency
    // data costs ~10 ms the first time) rather than inside the first rows' render.
    .then(() => usd(1, i18next.language || 'en'));
  void client
    .fetchQuery({ queryKey: queryKeys.accounts, queryFn: () => call('accounts:list') })
    .then(async (accounts: AccountsView) => {
      if (accounts.activeId === null) return;
      await client.prefetchQuery({
        queryKey: catalogKeys.catalog(accounts.activeId),
        queryFn: () => call('catalog:get'),
        staleTime: CATALOG_STALE_MS,
      });
    })
    .catch(() => undefined)
    // The first rows stand in for the start only: never for another account's catalog later.
    .finally(() => client.removeQueries({ queryKey: catalogKeys.first }));
}
