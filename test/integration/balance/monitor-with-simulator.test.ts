import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import { BalanceMonitor } from '../../../electron/core/balance/balance-monitor.js';
import type { MonitorEvent } from '../../../electron/shared/domain/balance.js';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { FakeClock } from '../../unit/core/balance/fake-clock.js';

/**
 * The monitor with the real client over real HTTP against the local gateway. Time for the poller
 * is fake (the schedule is under test, not the wall clock); the requests are real.
 */
describe('BalanceMonitor against the simulator', () => {
  let sim: SimulatorHandle;
  let monitor: BalanceMonitor;
  let clock: FakeClock;
  let events: MonitorEvent[];

  beforeEach(async () => {
    sim = await startSimulator({ balanceUsd: 24.69 });
    clock = new FakeClock();
    events = [];
    const client = new AiHubMixClient({
      baseUrl: sim.url,
      fallbackBaseUrl: null,
      accessToken: sim.accessToken,
      // The monitor owns backoff; the client must not retry behind its back here.
      retry: { attempts: 1, sleep: () => Promise.resolve() },
    });
    monitor = new BalanceMonitor({
      fetchAccount: (signal) => client.getAccount({ signal }),
      clock,
      dataDir: await mkdtemp(join(tmpdir(), 'monitor-sim-')),
      accountKey: { baseUrl: sim.url, accountId: 'demo' },
      settings: {
        intervalMs: 1_000,
        thresholds: [
          { kind: 'usd', usd: 5 },
          { kind: 'usd', usd: 1 },
        ],
        topUpMinUsd: 1,
      },
      isLoopback: true,
      random: () => 0.5,
    });
    monitor.subscribe((event) => events.push(event));
  });

  afterEach(async () => {
    monitor.stop();
    await sim.close();
  });

  const tick = () => clock.advance(1_000, () => monitor.whenIdle());
  const alerts = () => events.flatMap((e) => (e.type === 'alert' ? [e.alert] : []));

  it('a scripted drop gives exactly one alert per crossing', async () => {
    await monitor.start();
    expect(monitor.getState()).toMatchObject({ level: 'healthy', lastError: null });
    expect(monitor.getState().snapshot?.balanceUsd).toBeCloseTo(24.69, 2);

    for (const balance of [7, 4.9, 4.8, 4.85, 4.7, 2, 0.9, 0.8, 0, 0, 30]) {
      sim.control.setBalanceUsd(balance);
      await tick();
    }
    expect(alerts().map((a) => a.kind)).toEqual(['low', 'low', 'depleted', 'topup']);
    expect(alerts()[0]).toMatchObject({ thresholdUsd: 5, balanceUsd: 4.9 });
    expect(alerts()[1]).toMatchObject({ thresholdUsd: 1, balanceUsd: 0.9 });
    expect(alerts()[3]).toMatchObject({ amountUsd: 30, balanceUsd: 30 });
    expect(monitor.getState().level).toBe('healthy');
  });

  it('a refused token shows signed out; a 429 backs off and recovers', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'rate-limit' });
    await monitor.start();
    expect(events.find((e) => e.type === 'error')).toMatchObject({
      error: { code: 'rate_limited' },
    });
    const state = monitor.getState();
    expect(state.nextPollAt!.getTime() - state.lastAttemptAt!.getTime()).toBe(4_000);
    await clock.advance(4_000, () => monitor.whenIdle());
    expect(monitor.getState()).toMatchObject({ level: 'healthy', lastError: null });

    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'invalid-token' });
    await monitor.refreshNow();
    expect(monitor.getState().level).toBe('signed_out');
  });
});
