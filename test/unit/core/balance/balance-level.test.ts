import { describe, expect, it } from 'vitest';
import {
  computeBalanceLevel,
  type LevelInput,
} from '../../../../electron/core/balance/balance-level.js';

const now = new Date('2025-03-01T12:00:00Z');
const base: LevelInput = {
  now,
  intervalMs: 60_000,
  thresholds: [
    { kind: 'usd', usd: 5 },
    { kind: 'usd', usd: 1 },
    { kind: 'days', days: 2 },
  ],
  lastGood: { balanceUsd: 20, at: now },
  lastErrorCode: null,
  forecast: { kind: 'insufficient_history' },
};
const ago = (ms: number) => new Date(now.getTime() - ms);
const estimate = (daysLeft: number) =>
  ({ kind: 'estimate', daysLeft, spendPerDayUsd: 1, basedOnHours: 24 }) as const;

describe('balance level', () => {
  it.each<[string, Partial<LevelInput>, string]>([
    ['plenty left', {}, 'healthy'],
    ['at the highest threshold', { lastGood: { balanceUsd: 5, at: now } }, 'low'],
    ['at the lowest threshold', { lastGood: { balanceUsd: 1, at: now } }, 'critical'],
    ['runway under the days threshold', { forecast: estimate(1.5) }, 'critical'],
    ['zero', { lastGood: { balanceUsd: 0, at: now } }, 'depleted'],
    ['negative', { lastGood: { balanceUsd: -0.3, at: now } }, 'depleted'],
    ['exactly three intervals old', { lastGood: { balanceUsd: 20, at: ago(180_000) } }, 'healthy'],
    ['older than three intervals', { lastGood: { balanceUsd: 20, at: ago(180_001) } }, 'stale'],
    ['a recent failure with a fresh reading', { lastErrorCode: 'network' }, 'healthy'],
    ['the token was refused', { lastErrorCode: 'auth' }, 'signed_out'],
    ['no reading and the poll failed', { lastGood: null, lastErrorCode: 'timeout' }, 'error'],
    ['no reading yet, first poll running', { lastGood: null }, 'stale'],
  ])('%s → %s', (_name, change, level) => {
    expect(computeBalanceLevel({ ...base, ...change })).toBe(level);
  });
});
