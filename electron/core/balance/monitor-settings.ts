import type { AlertThreshold, MonitorSettings } from '../../shared/domain/balance.js';

export const DEFAULT_INTERVAL_MS = 60_000;
export const MIN_INTERVAL_MS = 30_000;
export const MAX_INTERVAL_MS = 30 * 60_000;

/** $5 and $1: a first warning with time to act, and a last call (issue 4). */
export const DEFAULT_THRESHOLDS: readonly AlertThreshold[] = [
  { kind: 'usd', usd: 5 },
  { kind: 'usd', usd: 1 },
];

export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = {
  intervalMs: DEFAULT_INTERVAL_MS,
  thresholds: [...DEFAULT_THRESHOLDS],
  topUpMinUsd: 1,
};

/**
 * Refuses a poll interval outside 30 s – 30 min. The gateway rate-limits `/api` per client IP
 * (gateway-facts §7), so faster polling is allowed only against a loopback server (tests, demo).
 */
export function validateInterval(ms: number, isLoopback: boolean): number {
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new RangeError(`The poll interval must be a positive number of milliseconds, got ${ms}.`);
  }
  if (ms < MIN_INTERVAL_MS && !isLoopback) {
    throw new RangeError(
      `The poll interval must be at least 30 seconds (got ${ms / 1000} s); shorter intervals are only allowed against a local server.`,
    );
  }
  if (ms > MAX_INTERVAL_MS) {
    throw new RangeError(`The poll interval must be at most 30 minutes (got ${ms / 60_000} min).`);
  }
  return ms;
}

/** Checks a whole settings object; throws a RangeError naming the first bad field. */
export function validateMonitorSettings(
  settings: MonitorSettings,
  isLoopback: boolean,
): MonitorSettings {
  validateInterval(settings.intervalMs, isLoopback);
  for (const threshold of settings.thresholds) {
    const value = threshold.kind === 'usd' ? threshold.usd : threshold.days;
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(
        `A ${threshold.kind === 'usd' ? 'dollar' : 'days-of-runway'} threshold must be a positive number, got ${value}.`,
      );
    }
  }
  if (!Number.isFinite(settings.topUpMinUsd) || settings.topUpMinUsd <= 0) {
    throw new RangeError(
      `The top-up minimum must be a positive amount, got ${settings.topUpMinUsd}.`,
    );
  }
  if (
    settings.hysteresisUsd !== undefined &&
    (!Number.isFinite(settings.hysteresisUsd) || settings.hysteresisUsd < 0)
  ) {
    throw new RangeError(
      `The hysteresis margin must be zero or more, got ${settings.hysteresisUsd}.`,
    );
  }
  return settings;
}
