import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { accountFilePath, BALANCE_DIR } from '../../../electron/core/balance/account-files.js';
import { startHarness, type Harness } from './service-harness.js';

/**
 * Two promises of the service that outlive one run: an alert pause survives a restart (the
 * monitor keeps it in memory only, so the service must reapply the saved setting at start), and
 * a removed account takes its balance history and alert state with it.
 */
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const balanceFiles = async (dataDir: string): Promise<string[]> =>
  (await readdir(join(dataDir, BALANCE_DIR)).catch(() => [] as string[])).sort();

const alerts = (h: Harness) => h.events.filter((e) => e.channel === 'balance:alert');

describe('AppService: state that outlives a run', () => {
  it('keeps alerts paused after a restart, and a muted crossing does not fire later', async () => {
    harness = await startHarness({ sim: { balanceUsd: 24 } });
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await harness.value('settings:pause-alerts', { until });

    harness.sim.control.setBalanceUsd(3);
    harness = await harness.restart();
    // The first reading after the restart is already below $5: paused, so no alert.
    const state = await harness.value('balance:refresh');
    expect(state.snapshot?.balanceUsd).toBe(3);
    expect(state.level).toBe('low');
    expect(state.pausedUntil?.toISOString()).toBe(until);
    expect(harness.service.trayModel().alertsPausedUntil?.toISOString()).toBe(until);
    expect(alerts(harness)).toEqual([]);

    // Resuming does not replay the crossing that happened while paused.
    await harness.value('settings:pause-alerts', { until: null });
    await harness.value('balance:refresh');
    expect(alerts(harness)).toEqual([]);

    // The next crossing is announced again.
    harness.sim.control.setBalanceUsd(0.5);
    await harness.value('balance:refresh');
    expect(alerts(harness).map((e) => e.payload)).toEqual([
      { kind: 'low', thresholdUsd: 1, balanceUsd: 0.5 },
    ]);
  });

  it("deletes a removed account's balance files and leaves the others'", async () => {
    harness = await startHarness({ sim: { balanceUsd: 24 } });
    const { dataDir } = harness;
    const first = await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    const demo = await harness.value('accounts:start-demo');
    await harness.value('accounts:switch', { id: first.id });
    const firstFiles = ['balance-history', 'alert-policy'].map((suffix) =>
      accountFilePath(dataDir, { baseUrl: first.baseUrl, accountId: first.id }, suffix),
    );
    const demoFiles = ['balance-history', 'alert-policy'].map((suffix) =>
      accountFilePath(dataDir, { baseUrl: demo.baseUrl, accountId: demo.id }, suffix),
    );
    const names = (paths: string[]) => paths.map((path) => path.slice(path.lastIndexOf('/') + 1));
    expect(await balanceFiles(dataDir)).toEqual([...names(firstFiles), ...names(demoFiles)].sort());

    // The active account, signed out while its monitor may still be writing.
    await harness.value('accounts:sign-out', { id: first.id });
    expect(await balanceFiles(dataDir)).toEqual(names(demoFiles).sort());

    await harness.value('accounts:sign-out', { id: demo.id });
    expect(await balanceFiles(dataDir)).toEqual([]);
  });
});
