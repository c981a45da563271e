import type { BalancePoint, RunwayForecast } from '../../shared/domain/balance.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface ForecastOptions {
  /** How far back the spend rate looks (default 7 days: a week smooths out weekdays). */
  windowDays?: number;
  /** Less history than this is "not enough history yet" (default 6 hours). */
  minSpanHours?: number;
}

/**
 * How long the balance will last at the recent spending pace. Only decreases between consecutive
 * readings count as spending: a top-up is money in, not negative spend, so it must not make the
 * user look thriftier than they are. Pure; the window ends at the newest point.
 */
export function forecastRunway(
  points: readonly BalancePoint[],
  options: ForecastOptions = {},
): RunwayForecast {
  const windowMs = (options.windowDays ?? 7) * DAY_MS;
  const minSpanMs = (options.minSpanHours ?? 6) * HOUR_MS;
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = sorted.at(-1);
  if (last === undefined) return { kind: 'insufficient_history' };
  const recent = sorted.filter((p) => p.at.getTime() >= last.at.getTime() - windowMs);
  const first = recent[0] ?? last;
  const spanMs = last.at.getTime() - first.at.getTime();
  if (spanMs < minSpanMs) return { kind: 'insufficient_history' };

  let spentUsd = 0;
  for (let i = 1; i < recent.length; i += 1) {
    const drop = (recent[i - 1]?.balanceUsd ?? 0) - (recent[i]?.balanceUsd ?? 0);
    if (drop > 0) spentUsd += drop;
  }
  // Less than a tenth of a cent over the window is rounding noise, not spending.
  if (spentUsd < 0.001) return { kind: 'no_spend' };

  const spendPerDayUsd = spentUsd / (spanMs / DAY_MS);
  return {
    kind: 'estimate',
    daysLeft: Math.max(0, last.balanceUsd) / spendPerDayUsd,
    spendPerDayUsd,
    basedOnHours: spanMs / HOUR_MS,
  };
}

/** "about 11 days left", for the CLI and the window. */
export function describeRunwayEn(forecast: RunwayForecast): string {
  switch (forecast.kind) {
    case 'insufficient_history':
      return 'not enough history yet';
    case 'no_spend':
      return 'no recent spending';
    case 'estimate':
      return `${describeDays(forecast.daysLeft)} left`;
  }
}

/**
 * The short form for the tray's first menu item ("$24.69 left · about 11 days"); null when there
 * is no estimate worth showing there.
 */
export function describeRunwayShortEn(forecast: RunwayForecast): string | null {
  return forecast.kind === 'estimate' ? describeDays(forecast.daysLeft) : null;
}

function describeDays(daysLeft: number): string {
  if (daysLeft < 1) return 'less than a day';
  const days = Math.round(daysLeft);
  if (days > 365) return 'more than a year';
  return days === 1 ? 'about 1 day' : `about ${days} days`;
}
