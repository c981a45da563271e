import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyStateStore } from '../../../../electron/core/balance/policy-state-store.js';
import { accountKey, Harness } from './monitor-harness.js';

/** Starts a monitor and feeds it one reading per interval. */
async function feed(h: Harness, balances: number[]): Promise<void> {
  for (const [i, balance] of balances.entries()) {
    h.answer = balance;
    if (i === 0) await h.monitor.start();
    else await h.advance(60_000);
  }
}

describe('BalanceMonitor alerts', () => {
  it('notifies exactly once per threshold crossing on a falling balance', async () => {
    const h = await Harness.create();
    await feed(h, [10, 7, 4.8, 4.8, 4.5, 2, 0.9, 0.9, 0.7]);
    expect(h.alerts()).toEqual([
      { kind: 'low', thresholdUsd: 5, balanceUsd: 4.8 },
      { kind: 'low', thresholdUsd: 1, balanceUsd: 0.9 },
    ]);
    expect(h.of('reading')).toHaveLength(9);
    expect(h.lastState()?.level).toBe('critical');
  });

  it('depletion subsumes the lows, and a top-up brings everything back', async () => {
    const h = await Harness.create();
    await feed(h, [10, 0, 0, 25, 4]);
    expect(h.alerts()).toEqual([
      { kind: 'depleted', balanceUsd: 0 },
      { kind: 'topup', amountUsd: 25, balanceUsd: 25 },
      { kind: 'low', thresholdUsd: 5, balanceUsd: 4 },
    ]);
  });

  it('a $0.30 refund is not a top-up', async () => {
    const h = await Harness.create();
    await feed(h, [3, 3.3, 13.3]);
    expect(h.alerts().filter((a) => a.kind === 'topup')).toEqual([
      { kind: 'topup', amountUsd: 10, balanceUsd: 13.3 },
    ]);
  });

  it('a restart over the same data folder does not notify again', async () => {
    const first = await Harness.create();
    await feed(first, [4]);
    expect(first.alerts()).toHaveLength(1);

    const second = await first.restart();
    second.answer = 4;
    await second.monitor.start();
    await second.advance(60_000);
    expect(second.alerts()).toEqual([]);
    second.answer = 0.9;
    await second.advance(60_000);
    expect(second.alerts()).toEqual([{ kind: 'low', thresholdUsd: 1, balanceUsd: 0.9 }]);
    second.monitor.stop();
  });

  it('stores the policy state before it emits the alert', async () => {
    const h = await Harness.create();
    const seenOnDisk: unknown[] = [];
    const store = new PolicyStateStore(h.dataDir, accountKey);
    h.monitor.subscribe((event) => {
      if (event.type === 'alert') seenOnDisk.push(readFile(store.path, 'utf8').then(JSON.parse));
    });
    await feed(h, [4]);
    expect(await Promise.all(seenOnDisk)).toEqual([expect.objectContaining({ fired: ['usd:5'] })]);
  });

  it('muted alerts still advance the policy, so they are not repeated after the pause', async () => {
    const h = await Harness.create();
    h.answer = 10;
    await h.monitor.start();
    h.monitor.pauseAlertsUntil(new Date(h.clock.now().getTime() + 120_000));
    h.answer = 4;
    await h.advance(60_000);
    await h.advance(120_000);
    expect(h.of('alert').map((e) => [e.alert.kind, e.muted])).toEqual([['low', true]]);
    h.answer = 0.5;
    await h.advance(60_000);
    expect(h.of('alert').map((e) => [e.alert.kind, e.muted])).toEqual([
      ['low', true],
      ['low', false],
    ]);
    expect(h.lastState()?.pausedUntil).toBeNull();
  });

  it('editing thresholds re-evaluates the level without notifying', async () => {
    const h = await Harness.create();
    await feed(h, [8]);
    expect(h.lastState()?.level).toBe('healthy');
    h.monitor.updateSettings({ thresholds: [{ kind: 'usd', usd: 10 }] });
    expect(h.lastState()?.level).toBe('critical');
    await h.advance(60_000);
    expect(h.alerts()).toEqual([]);
  });

  it('a corrupt policy file is moved aside and the monitor starts fresh', async () => {
    const h = await Harness.create();
    const store = new PolicyStateStore(h.dataDir, accountKey);
    await mkdir(dirname(store.path), { recursive: true });
    await writeFile(store.path, '{"version":1,"fired":"oops"');
    await feed(h, [4]);
    expect(h.alerts()).toHaveLength(1);
    expect(h.storageProblems).toEqual([expect.stringContaining('moved to')]);
    const files = await readdir(dirname(store.path));
    expect(files.some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('keeps a history, collapsing identical readings', async () => {
    const h = await Harness.create();
    await feed(h, [10, 10, 10, 10, 9.5]);
    expect(h.monitor.history().map((p) => p.balanceUsd)).toEqual([10, 10, 9.5]);
  });

  it('a data folder that cannot be written is reported, and alerts still arrive', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'balance-ro-')), 'a-file');
    await writeFile(file, '');
    const h = await Harness.create({ dataDir: join(file, 'data') });
    await feed(h, [4]);
    expect(h.alerts()).toEqual([{ kind: 'low', thresholdUsd: 5, balanceUsd: 4 }]);
    expect(h.storageProblems).toContain('Could not write balance data (ENOTDIR).');
  });

  it('a listener that throws does not stop the others', async () => {
    const h = await Harness.create();
    h.monitor.subscribe(() => {
      throw new Error('tray redraw failed');
    });
    const seen: string[] = [];
    h.monitor.subscribe((event) => seen.push(event.type));
    await feed(h, [4]);
    expect(seen).toEqual(['reading', 'alert', 'state']);
  });
});
