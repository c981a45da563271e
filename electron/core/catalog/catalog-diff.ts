import type {
  CatalogChanges,
  PriceChange,
  PriceField,
  RepricedModel,
  SeenModel,
} from '../../shared/domain/catalog-changes.js';
import type { CatalogModel, ModelPricing } from '../../shared/domain/catalog.js';

/**
 * The change feed: the current catalog against the last snapshot the user saw. Pure, so the
 * service, the watch-list alert and the tests all agree on what "changed" means.
 */

const FIELDS: PriceField[] = [
  'inputPerMTok',
  'outputPerMTok',
  'cacheReadPerMTok',
  'cacheWritePerMTok',
];

/** The part of a catalog worth remembering as "seen": ids and prices, in server order. */
export function toSeen(models: readonly CatalogModel[]): SeenModel[] {
  return models.map((model) => ({ id: model.id, pricing: { ...model.pricing } }));
}

export function diffCatalog(
  seen: readonly SeenModel[],
  current: readonly SeenModel[],
  since: Date | null = null,
): CatalogChanges {
  const before = new Map(seen.map((model) => [model.id, model]));
  const now = new Set(current.map((model) => model.id));
  const added: string[] = [];
  const repriced: RepricedModel[] = [];
  for (const model of current) {
    const old = before.get(model.id);
    if (!old) {
      added.push(model.id);
      continue;
    }
    const changes = priceChanges(old.pricing, model.pricing);
    if (changes.length > 0) repriced.push({ id: model.id, changes });
  }
  const removed = seen.filter((model) => !now.has(model.id)).map((model) => model.id);
  return { since, added, removed, repriced };
}

export function priceChanges(before: ModelPricing, after: ModelPricing): PriceChange[] {
  const changes: PriceChange[] = [];
  for (const field of FIELDS) {
    const from = before[field];
    const to = after[field];
    if (samePrice(from, to)) continue;
    changes.push({ field, before: from, after: to, percent: percentChange(from, to) });
  }
  return changes;
}

/** Rounded to 0.1 %; null from unknown, to unknown, or from free (no base to divide by). */
export function percentChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null;
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** Only the changes that touch the given ids (the watch list). */
export function restrictChanges(changes: CatalogChanges, ids: ReadonlySet<string>): CatalogChanges {
  return {
    since: changes.since,
    added: changes.added.filter((id) => ids.has(id)),
    removed: changes.removed.filter((id) => ids.has(id)),
    repriced: changes.repriced.filter((model) => ids.has(model.id)),
  };
}

// Prices arrive as decimals (0.125); a float wobble in a re-serialised number is not a change.
function samePrice(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-9;
}
