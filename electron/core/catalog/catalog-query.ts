import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { CatalogPrefs } from '../../shared/ipc/catalog-schemas.js';

/**
 * Client-side filtering and sorting of the catalog. The server sorts context_length as text
 * (8192 above 65536), and the window filters as the user types, so both happen here.
 */

export type CatalogSortKey =
  | 'input'
  | 'output'
  | 'cache_read'
  | 'cache_write'
  | 'context_length'
  | 'max_output'
  | 'name'
  | 'server_order';

export interface CatalogFilter {
  type?: string | null;
  /** Every selected modality must be supported. */
  modalities?: string[];
  /** Every selected feature must be present. */
  features?: string[];
  developer?: string | null;
  /** Only models the account can use (ids from /api/user/available_models). */
  available?: ReadonlySet<string> | null;
  /** Only these ids (e.g. the models one key may call); null or absent = no restriction. */
  only?: ReadonlySet<string> | null;
  /** Case-insensitive, over id and description; words are ANDed. */
  search?: string;
}

export interface CatalogSort {
  by: CatalogSortKey;
  order: 'asc' | 'desc';
}

/**
 * The saved facets as a query filter, for what can be known without the network: the "callable
 * by key" facet needs the key list and is added by the window. Shared by the window's filter and
 * the first-rows answer, so both agree on which models a saved view shows.
 */
export function savedFacetsFilter(
  prefs: CatalogPrefs,
  available: ReadonlySet<string> | null,
): CatalogFilter {
  return {
    type: prefs.type,
    modalities: prefs.modalities,
    features: prefs.features,
    developer: prefs.developer,
    available: prefs.availableOnly ? available : null,
  };
}

export function filterCatalog(
  models: readonly CatalogModel[],
  filter: CatalogFilter,
): CatalogModel[] {
  const type = norm(filter.type);
  const modalities = (filter.modalities ?? []).map(norm).filter(Boolean);
  const features = (filter.features ?? []).map(norm).filter(Boolean);
  const developer = norm(filter.developer);
  const words = norm(filter.search).split(/\s+/).filter(Boolean);
  return models.filter((model) => {
    if (type && !model.types.includes(type)) return false;
    if (!modalities.every((m) => model.inputModalities.includes(m))) return false;
    if (!features.every((f) => model.features.includes(f))) return false;
    if (developer && norm(model.developer) !== developer) return false;
    if (filter.available && !filter.available.has(model.id)) return false;
    if (filter.only && !filter.only.has(model.id)) return false;
    if (words.length > 0) {
      const text = haystack(model);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Stable; unknown (null) values always last, whichever the order. */
export function sortCatalog(models: readonly CatalogModel[], sort: CatalogSort): CatalogModel[] {
  const direction = sort.order === 'desc' ? -1 : 1;
  if (sort.by === 'name') {
    return [...models].sort(
      (a, b) => direction * NAMES.compare(a.id, b.id) || a.serverOrder - b.serverOrder,
    );
  }
  const value = numericValue(sort.by);
  return [...models].sort((a, b) => {
    // A NaN or infinite value (an odd row) is read as unknown, so it cannot poison the order.
    const x = finite(value(a));
    const y = finite(value(b));
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return direction * (x - y);
  });
}

export function queryCatalog(
  models: readonly CatalogModel[],
  filter: CatalogFilter,
  sort: CatalogSort,
): CatalogModel[] {
  return sortCatalog(filterCatalog(models, filter), sort);
}

function numericValue(by: Exclude<CatalogSortKey, 'name'>): (model: CatalogModel) => number | null {
  switch (by) {
    case 'input':
      return (m) => m.pricing.inputPerMTok;
    case 'output':
      return (m) => m.pricing.outputPerMTok;
    case 'cache_read':
      return (m) => m.pricing.cacheReadPerMTok;
    case 'cache_write':
      return (m) => m.pricing.cacheWritePerMTok;
    case 'context_length':
      return (m) => m.contextLength;
    case 'max_output':
      return (m) => m.maxOutput;
    case 'server_order':
      return (m) => m.serverOrder;
  }
}

// One collator for every comparison: localeCompare with options builds one per call, which is
// most of the cost of a name sort at thousands of rows (the window re-sorts as the user types).
const NAMES = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

// The lower-cased search text of a model, computed once per model object: the window filters on
// every keystroke, and the catalog's objects are replaced (not mutated) when it changes.
const HAYSTACKS = new WeakMap<CatalogModel, string>();
function haystack(model: CatalogModel): string {
  let text = HAYSTACKS.get(model);
  if (text === undefined) {
    text = `${model.id} ${model.description}`.toLowerCase();
    HAYSTACKS.set(model, text);
  }
  return text;
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function norm(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase();
}
