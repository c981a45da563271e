import type { ModelPricing } from '../../shared/domain/catalog.js';
import type { ChatUsage } from '../../shared/domain/chat.js';

const PER = 1_000_000;

/**
 * What a chat cost in USD from its usage and the catalog's per-1M prices. Cached prompt tokens
 * are billed at the cache-read price when the catalog gives one (else at the input price).
 * Reasoning tokens are already counted in completion tokens. null when a needed price is unknown.
 */
export function costUsd(usage: ChatUsage, pricing: ModelPricing): number | null {
  const cached = Math.min(Math.max(usage.cachedTokens ?? 0, 0), usage.promptTokens);
  const uncached = usage.promptTokens - cached;
  const cacheRate = pricing.cacheReadPerMTok ?? pricing.inputPerMTok;

  let total = 0;
  if (uncached > 0) {
    if (pricing.inputPerMTok === null) return null;
    total += uncached * pricing.inputPerMTok;
  }
  if (cached > 0) {
    if (cacheRate === null) return null;
    total += cached * cacheRate;
  }
  if (usage.completionTokens > 0) {
    if (pricing.outputPerMTok === null) return null;
    total += usage.completionTokens * pricing.outputPerMTok;
  }
  return total / PER;
}
