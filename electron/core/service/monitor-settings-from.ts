import type { MonitorSettings } from '../../shared/domain/balance.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import { MIN_INTERVAL_MS } from '../balance/monitor-settings.js';

/**
 * The poller's settings from the app's. An interval under 30 s saved while on the demo server is
 * raised to 30 s for a real gateway instead of failing: the gateway rate-limits `/api` per IP.
 */
export function monitorSettingsFrom(settings: AppSettings, isLoopback: boolean): MonitorSettings {
  const intervalMs = settings.pollIntervalSec * 1000;
  return {
    intervalMs: isLoopback ? intervalMs : Math.max(MIN_INTERVAL_MS, intervalMs),
    thresholds: settings.thresholds.map((threshold) => ({ ...threshold })),
    topUpMinUsd: settings.topUpMinUsd,
  };
}

export const pausedUntilFrom = (settings: AppSettings): Date | null =>
  settings.alertsPausedUntil === null ? null : new Date(settings.alertsPausedUntil);
