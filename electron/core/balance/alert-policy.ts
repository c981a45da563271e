import type {
  AlertThreshold,
  BalanceAlert,
  MonitorSettings,
  RunwayForecast,
} from '../../shared/domain/balance.js';

/**
 * What the policy remembers between readings (and across restarts: see policy-state-store.ts).
 * Plain JSON data so that it can be written to disk as is.
 */
export interface PolicyState {
  /** Thresholds that have fired and not yet re-armed, by thresholdKey(). */
  fired: string[];
  depletedFired: boolean;
  /** The previous reading, to detect top-ups; null before the first one. */
  lastBalanceUsd: number | null;
}

export const INITIAL_POLICY_STATE: PolicyState = {
  fired: [],
  depletedFired: false,
  lastBalanceUsd: null,
};

export type PolicySettings = Pick<MonitorSettings, 'thresholds' | 'topUpMinUsd' | 'hysteresisUsd'>;

export interface PolicyResult {
  alerts: BalanceAlert[];
  nextState: PolicyState;
}

// Balances are floats derived from integer quota units; compare with a little slack so that
// 5 - 0.000000001 rounding noise never decides whether a user is notified.
const EPSILON = 1e-9;

/** Runway thresholds re-arm 10 % above themselves (3 days re-arms above 3.3 days). */
const DAYS_HYSTERESIS_RATIO = 0.1;

export function thresholdKey(threshold: AlertThreshold): string {
  return threshold.kind === 'usd' ? `usd:${threshold.usd}` : `days:${threshold.days}`;
}

/**
 * How far above a dollar threshold the balance must rise before it can fire again, so that refunds
 * of pre-charged requests and small jitter never re-notify.
 */
export function rearmMarginUsd(thresholdUsd: number, hysteresisUsd?: number): number {
  return hysteresisUsd ?? Math.max(0.5, thresholdUsd * 0.1);
}

/**
 * One reading through the policy. Pure: the same inputs give the same alerts, and nextState must
 * be stored before the alerts are shown so that a crash cannot notify twice.
 */
export function evaluateAlerts(
  state: PolicyState,
  balanceUsd: number,
  forecast: RunwayForecast,
  settings: PolicySettings,
): PolicyResult {
  const keys = new Set(settings.thresholds.map(thresholdKey));
  // Thresholds the user removed are forgotten, so re-adding one later starts fresh.
  const fired = new Set(state.fired.filter((key) => keys.has(key)));
  let depletedFired = state.depletedFired;
  const daysLeft = runwayDays(forecast);

  // Re-arm first, so a reading that re-arms and falls again in one step cannot happen silently.
  for (const threshold of settings.thresholds) {
    const key = thresholdKey(threshold);
    if (!fired.has(key)) continue;
    if (threshold.kind === 'usd') {
      const margin = rearmMarginUsd(threshold.usd, settings.hysteresisUsd);
      if (balanceUsd >= threshold.usd + margin - EPSILON) fired.delete(key);
    } else if (
      daysLeft !== null &&
      daysLeft >= threshold.days * (1 + DAYS_HYSTERESIS_RATIO) - EPSILON
    ) {
      fired.delete(key);
    }
  }
  if (depletedFired && balanceUsd >= rearmMarginUsd(0, settings.hysteresisUsd) - EPSILON) {
    depletedFired = false;
  }

  const alerts: BalanceAlert[] = [];
  const previous = state.lastBalanceUsd;
  if (previous !== null && balanceUsd - previous >= settings.topUpMinUsd - EPSILON) {
    alerts.push({ kind: 'topup', amountUsd: roundMoney(balanceUsd - previous), balanceUsd });
  }

  if (balanceUsd <= EPSILON) {
    // Zero subsumes every low alert: one "depleted" notification, and the lows count as sent.
    if (!depletedFired) alerts.push({ kind: 'depleted', balanceUsd });
    depletedFired = true;
    for (const key of keys) fired.add(key);
  } else {
    const crossed = settings.thresholds.filter((threshold) => {
      if (fired.has(thresholdKey(threshold))) return false;
      if (threshold.kind === 'usd') return balanceUsd <= threshold.usd + EPSILON;
      return daysLeft !== null && daysLeft <= threshold.days + EPSILON;
    });
    const worst = mostSevere(crossed, settings.thresholds);
    if (worst !== undefined) {
      alerts.push(
        worst.kind === 'usd'
          ? { kind: 'low', thresholdUsd: worst.usd, balanceUsd }
          : { kind: 'runway', thresholdDays: worst.days, daysLeft: daysLeft ?? 0, balanceUsd },
      );
    }
    // The others crossed at the same time count as sent: one reading, one notification.
    for (const threshold of crossed) fired.add(thresholdKey(threshold));
  }

  return {
    alerts,
    nextState: { fired: [...fired].sort(), depletedFired, lastBalanceUsd: balanceUsd },
  };
}

/**
 * Days of runway for the days thresholds: a number when estimated, Infinity when nothing is being
 * spent (so they re-arm), null when the history is too short to say (leave them as they are).
 */
function runwayDays(forecast: RunwayForecast): number | null {
  if (forecast.kind === 'estimate') return forecast.daysLeft;
  if (forecast.kind === 'no_spend') return Number.POSITIVE_INFINITY;
  return null;
}

/**
 * The lowest threshold of its kind is "critical" (matching the tray level), any other "low".
 * Ties go to dollars (the more concrete message), then to the lower threshold.
 */
function mostSevere(crossed: AlertThreshold[], all: AlertThreshold[]): AlertThreshold | undefined {
  const lowestUsd = Math.min(...all.flatMap((t) => (t.kind === 'usd' ? [t.usd] : [])));
  const lowestDays = Math.min(...all.flatMap((t) => (t.kind === 'days' ? [t.days] : [])));
  const rank = (t: AlertThreshold): [number, number, number] => {
    const critical = t.kind === 'usd' ? t.usd === lowestUsd : t.days === lowestDays;
    return [critical ? 0 : 1, t.kind === 'usd' ? 0 : 1, t.kind === 'usd' ? t.usd : t.days];
  };
  return [...crossed].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  })[0];
}

function roundMoney(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}
