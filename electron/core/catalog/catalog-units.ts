import type { ModelPricing } from '../../shared/domain/catalog.js';

/**
 * Units for reading the catalog: prices are USD per 1M tokens on the wire; the window may show
 * them per 1K. "Free" (0) and "unknown" (null) are different answers and stay different.
 */

export type PriceUnit = 'mtok' | 'ktok';

export type PriceDisplay = { kind: 'unknown' } | { kind: 'free' } | { kind: 'price'; usd: number };

export function priceIn(perMTok: number | null, unit: PriceUnit): PriceDisplay {
  if (perMTok === null || !Number.isFinite(perMTok)) return { kind: 'unknown' };
  if (perMTok === 0) return { kind: 'free' };
  return { kind: 'price', usd: unit === 'ktok' ? perMTok / 1000 : perMTok };
}

/**
 * Enough decimals to tell prices apart: $0.000125 per 1K must not round to $0.00. Up to 3
 * significant digits below $1, 2 decimals above.
 */
export function priceDigits(usd: number): number {
  if (usd >= 1 || usd === 0) return 2;
  const magnitude = Math.floor(Math.log10(Math.abs(usd)));
  return Math.min(8, Math.max(2, -magnitude + 2));
}

/** 128K, 1M, 1.5M, 4096 → 4K: context sizes read at a glance. */
export function humanTokens(count: number | null): string | null {
  if (count === null || !Number.isFinite(count)) return null;
  if (count >= 1_000_000) return `${Number((count / 1_000_000).toFixed(1))}M`;
  if (count >= 1_000) return `${Number((count / 1_000).toFixed(count >= 10_000 ? 0 : 1))}K`;
  return String(count);
}

export interface CallCost {
  /** null when a needed price is unknown. */
  usd: number | null;
  inputUsd: number | null;
  outputUsd: number | null;
}

/** What one call of `input` + `output` tokens costs at the catalog's per-1M prices. */
export function callCost(pricing: ModelPricing, input: number, output: number): CallCost {
  const part = (tokens: number, perMTok: number | null): number | null =>
    tokens <= 0 ? 0 : perMTok === null ? null : (tokens * perMTok) / 1_000_000;
  const inputUsd = part(input, pricing.inputPerMTok);
  const outputUsd = part(output, pricing.outputPerMTok);
  const usd = inputUsd === null || outputUsd === null ? null : inputUsd + outputUsd;
  return { usd, inputUsd, outputUsd };
}

/** Whole calls the balance pays for; Infinity for a free call, null when it cannot be told. */
export function callsAffordable(balanceUsd: number | null, costUsd: number | null): number | null {
  if (balanceUsd === null || costUsd === null) return null;
  if (costUsd <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor(balanceUsd / costUsd + 1e-9));
}
