import type { QueryClient } from '@tanstack/react-query';

import type { AccountsView } from '../../../../electron/shared/ipc/views.js';
import { call } from '../../bridge/call.js';
import { queryKeys } from '../../queries/query-keys.js';
import { catalogKeys, CATALOG_STALE_MS } from './catalog-query-keys.js';

/**
 * Starts the Models view's data as the window's bridge connects, before React has rendered
 * anything: the saved facets and sort (tiny, so the first sort is the right one) and, once the
 * accounts answer names the active account, the cached catalog. Without this the catalog was
 * asked for only after the sidebar rendered and behind the other views' queries, which put the
 * first rows ~280 ms after the window's first paint. Nothing is asked for without an account
 * (onboarding does not touch the network for a catalog nobody looks at).
 */
export function prefetchCatalog(client: QueryClient): void {
  void client.prefetchQuery({
    queryKey: catalogKeys.prefs,
    queryFn: () => call('catalog:get-prefs'),
    staleTime: Infinity,
  });
  void client
    .fetchQuery({ queryKey: queryKeys.accounts, queryFn: () => call('accounts:list') })
    .then((accounts: AccountsView) => {
      if (accounts.activeId === null) return;
      return client.prefetchQuery({
        queryKey: catalogKeys.catalog(accounts.activeId),
        queryFn: () => call('catalog:get'),
        staleTime: CATALOG_STALE_MS,
      });
    })
    .catch(() => undefined);
}
