import type { AccountSnapshot } from './account.js';
import type { ApiErrorInfo } from './errors.js';

/** What the tray icon shows, in order of how bad it is. */
export type BalanceLevel =
  | 'healthy'
  | 'low' // at or below the highest threshold
  | 'critical' // at or below the lowest threshold (or the runway threshold)
  | 'depleted' // zero or below
  | 'stale' // the last good reading is older than three intervals
  | 'signed_out' // no token, or the gateway refused it
  | 'error'; // no good reading yet and the last poll failed

/** An alert threshold: dollars left, or days of runway left. */
export type AlertThreshold = { kind: 'usd'; usd: number } | { kind: 'days'; days: number };

export type BalanceAlert =
  | { kind: 'low'; thresholdUsd: number; balanceUsd: number }
  | { kind: 'runway'; thresholdDays: number; daysLeft: number; balanceUsd: number }
  | { kind: 'depleted'; balanceUsd: number }
  | { kind: 'topup'; amountUsd: number; balanceUsd: number };

export type RunwayForecast =
  | { kind: 'insufficient_history' }
  | { kind: 'no_spend' } // enough history, but the balance has not gone down
  | {
      kind: 'estimate';
      daysLeft: number;
      spendPerDayUsd: number;
      /** How much history the rate is based on. */
      basedOnHours: number;
    };

export interface BalancePoint {
  at: Date;
  balanceUsd: number;
}

/** Everything the tray, the window and `hubmix watch` need to draw the balance. */
export interface MonitorState {
  level: BalanceLevel;
  /** The last good reading (may be stale: see level). */
  snapshot: AccountSnapshot | null;
  lastGoodAt: Date | null;
  lastAttemptAt: Date | null;
  lastError: ApiErrorInfo | null;
  forecast: RunwayForecast;
  /** When the next poll is due. */
  nextPollAt: Date | null;
  /** Alerts are muted (still recorded, not notified) until this time. */
  pausedUntil: Date | null;
}

export type MonitorEvent =
  | { type: 'reading'; snapshot: AccountSnapshot }
  /** `muted`: alerts are paused (see pausedUntil); record it, but do not notify. */
  | { type: 'alert'; alert: BalanceAlert; at: Date; muted: boolean }
  | { type: 'error'; error: ApiErrorInfo; at: Date }
  | { type: 'state'; state: MonitorState };

/** The poller's user settings (one set per account). */
export interface MonitorSettings {
  /** How often to poll, in ms (30 s to 30 min; shorter only against a loopback base URL). */
  intervalMs: number;
  /** Any number of thresholds, in USD and/or days of runway. */
  thresholds: AlertThreshold[];
  /** A rise of at least this much in one step is a top-up; smaller rises are refunds. */
  topUpMinUsd: number;
  /** Fixed re-arm margin in USD; when absent, max($0.50, 10 % of each threshold). */
  hysteresisUsd?: number;
}
