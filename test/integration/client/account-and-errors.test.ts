import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import { startSimulator } from '../../../electron/simulator/index.js';
import type { Flavor, SimulatorHandle } from '../../../electron/simulator/index.js';
import { clientFor, countRequests } from './sim-client.js';

describe.each<Flavor>(['one-api', 'new-api'])('account and failures (%s)', (flavor) => {
  let sim: SimulatorHandle;
  let client: AiHubMixClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, keys: 3 });
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.control.clearFailures();
    sim.control.clearRequests();
    client = clientFor(sim);
  });

  it('reads the balance in USD and sends the raw token, then New-Api-User, never a cookie', async () => {
    sim.control.setBalanceUsd(12.5);
    const account = await client.getAccount();
    expect(account.balanceUsd).toBeCloseTo(12.5, 6);
    expect(account.quotaPerUnit).toBe(500_000);
    await client.getAccount();
    const selfs = sim.control.requests().filter((r) => r.path === '/api/user/self');
    expect(selfs[0]?.headers.authorization).toBe(sim.accessToken);
    expect(selfs[0]?.headers.cookie).toBeUndefined();
    expect(selfs[1]?.headers['new-api-user']).toBe(String(account.userId));
  });

  it('reads the gateway status', async () => {
    await expect(client.getStatus()).resolves.toMatchObject({ quotaPerUnit: 500_000 });
  });

  it('429 with an empty body: retried, then rate_limited', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'rate-limit', times: 3 });
    await expect(client.getAccount()).rejects.toMatchObject({ code: 'rate_limited', status: 429 });
    expect(countRequests(sim, 'GET', '/api/user/self')).toBe(3);
  });

  it('a 5xx is retried and the retry succeeds', async () => {
    sim.control.injectFailure({
      match: { path: '/api/user/self' },
      kind: 'server-error',
      times: 2,
    });
    await expect(client.getAccount()).resolves.toMatchObject({ username: expect.any(String) });
    expect(countRequests(sim, 'GET', '/api/user/self')).toBe(3);
  });

  it('a dropped connection on a read is retried', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'drop-connection' });
    await expect(client.getAccount()).resolves.toMatchObject({ username: expect.any(String) });
    expect(countRequests(sim, 'GET', '/api/user/self')).toBe(2);
  });

  it('a chat whose connection dropped is not re-sent, not even to the fallback', async () => {
    const withFallback = clientFor(sim, {
      fallbackBaseUrl: `http://localhost:${new URL(sim.url).port}`,
    });
    sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'drop-connection' });
    await expect(
      withFallback.chat(
        { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
        { apiKey: sim.apiKey },
      ),
    ).rejects.toMatchObject({ code: 'network' });
    expect(countRequests(sim, 'POST', '/v1/chat/completions')).toBe(1);
    await withFallback.close();
  });

  it('persistent 5xx ends as a gateway error', async () => {
    sim.control.injectFailure({
      match: { path: '/api/user/self' },
      kind: 'server-error',
      times: 3,
    });
    await expect(client.getAccount()).rejects.toMatchObject({
      code: 'gateway',
      status: 500,
      endpoint: '/api/user/self',
    });
  });

  it('a non-JSON proxy page is reported naming the endpoint', async () => {
    sim.control.injectFailure({ match: { path: '/api/token/' }, kind: 'non-json', times: 3 });
    const error = await client.listKeys().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'gateway', status: 502, endpoint: '/api/token/' });
    expect((error as Error).message).toContain('GET /api/token/');
  });

  it('success:false is a gateway error with the gateway message', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'success-false' });
    await expect(client.getAccount()).rejects.toMatchObject({
      code: 'gateway',
      gatewayMessage: '系统繁忙，请稍后再试',
    });
    expect(countRequests(sim, 'GET', '/api/user/self')).toBe(1);
  });

  it('an invalid token is an auth error saying where to get a new one', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'invalid-token' });
    const error = await client.getAccount().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'auth' });
    expect((error as Error).message).toMatch(/settings page.*Generate System Access Token/);

    const wrong = clientFor(sim, { accessToken: 'ffffffffffffffffffffffffffffffff' });
    const refused = await wrong.getAccount().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'auth' });
    expect(JSON.stringify((refused as { info(): unknown }).info())).not.toContain(
      'ffffffffffffffff',
    );
    await wrong.close();
  });

  it('falls back to the alternative base URL when the main one refuses connections', async () => {
    const changes: string[] = [];
    const dead = clientFor(sim, {
      baseUrl: 'http://127.0.0.1:1',
      fallbackBaseUrl: sim.url,
      onBaseUrlChange: (u) => changes.push(u),
    });
    await expect(dead.getAccount()).resolves.toMatchObject({ username: expect.any(String) });
    expect(changes).toEqual([sim.url]);
    expect(dead.baseUrl).toBe(sim.url);
    // A chat is re-sent only because nothing reached the dead host.
    const dead2 = clientFor(sim, { baseUrl: 'http://127.0.0.1:1', fallbackBaseUrl: sim.url });
    const answer = await dead2.chat(
      { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
      { apiKey: sim.apiKey },
    );
    expect(answer.complete).toBe(true);
    expect(countRequests(sim, 'POST', '/v1/chat/completions')).toBe(1);
    await Promise.all([dead.close(), dead2.close()]);
  });

  it('without a fallback an unreachable host is a network error', async () => {
    const dead = clientFor(sim, { baseUrl: 'http://127.0.0.1:1', retry: { attempts: 1 } });
    await expect(dead.getAccount()).rejects.toMatchObject({
      code: 'network',
      endpoint: '/api/user/self',
    });
    await dead.close();
  });
});

describe('rotateAccessToken', () => {
  it('returns a new token that works while the old one stops working; never retried', async () => {
    const sim = await startSimulator();
    const original = sim.accessToken;
    const client = clientFor(sim);
    const old = clientFor(sim);
    try {
      sim.control.injectFailure({ match: { path: '/api/user/token' }, kind: 'server-error' });
      await expect(client.rotateAccessToken()).rejects.toMatchObject({ code: 'gateway' });
      expect(countRequests(sim, 'GET', '/api/user/token')).toBe(1);

      const fresh = await client.rotateAccessToken();
      expect(fresh).not.toBe(original);
      await expect(client.getAccount()).resolves.toBeTruthy();
      await expect(old.getAccount()).rejects.toMatchObject({ code: 'auth' });
    } finally {
      await Promise.all([client.close(), old.close()]);
      await sim.close();
    }
  });
});
