import { afterEach, describe, expect, it } from 'vitest';

import { tokenSecretName } from '../../../electron/core/accounts/account-registry.js';
import { startHarness, type Harness } from './service-harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('AppService against the local gateway: accounts, balance, settings', () => {
  it('starts signed out', async () => {
    harness = await startHarness();
    const balance = await harness.value('balance:get');
    expect(balance.state.level).toBe('signed_out');
    expect((await harness.value('accounts:list')).accounts).toEqual([]);
    expect(harness.service.trayModel().state.level).toBe('signed_out');
  });

  it('refuses an sk- key and a wrong token, then adds the right one and polls', async () => {
    harness = await startHarness({ sim: { balanceUsd: 24.69 } });
    const { sim } = harness;

    const sk = await harness.invoke('accounts:test-token', { token: sim.apiKey, baseUrl: sim.url });
    expect(sk).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!sk.ok) expect(sk.error.message).toMatch(/sk- model key.*system access token/);

    const wrong = await harness.invoke('accounts:add', {
      token: 'not-the-token-0000',
      baseUrl: sim.url,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth' } });
    expect(harness.secrets.names()).toEqual([]);

    const check = await harness.value('accounts:test-token', {
      token: sim.accessToken,
      baseUrl: sim.url,
    });
    expect(check.balanceUsd).toBeCloseTo(24.69, 2);
    expect(harness.secrets.names()).toEqual([]);

    const changed = harness.nextEvent('accounts:changed');
    const account = await harness.value('accounts:add', {
      token: sim.accessToken,
      baseUrl: sim.url,
    });
    expect(account).toMatchObject({
      connected: true,
      tokenHint: sim.accessToken.slice(-4),
      demo: false,
    });
    expect(JSON.stringify(account)).not.toContain(sim.accessToken);
    expect((await changed).activeId).toBe(account.id);
    expect(await harness.secrets.get(tokenSecretName(account.id))).toBe(sim.accessToken);

    const list = await harness.value('accounts:list');
    expect(list.activeId).toBe(account.id);
    expect(list.secretBackend.backend).toBe('memory');
    expect(JSON.stringify(list)).not.toContain(sim.accessToken);

    const { state, history } = await harness.value('balance:get');
    expect(state.level).toBe('healthy');
    expect(state.snapshot?.balanceUsd).toBeCloseTo(24.69, 2);
    expect(history.length).toBeGreaterThan(0);
    expect(harness.service.trayModel().account?.id).toBe(account.id);
  });

  it('refresh reads a new balance and a crossing raises exactly one alert', async () => {
    harness = await startHarness({ sim: { balanceUsd: 24.69 } });
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    harness.sim.control.setBalanceUsd(3.5);
    const alert = harness.nextEvent('balance:alert');
    const changed = harness.nextEvent('balance:changed', (s) => s.snapshot?.balanceUsd === 3.5);
    const state = await harness.value('balance:refresh');
    expect(state.level).toBe('low');
    expect(await alert).toEqual({ kind: 'low', thresholdUsd: 5, balanceUsd: 3.5 });
    await changed;
    await harness.value('balance:refresh');
    expect(harness.events.filter((e) => e.channel === 'balance:alert')).toHaveLength(1);
  });

  it('opens the top-up page and never sends alerts while notifications are off', async () => {
    harness = await startHarness({ sim: { balanceUsd: 24.69 } });
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    await harness.value('balance:open-top-up');
    expect(harness.opened).toEqual(['https://aihubmix.com/topup']);
    await harness.value('settings:update', { notificationsEnabled: false });
    harness.sim.control.setBalanceUsd(0.5);
    await harness.value('balance:refresh');
    expect(harness.events.filter((e) => e.channel === 'balance:alert')).toHaveLength(0);
  });

  it('validates settings: an interval under 30 s only on a loopback gateway', async () => {
    harness = await startHarness();
    const refused = await harness.invoke('settings:update', { pollIntervalSec: 5 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/at least 30 seconds/);

    const bad = await harness.invoke('settings:update', { pollIntervalSec: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/pollIntervalSec/);

    const zero = await harness.invoke('settings:set-thresholds', {
      thresholds: [{ kind: 'usd', usd: 0 }],
    });
    expect(zero).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    const changed = harness.nextEvent('settings:changed');
    const saved = await harness.value('settings:set-thresholds', {
      thresholds: [{ kind: 'usd', usd: 10 }],
    });
    expect(saved.thresholds).toEqual([{ kind: 'usd', usd: 10 }]);
    expect((await changed).thresholds).toEqual([{ kind: 'usd', usd: 10 }]);

    // Against the local server (loopback), a fast interval is fine.
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    expect((await harness.value('settings:update', { pollIntervalSec: 5 })).pollIntervalSec).toBe(
      5,
    );

    const until = new Date(Date.now() + 3_600_000).toISOString();
    const paused = await harness.value('settings:pause-alerts', { until });
    expect(paused.alertsPausedUntil).toBe(until);
    expect(harness.service.trayModel().alertsPausedUntil?.toISOString()).toBe(until);

    const restarted = await harness.restart();
    harness = restarted;
    expect((await harness.value('settings:get')).thresholds).toEqual([{ kind: 'usd', usd: 10 }]);
  });

  it('renames, switches between accounts, and signs out (removing the token)', async () => {
    harness = await startHarness();
    const first = await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    const demo = await harness.value('accounts:start-demo');
    expect(demo.demo).toBe(true);
    let list = await harness.value('accounts:list');
    expect(list.activeId).toBe(demo.id);
    expect(list.accounts).toHaveLength(2);

    list = await harness.value('accounts:switch', { id: first.id });
    expect(list.activeId).toBe(first.id);
    list = await harness.value('accounts:rename', { id: first.id, name: 'Work' });
    expect(list.accounts.find((a) => a.id === first.id)?.name).toBe('Work');

    list = await harness.value('accounts:sign-out', { id: first.id });
    expect(await harness.secrets.get(tokenSecretName(first.id))).toBeNull();
    expect(list.accounts.map((a) => a.id)).toEqual([demo.id]);
    expect(list.activeId).toBe(demo.id);

    list = await harness.value('accounts:sign-out', { id: demo.id });
    expect(list).toMatchObject({ accounts: [], activeId: null });
    expect((await harness.value('balance:get')).state.level).toBe('signed_out');
    expect(await harness.invoke('keys:list')).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
  });
});
