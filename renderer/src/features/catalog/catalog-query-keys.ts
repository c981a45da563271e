/** Query keys of the Models view. The catalog is per gateway, so it is keyed by the account. */
export const catalogKeys = {
  catalog: (accountId: string | null) => ['catalog', accountId] as const,
  changes: (accountId: string | null) => ['catalog-changes', accountId] as const,
  keyAccess: (accountId: string | null) => ['catalog-key-access', accountId] as const,
  prefs: ['catalog-prefs'] as const,
  /** The saved view's first rows from the cache, asked once as the window starts. */
  first: ['catalog-first'] as const,
};

/** The catalog is revalidated by main (catalog:changed pushes); the window need not re-ask often. */
export const CATALOG_STALE_MS = 60_000;
