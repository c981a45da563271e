import { describe, expect, it } from 'vitest';
import {
  evaluateAlerts,
  INITIAL_POLICY_STATE,
  rearmMarginUsd,
  type PolicySettings,
  type PolicyState,
} from '../../../../electron/core/balance/alert-policy.js';
import type {
  AlertThreshold,
  BalanceAlert,
  RunwayForecast,
} from '../../../../electron/shared/domain/balance.js';

const defaults: PolicySettings = {
  thresholds: [
    { kind: 'usd', usd: 5 },
    { kind: 'usd', usd: 1 },
  ],
  topUpMinUsd: 1,
};

const noForecast: RunwayForecast = { kind: 'insufficient_history' };

/** Feeds readings through the policy like the monitor does; returns the alerts of each. */
function run(
  readings: number[],
  settings: PolicySettings = defaults,
  start: PolicyState = INITIAL_POLICY_STATE,
): { alerts: BalanceAlert[][]; state: PolicyState } {
  let state = start;
  const alerts: BalanceAlert[][] = [];
  for (const balance of readings) {
    const result = evaluateAlerts(state, balance, noForecast, settings);
    alerts.push(result.alerts);
    state = result.nextState;
  }
  return { alerts, state };
}

const low = (thresholdUsd: number, balanceUsd: number): BalanceAlert => ({
  kind: 'low',
  thresholdUsd,
  balanceUsd,
});

describe('alert policy: dollar thresholds', () => {
  it.each([
    {
      name: 'falls through $5, then $1',
      readings: [10, 6, 4.99, 3, 0.9],
      fires: [[], [], [low(5, 4.99)], [], [low(1, 0.9)]],
    },
    { name: 'exactly at the threshold fires', readings: [6, 5], fires: [[], [low(5, 5)]] },
    {
      name: 'repeats at one level do not re-fire',
      readings: [4, 4, 4, 3.5, 3.2],
      fires: [[low(5, 4)], [], [], [], []],
    },
    { name: 'starting already below fires once', readings: [3, 2.9], fires: [[low(5, 3)], []] },
    {
      name: 'jitter within the hysteresis does not re-fire',
      readings: [6, 4.9, 5.3, 4.95, 5.49, 4.8],
      fires: [[], [low(5, 4.9)], [], [], [], []],
    },
    {
      name: 'rising past the margin re-arms',
      readings: [6, 4.9, 5.5, 4.9],
      fires: [[], [low(5, 4.9)], [], [low(5, 4.9)]],
    },
    {
      name: 'several at once: only the most severe',
      readings: [10, 0.5, 0.4],
      fires: [[], [low(1, 0.5)], []],
    },
    { name: 'starting below both: only the most severe', readings: [0.5], fires: [[low(1, 0.5)]] },
  ])('$name', ({ readings, fires }) => {
    expect(run(readings).alerts).toEqual(fires);
  });

  it('handles any number of user thresholds, lowest last', () => {
    const settings: PolicySettings = {
      ...defaults,
      thresholds: [20, 10, 5, 2].map((usd): AlertThreshold => ({ kind: 'usd', usd })),
    };
    const { alerts } = run([25, 19, 9, 1.5], settings);
    expect(alerts).toEqual([[], [low(20, 19)], [low(10, 9)], [low(2, 1.5)]]);
  });

  it('uses the fixed hysteresis margin when the user set one', () => {
    const settings = { ...defaults, hysteresisUsd: 2 };
    const alerts = run([6, 4.9, 6.5, 4.9, 7, 4.9], settings).alerts.flat();
    expect(alerts.filter((a) => a.kind === 'low')).toEqual([low(5, 4.9), low(5, 4.9)]);
  });

  it('defaults the margin to max($0.50, 10 % of the threshold)', () => {
    expect(rearmMarginUsd(1)).toBe(0.5);
    expect(rearmMarginUsd(20)).toBe(2);
    expect(rearmMarginUsd(20, 0.25)).toBe(0.25);
  });

  it('a removed threshold is forgotten, so re-adding it fires again', () => {
    const only1: PolicySettings = { ...defaults, thresholds: [{ kind: 'usd', usd: 1 }] };
    const first = run([4], defaults);
    const second = run([4], only1, first.state);
    expect(run([4], defaults, second.state).alerts).toEqual([[low(5, 4)]]);
  });
});

describe('alert policy: depletion', () => {
  it('zero subsumes the low alerts and fires once', () => {
    expect(run([10, 0, -0.2, 0]).alerts).toEqual([
      [],
      [{ kind: 'depleted', balanceUsd: 0 }],
      [],
      [],
    ]);
  });

  it('counts the lows as sent: no $1 alert on the way back up and down', () => {
    const { alerts } = run([3, 0, 0.4, 0.8]);
    expect(alerts).toEqual([[low(5, 3)], [{ kind: 'depleted', balanceUsd: 0 }], [], []]);
  });

  it('re-arms once the balance is positive again by the margin', () => {
    const { alerts } = run([0, 0.3, 0, 0.6, 0]);
    expect(alerts.map((a) => a.map((x) => x.kind))).toEqual([
      ['depleted'],
      [],
      [],
      [],
      ['depleted'],
    ]);
  });

  it('a top-up out of zero re-arms everything it rises past', () => {
    const { alerts } = run([0, 20, 4]);
    expect(alerts[1]).toEqual([{ kind: 'topup', amountUsd: 20, balanceUsd: 20 }]);
    expect(alerts[2]).toEqual([low(5, 4)]);
  });
});

describe('alert policy: top-ups', () => {
  it.each([
    {
      name: '$1 or more fires with the amount',
      readings: [3, 13],
      expected: [{ kind: 'topup', amountUsd: 10, balanceUsd: 13 }],
    },
    {
      name: 'exactly the minimum fires',
      readings: [3, 4],
      expected: [{ kind: 'topup', amountUsd: 1, balanceUsd: 4 }],
    },
    { name: 'a $0.30 refund does not', readings: [3, 3.3], expected: [] },
    { name: 'the first reading is never a top-up', readings: [50], expected: [] },
  ])('$name', ({ readings, expected }) => {
    expect(run(readings).alerts.at(-1)).toEqual(expected);
  });

  it('honours a larger minimum from the settings', () => {
    expect(run([3, 5], { ...defaults, topUpMinUsd: 5 }).alerts.at(-1)).toEqual([]);
  });
});

describe('alert policy: runway thresholds', () => {
  const settings: PolicySettings = { ...defaults, thresholds: [{ kind: 'days', days: 3 }] };
  const estimate = (daysLeft: number): RunwayForecast => ({
    kind: 'estimate',
    daysLeft,
    spendPerDayUsd: 1,
    basedOnHours: 24,
  });

  function runDays(days: (number | null)[]): string[][] {
    let state = INITIAL_POLICY_STATE;
    return days.map((d) => {
      const forecast = d === null ? noForecast : estimate(d);
      const result = evaluateAlerts(state, 50, forecast, settings);
      state = result.nextState;
      return result.alerts.map((a) => (a.kind === 'runway' ? `runway ${a.daysLeft}` : a.kind));
    });
  }

  it('fires once when days left falls to the threshold, with hysteresis', () => {
    expect(runDays([5, 3, 2.5, 3.2, 2.9, 3.3, 2])).toEqual([
      [],
      ['runway 3'],
      [],
      [],
      [],
      [],
      ['runway 2'],
    ]);
  });

  it('does nothing without enough history', () => {
    expect(runDays([null, null])).toEqual([[], []]);
  });

  it('the lowest dollar threshold outranks a non-lowest days one', () => {
    const both: PolicySettings = {
      ...defaults,
      thresholds: [...defaults.thresholds, { kind: 'days', days: 7 }, { kind: 'days', days: 2 }],
    };
    const result = evaluateAlerts(INITIAL_POLICY_STATE, 0.8, estimate(5), both);
    expect(result.alerts).toEqual([low(1, 0.8)]);
    expect(result.nextState.fired).toEqual(['days:7', 'usd:1', 'usd:5']);
  });
});
