import { describe, expect, it } from 'vitest';
import {
  describeRunwayEn,
  describeRunwayShortEn,
  forecastRunway,
} from '../../../../electron/core/balance/runway-forecast.js';
import type { BalancePoint, RunwayForecast } from '../../../../electron/shared/domain/balance.js';

const T0 = Date.parse('2025-03-01T00:00:00Z');
const HOUR = 3_600_000;

/** [hours since T0, balance] pairs. */
const series = (...pairs: [number, number][]): BalancePoint[] =>
  pairs.map(([h, balanceUsd]) => ({ at: new Date(T0 + h * HOUR), balanceUsd }));

describe('runway forecast', () => {
  it('is honest about too little history', () => {
    expect(forecastRunway([])).toEqual({ kind: 'insufficient_history' });
    expect(forecastRunway(series([0, 10], [5, 8]))).toEqual({ kind: 'insufficient_history' });
  });

  it('reports no spending when the balance has not gone down', () => {
    expect(forecastRunway(series([0, 10], [12, 10], [24, 10]))).toEqual({ kind: 'no_spend' });
  });

  it('divides the balance by the daily spend', () => {
    // $2 a day for two days, $20 left: ten days.
    const forecast = forecastRunway(series([0, 24], [24, 22], [48, 20]));
    expect(forecast).toEqual({
      kind: 'estimate',
      daysLeft: 10,
      spendPerDayUsd: 2,
      basedOnHours: 48,
    });
  });

  it('excludes top-ups: money in is not negative spend', () => {
    // Spends $1 a day for 4 days, with a $50 top-up in the middle.
    const forecast = forecastRunway(
      series([0, 10], [24, 9], [25, 59], [48, 58], [72, 57], [96, 56]),
    );
    expect(forecast).toMatchObject({ kind: 'estimate', spendPerDayUsd: 1, daysLeft: 56 });
  });

  it('looks only at the last 7 days', () => {
    // A big spend 10 days ago is ignored; the last week spent $7.
    const forecast = forecastRunway(series([0, 100], [24, 40], [72, 40], [240, 33]));
    expect(forecast).toMatchObject({ kind: 'estimate', spendPerDayUsd: 1, basedOnHours: 168 });
  });

  it('says zero days when the balance is already gone', () => {
    expect(forecastRunway(series([0, 2], [12, -0.5]))).toMatchObject({ daysLeft: 0 });
  });
});

describe('describing the runway', () => {
  const estimate = (daysLeft: number): RunwayForecast => ({
    kind: 'estimate',
    daysLeft,
    spendPerDayUsd: 1,
    basedOnHours: 48,
  });

  it.each([
    [estimate(11.2), 'about 11 days left', 'about 11 days'],
    [estimate(1.2), 'about 1 day left', 'about 1 day'],
    [estimate(0.4), 'less than a day left', 'less than a day'],
    [estimate(900), 'more than a year left', 'more than a year'],
    [{ kind: 'insufficient_history' } as const, 'not enough history yet', null],
    [{ kind: 'no_spend' } as const, 'no recent spending', null],
  ])('%o → %s', (forecast, long, short) => {
    expect(describeRunwayEn(forecast)).toBe(long);
    expect(describeRunwayShortEn(forecast)).toBe(short);
  });
});
