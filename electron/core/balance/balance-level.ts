import type { ApiErrorCode } from '../../shared/domain/errors.js';
import type { AlertThreshold, BalanceLevel, RunwayForecast } from '../../shared/domain/balance.js';

export interface LevelInput {
  now: Date;
  intervalMs: number;
  thresholds: readonly AlertThreshold[];
  /** The last good reading, or null before the first. */
  lastGood: { balanceUsd: number; at: Date } | null;
  /** The error of the most recent poll, or null when it succeeded (or none has run yet). */
  lastErrorCode: ApiErrorCode | null;
  forecast: RunwayForecast;
}

/** Older than this many intervals and the number is no longer shown as current. */
export const STALE_AFTER_INTERVALS = 3;

/**
 * What the tray icon shows. Problems with the data come first (a refused token, no data, old
 * data), because a dollar level drawn from them would be a confident lie.
 */
export function computeBalanceLevel(input: LevelInput): BalanceLevel {
  if (input.lastErrorCode === 'auth') return 'signed_out';
  const good = input.lastGood;
  if (good === null) {
    // No reading yet: an error if the poll failed; otherwise the first poll is still running,
    // and "stale" (nothing current to show) is the honest word for it.
    return input.lastErrorCode !== null ? 'error' : 'stale';
  }
  if (input.now.getTime() - good.at.getTime() > STALE_AFTER_INTERVALS * input.intervalMs) {
    return 'stale';
  }
  if (good.balanceUsd <= 0) return 'depleted';

  const usd = input.thresholds.flatMap((t) => (t.kind === 'usd' ? [t.usd] : []));
  const days = input.thresholds.flatMap((t) => (t.kind === 'days' ? [t.days] : []));
  const daysLeft = input.forecast.kind === 'estimate' ? input.forecast.daysLeft : null;
  const atOrBelow = (limits: number[], value: number | null, pick: 'min' | 'max'): boolean =>
    value !== null && limits.length > 0 && value <= Math[pick](...limits);

  if (atOrBelow(usd, good.balanceUsd, 'min') || atOrBelow(days, daysLeft, 'min')) {
    return 'critical';
  }
  if (atOrBelow(usd, good.balanceUsd, 'max') || atOrBelow(days, daysLeft, 'max')) return 'low';
  return 'healthy';
}
