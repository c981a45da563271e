import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFilePath } from '../../../../electron/core/balance/account-files.js';
import {
  BalanceHistory,
  MAX_HISTORY_POINTS,
} from '../../../../electron/core/balance/balance-history.js';
import { PolicyStateStore } from '../../../../electron/core/balance/policy-state-store.js';

const key = { baseUrl: 'https://aihubmix.com', accountId: '42' };
const T0 = Date.parse('2025-03-01T00:00:00Z');
const MIN = 60_000;
const tempDir = () => mkdtemp(join(tmpdir(), 'balance-storage-'));

describe('balance history', () => {
  it('a steady 60 s poll costs two points per run of identical readings', async () => {
    const history = new BalanceHistory(await tempDir(), key);
    for (let i = 0; i < 1_440; i += 1) history.add({ at: new Date(T0 + i * MIN), balanceUsd: 10 });
    history.add({ at: new Date(T0 + 1_440 * MIN), balanceUsd: 9 });
    expect(history.points()).toEqual([
      { at: new Date(T0), balanceUsd: 10 },
      { at: new Date(T0 + 1_439 * MIN), balanceUsd: 10 },
      { at: new Date(T0 + 1_440 * MIN), balanceUsd: 9 },
    ]);
  });

  it('keeps at most 2,000 points, dropping the oldest', async () => {
    const history = new BalanceHistory(await tempDir(), key);
    for (let i = 0; i < 2_500; i += 1) history.add({ at: new Date(T0 + i * MIN), balanceUsd: i });
    const points = history.points();
    expect(points).toHaveLength(MAX_HISTORY_POINTS);
    expect(points[0]?.balanceUsd).toBe(500);
  });

  it('keeps at most 30 days', async () => {
    const history = new BalanceHistory(await tempDir(), key);
    const DAY = 24 * 60 * MIN;
    for (let d = 0; d <= 40; d += 1)
      history.add({ at: new Date(T0 + d * DAY), balanceUsd: 100 - d });
    expect(history.points()[0]?.at).toEqual(new Date(T0 + 10 * DAY));
  });

  it('survives a restart, and a corrupt file is moved aside', async () => {
    const dir = await tempDir();
    const history = new BalanceHistory(dir, key);
    history.add({ at: new Date(T0), balanceUsd: 3 });
    history.add({ at: new Date(T0 + MIN), balanceUsd: 2 });
    await history.save();
    const again = new BalanceHistory(dir, key);
    expect(await again.load()).toEqual({ movedAside: null });
    expect(again.points()).toEqual(history.points());

    await writeFile(again.path, '{"version":1,"points":[{"at":"yesterday","balanceUsd":1}]}');
    const third = new BalanceHistory(dir, key);
    const { movedAside } = await third.load();
    expect(movedAside).toContain('.corrupt-');
    expect(third.points()).toEqual([]);
  });
});

describe('policy state store', () => {
  it('round-trips the state and starts fresh without a file', async () => {
    const store = new PolicyStateStore(await tempDir(), key);
    expect((await store.load()).state).toEqual({
      fired: [],
      depletedFired: false,
      lastBalanceUsd: null,
    });
    const state = { fired: ['usd:5'], depletedFired: false, lastBalanceUsd: 4.2 };
    await store.save(state);
    expect(await store.load()).toEqual({ state, movedAside: null });
  });

  it.each([['not json'], ['{"version":2}'], ['{"version":1,"fired":[5],"depletedFired":false}']])(
    'moves a corrupt file aside (%s) and starts fresh',
    async (content) => {
      const store = new PolicyStateStore(await tempDir(), key);
      await mkdir(dirname(store.path), { recursive: true });
      await writeFile(store.path, content);
      const { state, movedAside } = await store.load();
      expect(state.fired).toEqual([]);
      expect(await readFile(movedAside ?? '', 'utf8')).toBe(content);
      expect(await readdir(dirname(store.path))).toEqual([basename(movedAside ?? '')]);
    },
  );
});

describe('per-account file names', () => {
  it('differ by base URL and account, and never contain either', () => {
    const names = [
      accountFilePath('/d', key, 'x'),
      accountFilePath('/d', { ...key, baseUrl: 'https://api.aihubmix.com' }, 'x'),
      accountFilePath('/d', { ...key, accountId: '43' }, 'x'),
    ];
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(basename(name)).toMatch(/^[0-9a-f]{32}\.x\.json$/);
  });
});
