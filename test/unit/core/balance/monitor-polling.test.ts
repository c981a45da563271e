import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../electron/core/api/errors.js';
import { BalanceMonitor } from '../../../../electron/core/balance/balance-monitor.js';
import { validateInterval } from '../../../../electron/core/balance/monitor-settings.js';
import type { ApiErrorCode } from '../../../../electron/shared/domain/errors.js';
import { FakeClock } from './fake-clock.js';
import { accountKey, defaultSettings, Harness } from './monitor-harness.js';

const MIN = 60_000;

/** The delay the monitor chose after its last poll. */
function scheduledDelay(h: Harness): number | undefined {
  const state = h.monitor.getState();
  if (!state.nextPollAt || !state.lastAttemptAt) return undefined;
  return state.nextPollAt.getTime() - state.lastAttemptAt.getTime();
}

describe('BalanceMonitor polling', () => {
  it('polls at once on start, then every interval', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    expect(h.fetches).toBe(1);
    await h.advance(3 * MIN);
    expect(h.fetches).toBe(4);
    expect(h.monitor.getState()).toMatchObject({ level: 'healthy', lastError: null });
  });

  it.each<[ApiErrorCode, string]>([
    ['network', 'error'],
    ['timeout', 'error'],
    ['rate_limited', 'error'],
    ['gateway', 'error'],
    ['invalid_response', 'error'],
    ['auth', 'signed_out'],
  ])('a %s failure is reported as an error event and the level is %s', async (code, level) => {
    const h = await Harness.create();
    h.answer = new ApiError(code, `failed: ${code}`, { endpoint: '/api/user/self' });
    await h.monitor.start();
    expect(h.of('error').map((e) => e.error)).toEqual([
      { code, message: `failed: ${code}`, endpoint: '/api/user/self' },
    ]);
    expect(h.lastState()?.level).toBe(level);
  });

  it.each<[string, ApiErrorCode, number[]]>([
    ['network', 'network', [2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]],
    ['timeout', 'timeout', [2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]],
    ['gateway', 'gateway', [2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]],
    ['rate_limited (one step slower)', 'rate_limited', [4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]],
    ['auth (slow retry, no backoff ramp)', 'auth', [15 * MIN, 15 * MIN, 15 * MIN]],
  ])('backs off after %s errors', async (_name, code, delays) => {
    const h = await Harness.create();
    h.answer = new ApiError(code, 'no');
    await h.monitor.start();
    const seen: (number | undefined)[] = [];
    for (let i = 0; i < delays.length; i += 1) {
      seen.push(scheduledDelay(h));
      await h.advance(scheduledDelay(h) ?? 0);
    }
    expect(seen).toEqual(delays);
    expect(h.fetches).toBe(delays.length + 1);
  });

  it('returns to the normal interval after a good reading', async () => {
    const h = await Harness.create();
    h.answer = new ApiError('network', 'offline');
    await h.monitor.start();
    h.answer = 12;
    await h.advance(2 * MIN);
    expect(scheduledDelay(h)).toBe(MIN);
    expect(h.monitor.getState().lastError).toBeNull();
  });

  it.each([
    [0, 0.8 * 2 * MIN],
    [0.999_999, 1.2 * 2 * MIN],
  ])('jitters the backoff by ±20 %% (random %d)', async (random, delay) => {
    const h = await Harness.create({ random: () => random });
    h.answer = new ApiError('network', 'offline');
    await h.monitor.start();
    expect(scheduledDelay(h)).toBeCloseTo(delay, -1);
  });

  it('reports an unexpected error without its message or stack', async () => {
    const h = await Harness.create();
    h.answer = new TypeError('fetch failed for https://x/?token=secret');
    await h.monitor.start();
    const [event] = h.of('error');
    expect(event?.error.code).toBe('network');
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it('says "stale" once the last good reading is older than three intervals', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    h.answer = new ApiError('network', 'offline');
    await h.advance(3 * MIN);
    expect(h.lastState()?.level).toBe('healthy');
    await h.advance(1);
    expect(h.lastState()?.level).toBe('stale');
    expect(h.lastState()?.snapshot?.balanceUsd).toBe(20);
  });

  it('polls at once on resume and when the network is back', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    await h.advance(10_000);
    h.monitor.notifyResume();
    await h.monitor.whenIdle();
    h.monitor.notifyOnline();
    await h.monitor.whenIdle();
    expect(h.fetches).toBe(3);
    expect(scheduledDelay(h)).toBe(MIN);
  });

  it('does not poll on resume while signed out (slow retry keeps its pace)', async () => {
    const h = await Harness.create();
    h.answer = new ApiError('auth', 'token refused');
    await h.monitor.start();
    h.monitor.notifyResume();
    h.monitor.notifyOnline();
    await h.monitor.whenIdle();
    expect(h.fetches).toBe(1);
  });

  it('after boost(), polls every 15 s for 5 minutes, then every interval again', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    h.monitor.boost();
    await h.advance(5 * MIN);
    expect(h.fetches).toBe(1 + 20);
    await h.advance(MIN);
    expect(h.fetches).toBe(1 + 20 + 1);
  });

  it('coalesces: Refresh now during a poll joins it (one fetch)', async () => {
    const h = await Harness.create();
    h.answer = 'hang';
    const started = h.monitor.start();
    const again = h.monitor.refreshNow();
    h.monitor.notifyOnline();
    h.monitor.notifyResume();
    await h.fetchStarted(1);
    h.release(9);
    await Promise.all([started, again]);
    expect(h.fetches).toBe(1);
    expect(h.of('reading')).toHaveLength(1);
  });

  it('never runs two polls at once, even when the timer fires during a slow poll', async () => {
    const h = await Harness.create({ pollTimeoutMs: 10 * MIN });
    await h.monitor.start();
    h.answer = 'hang';
    await h.clock.advance(MIN); // timer fires, poll hangs
    void h.monitor.refreshNow();
    await h.clock.advance(MIN);
    expect(h.fetches).toBe(2);
    h.release(19);
    await h.monitor.whenIdle();
    expect(h.of('reading')).toHaveLength(2);
  });

  it('abandons a hung poll as a timeout and aborts it', async () => {
    const h = await Harness.create({ pollTimeoutMs: 30_000 });
    h.answer = 'hang';
    const started = h.monitor.start();
    await h.fetchStarted(1);
    await h.clock.advance(30_000);
    await started;
    expect(h.of('error').map((e) => e.error.code)).toEqual(['timeout']);
    expect(h.signals[0]?.aborted).toBe(true);
  });

  it('stop() cancels the poll under way and the timers; nothing is emitted afterwards', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    h.answer = 'hang';
    await h.clock.advance(MIN);
    const before = h.events.length;
    h.monitor.stop();
    expect(h.signals[1]?.aborted).toBe(true);
    h.release(3);
    await h.advance(10 * MIN);
    expect(h.events.length).toBe(before);
    expect(h.fetches).toBe(2);
    expect(h.clock.pendingTimers()).toBe(0);
  });

  it('stop() while start() is still loading means no poll at all', async () => {
    const h = await Harness.create();
    const started = h.monitor.start();
    h.monitor.stop();
    await started;
    await h.advance(10 * MIN);
    expect(h.fetches).toBe(0);
  });

  it('unsubscribing stops the events', async () => {
    const h = await Harness.create();
    const seen: string[] = [];
    const unsubscribe = h.monitor.subscribe((event) => seen.push(event.type));
    await h.monitor.start();
    unsubscribe();
    await h.advance(MIN);
    expect(seen).toEqual(['reading', 'state']);
  });

  it('updateSettings reschedules from the last poll', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    h.monitor.updateSettings({ intervalMs: 5 * MIN });
    expect(scheduledDelay(h)).toBe(5 * MIN);
    await h.advance(4 * MIN);
    expect(h.fetches).toBe(1);
    await h.advance(MIN);
    expect(h.fetches).toBe(2);
  });

  it('refuses an invalid setting and keeps the old ones', async () => {
    const h = await Harness.create();
    await h.monitor.start();
    expect(() => h.monitor.updateSettings({ intervalMs: 5_000 })).toThrow(RangeError);
    expect(() => h.monitor.updateSettings({ thresholds: [{ kind: 'usd', usd: -1 }] })).toThrow(
      RangeError,
    );
    expect(scheduledDelay(h)).toBe(MIN);
  });
});

describe('poll interval validation', () => {
  it.each([
    [60_000, false, true],
    [30_000, false, true],
    [29_999, false, false],
    [1_000, true, true],
    [30 * MIN, false, true],
    [30 * MIN + 1, true, false],
    [0, true, false],
    [Number.NaN, true, false],
  ])('%d ms (loopback %s) accepted: %s', (ms, loopback, ok) => {
    if (ok) expect(validateInterval(ms, loopback)).toBe(ms);
    else expect(() => validateInterval(ms, loopback)).toThrow(RangeError);
  });

  it('says why in the message', () => {
    expect(() => validateInterval(10_000, false)).toThrow(/at least 30 seconds.*local server/);
  });

  it('the monitor refuses a short interval unless the gateway is on loopback', () => {
    const options = {
      fetchAccount: () => Promise.reject(new Error('unused')),
      clock: new FakeClock(),
      dataDir: '/nonexistent',
      accountKey,
      settings: { ...defaultSettings, intervalMs: 1_000 },
    };
    expect(() => new BalanceMonitor(options)).toThrow(RangeError);
    expect(() => new BalanceMonitor({ ...options, isLoopback: true })).not.toThrow();
  });
});
