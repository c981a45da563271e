import type { ModelPricing } from './catalog.js';

/**
 * What changed in the catalog since the user last looked: the "since you last looked" list, the
 * badge on the Models entry and the watch-list alerts all read this one shape.
 */

export type PriceField = keyof ModelPricing;

export interface PriceChange {
  field: PriceField;
  /** USD per 1M tokens; null = the catalog gave no price. */
  before: number | null;
  after: number | null;
  /** (after - before) / before × 100; null when it has no meaning (from unknown or from free). */
  percent: number | null;
}

export interface RepricedModel {
  id: string;
  changes: PriceChange[];
}

export interface CatalogChanges {
  /** When the user last marked the catalog seen; null before the first look. */
  since: Date | null;
  added: string[];
  removed: string[];
  repriced: RepricedModel[];
}

/** What the user saw of one model: enough to tell it is new, gone or repriced. */
export interface SeenModel {
  id: string;
  pricing: ModelPricing;
}

/** A watch-listed model changed on refresh; the Electron edge may turn it into a notification. */
export interface CatalogWatchAlert {
  baseUrl: string;
  changes: CatalogChanges;
}

export function changeCount(changes: CatalogChanges): number {
  return changes.added.length + changes.removed.length + changes.repriced.length;
}
