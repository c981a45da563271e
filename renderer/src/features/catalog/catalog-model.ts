import type { TFunction } from 'i18next';

import {
  savedFacetsFilter,
  type CatalogFilter,
  type CatalogSort,
} from '../../../../electron/core/catalog/catalog-query.js';
import {
  priceDigits,
  priceIn,
  humanTokens,
  type PriceUnit,
} from '../../../../electron/core/catalog/catalog-units.js';
import { keyScopeById, modelsForKeyScope } from './key-scope.js';
import type { KeyAccessView } from '../../../../electron/shared/domain/catalog-key-access.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import type { CatalogPrefs } from '../../../../electron/shared/ipc/catalog-schemas.js';

/**
 * The Models view's reading of the shared catalog query: persisted facets → a CatalogFilter for
 * `queryCatalog` (the same code `hubmix models` runs), and how prices and sizes read on screen.
 */

export function filterFromPrefs(
  prefs: CatalogPrefs,
  search: string,
  available: ReadonlySet<string> | null,
  access: KeyAccessView | undefined,
): CatalogFilter {
  const scope = prefs.keyId !== null ? keyScopeById(access, prefs.keyId) : null;
  return {
    // The same reading of the saved facets as the first rows main sends at start.
    ...savedFacetsFilter(prefs, available),
    // A key that is gone (deleted since) filters nothing rather than everything.
    only: scope ? modelsForKeyScope(scope, available) : null,
    search,
  };
}

/** Every facet off (search, sort, unit and the watch list are not facets). */
export const CLEARED_FACETS = {
  type: null,
  modalities: [],
  features: [],
  developer: null,
  availableOnly: false,
  keyId: null,
} satisfies Partial<CatalogPrefs>;

export function sortFromPrefs(prefs: CatalogPrefs): CatalogSort {
  return prefs.sort;
}

export function activeFacetCount(prefs: CatalogPrefs): number {
  return (
    (prefs.type ? 1 : 0) +
    prefs.modalities.length +
    prefs.features.length +
    (prefs.developer ? 1 : 0) +
    (prefs.availableOnly ? 1 : 0) +
    (prefs.keyId !== null ? 1 : 0)
  );
}

/** Developers named in the catalog, for the facet (where the gateway says who made a model). */
export function developersOf(models: readonly CatalogModel[]): string[] {
  const names = new Set<string>();
  for (const model of models) if (model.developer) names.add(model.developer);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Types seen in the catalog beyond the known ones (kept, never dropped). */
export function typesOf(models: readonly CatalogModel[], known: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const model of models)
    for (const type of model.types) if (!known.includes(type)) extra.add(type);
  return [...known, ...[...extra].sort()];
}

/** The words a price cell may need, looked up once per table render rather than per cell. */
export interface PriceWords {
  free: string;
  unknown: string;
  none: string;
}

export function priceWords(t: TFunction): PriceWords {
  return {
    free: t('catalog.price.free'),
    unknown: t('catalog.price.unknown'),
    none: t('catalog.price.none'),
  };
}

/** "$1.25", "Free", "Unknown": a per-1M (or per-1K) price as the table shows it. */
export function priceText(
  t: TFunction | PriceWords,
  perMTok: number | null,
  unit: PriceUnit,
  locale: string,
): string {
  const display = priceIn(perMTok, unit);
  const words = typeof t === 'function' ? priceWords(t) : t;
  if (display.kind === 'unknown') return words.unknown;
  if (display.kind === 'free') return words.free;
  return usd(display.usd, locale);
}

/** A price-only cell: cache prices are often absent, which is "—", not "unknown". */
export function optionalPriceText(
  t: TFunction | PriceWords,
  perMTok: number | null,
  unit: PriceUnit,
  locale: string,
): string {
  if (perMTok !== null) return priceText(t, perMTok, unit, locale);
  return typeof t === 'function' ? t('catalog.price.none') : t.none;
}

// Building an Intl.NumberFormat costs far more than using one, and a table formats hundreds.
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * US dollars as "$1.25" in every UI language: the rest of the app (balance, costs) writes "$",
 * and zh-CN's default "US$" made the same amount read two ways on one screen.
 */
export function usd(value: number, locale: string): string {
  const digits = priceDigits(value);
  const key = `${locale}|${digits}`;
  let format = FORMATTERS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: digits,
    });
    FORMATTERS.set(key, format);
  }
  return format.format(value);
}

export function tokensText(count: number | null): string {
  return humanTokens(count) ?? '—';
}

/** In a comparison: the cheapest (input + output at per-1M prices) and the largest context. */
export function compareMarks(models: readonly CatalogModel[]): {
  cheapest: string | null;
  largest: string | null;
} {
  let cheapest: { id: string; cost: number } | null = null;
  let largest: { id: string; size: number } | null = null;
  for (const model of models) {
    const { inputPerMTok: input, outputPerMTok: output } = model.pricing;
    if (input !== null && output !== null) {
      const cost = input + output;
      if (!cheapest || cost < cheapest.cost) cheapest = { id: model.id, cost };
    }
    if (model.contextLength !== null && (!largest || model.contextLength > largest.size)) {
      largest = { id: model.id, size: model.contextLength };
    }
  }
  return { cheapest: cheapest?.id ?? null, largest: largest?.id ?? null };
}
