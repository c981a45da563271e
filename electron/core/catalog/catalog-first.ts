import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { CatalogPrefs } from '../../shared/ipc/catalog-schemas.js';
import { filterCatalog, savedFacetsFilter, sortCatalog } from './catalog-query.js';

export interface FirstRows {
  /** The first `limit` models of the saved view, in its saved order. */
  models: CatalogModel[];
  /** How many models the saved view shows in all. */
  matched: number;
  /** The catalog's size. */
  total: number;
}

/**
 * The rows a window opening on its saved view shows first: a few dozen models instead of the whole
 * catalog, so they can be drawn before thousands of models have crossed the bridge. Null when the
 * view needs the network to know (a "callable by key" facet).
 */
export function firstRows(
  models: readonly CatalogModel[],
  prefs: CatalogPrefs,
  available: readonly string[] | null,
  limit: number,
): FirstRows | null {
  if (prefs.keyId !== null) return null;
  const filter = savedFacetsFilter(prefs, available ? new Set(available) : null);
  const shown = filterCatalog(sortCatalog(models, prefs.sort), filter);
  return { models: shown.slice(0, limit), matched: shown.length, total: models.length };
}
