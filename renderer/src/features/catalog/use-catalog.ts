import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';

import type { CatalogChanges } from '../../../../electron/shared/domain/catalog-changes.js';
import {
  DEFAULT_CATALOG_PREFS,
  type CatalogPrefs,
} from '../../../../electron/shared/ipc/catalog-schemas.js';
import type { CatalogView } from '../../../../electron/shared/ipc/views.js';
import { call, onEvent } from '../../bridge/call.js';
import { useAccounts } from '../../queries/use-accounts.js';
import { catalogKeys, CATALOG_STALE_MS } from './catalog-query-keys.js';

export { catalogKeys };

const useActiveId = (): string | null => useAccounts().data?.activeId ?? null;

/** The catalog: the cached copy at once; the revalidated one arrives as catalog:changed. */
export function useCatalog() {
  return useQuery({
    queryKey: catalogKeys.catalog(useActiveId()),
    queryFn: () => call('catalog:get'),
    staleTime: CATALOG_STALE_MS,
  });
}

/** The first rows prefetched at start (catalog-prefetch.ts), until the whole catalog is in. */
export function useCatalogFirst() {
  return useQuery({
    queryKey: catalogKeys.first,
    queryFn: () => call('catalog:first'),
    // Only ever filled by the prefetch: a view mounted later never asks for it.
    enabled: false,
  });
}

export function useRefreshCatalog() {
  const client = useQueryClient();
  const activeId = useActiveId();
  return useMutation({
    mutationFn: () => call('catalog:refresh'),
    onSuccess: (view) => {
      client.setQueryData(catalogKeys.catalog(activeId), view);
      void client.invalidateQueries({ queryKey: catalogKeys.changes(activeId) });
    },
  });
}

/**
 * The change feed waits for the catalog: asked at the same moment, its diff (a second file of
 * thousands of models to read and compare) competed with the cached catalog's answer.
 */
export function useCatalogChanges() {
  const activeId = useActiveId();
  const loaded = useCatalog().data !== undefined;
  return useQuery({
    queryKey: catalogKeys.changes(activeId),
    queryFn: () => call('catalog:changes'),
    enabled: loaded,
    staleTime: 60_000,
  });
}

export function useMarkSeen() {
  const client = useQueryClient();
  const activeId = useActiveId();
  return useMutation({
    mutationFn: () => call('catalog:mark-seen'),
    onSuccess: (changes) => client.setQueryData(catalogKeys.changes(activeId), changes),
  });
}

/** Which keys call which models; like the change feed, asked once the catalog is on screen. */
export function useKeyAccess(enabled: boolean) {
  const activeId = useActiveId();
  const loaded = useCatalog().data !== undefined;
  return useQuery({
    queryKey: catalogKeys.keyAccess(activeId),
    queryFn: () => call('catalog:key-access'),
    enabled: enabled && loaded && activeId !== null,
    staleTime: 60_000,
  });
}

export function useCatalogPrefs() {
  return useQuery({
    queryKey: catalogKeys.prefs,
    queryFn: () => call('catalog:get-prefs'),
    staleTime: Infinity,
  });
}

let saveSequence = 0;

/**
 * Facet and sort changes apply at once (written into the query cache) and are saved in the
 * background; a refused save (it cannot be, short of a bug) puts the saved prefs back.
 */
export function useSetCatalogPrefs(): (patch: Partial<CatalogPrefs>) => void {
  const client = useQueryClient();
  return useCallback(
    (patch) => {
      const previous = client.getQueryData<CatalogPrefs>(catalogKeys.prefs);
      client.setQueryData<CatalogPrefs>(catalogKeys.prefs, {
        ...(previous ?? DEFAULT_CATALOG_PREFS),
        ...patch,
      });
      const save =
        patch.watchlist !== undefined && Object.keys(patch).length === 1
          ? call('catalog:set-watchlist', { ids: patch.watchlist })
          : call('catalog:set-prefs', patch);
      // Only the latest save's answer is applied: an earlier one landing after a later click
      // would otherwise put the older sort back for a moment.
      const sequence = ++saveSequence;
      save.then(
        (saved) => {
          if (sequence === saveSequence) client.setQueryData(catalogKeys.prefs, saved);
        },
        () => void client.invalidateQueries({ queryKey: catalogKeys.prefs }),
      );
    },
    [client],
  );
}

/** Keeps the catalog and its change feed in step with what main pushes. Mounted by the shell. */
export function useCatalogEvents(): void {
  const client = useQueryClient();
  const activeId = useActiveId();
  useEffect(
    () =>
      onEvent('catalog:changed', (view: CatalogView) => {
        client.setQueryData(catalogKeys.catalog(activeId), view);
        void client.invalidateQueries({ queryKey: catalogKeys.changes(activeId) });
      }),
    [client, activeId],
  );
}

export function changeTotal(changes: CatalogChanges | undefined): number {
  if (!changes) return 0;
  return changes.added.length + changes.removed.length + changes.repriced.length;
}
