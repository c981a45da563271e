import { afterEach, describe, expect, it } from 'vitest';

import type { OneApiTokenWire } from '../../../electron/simulator/index.js';
import { startHarness, type Harness } from './service-harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function signedIn(flavor: 'one-api' | 'new-api' = 'one-api'): Promise<Harness> {
  const started = await startHarness({ sim: { flavor, keys: 12 } });
  await started.value('accounts:add', { token: started.sim.accessToken, baseUrl: started.sim.url });
  return started;
}

describe('AppService keys against the local gateway', () => {
  it('lists masked keys; reveal and copy use the secret kept in main', async () => {
    harness = await signedIn();
    const keys = await harness.value('keys:list');
    expect(keys.length).toBe(12);
    const demoKey = harness.sim.apiKey;
    expect(JSON.stringify(keys)).not.toContain(demoKey.slice(3));
    const first = keys.find((key) => key.id === 1);
    expect(first?.maskedKey).toBe(`sk-${demoKey.slice(3, 7)}…${demoKey.slice(-4)}`);
    expect(first?.revealable).toBe(true);

    expect(await harness.value('keys:reveal', { id: 1 })).toEqual({ key: demoKey });

    const copied = await harness.value('keys:copy', { ids: [1, 2, 2] });
    expect(copied).toEqual({ copied: 2, unavailable: 0 });
    expect(harness.clipboard.at(-1)?.split('\n')[0]).toBe(demoKey);
    expect(JSON.stringify(copied)).not.toContain('sk-');
  });

  it('creates, updates, disables, enables and deletes, checking the server after each', async () => {
    harness = await signedIn();
    const { control } = harness.sim;
    const created = await harness.value('keys:create', {
      name: 'ci-runner',
      unlimited: false,
      quotaUsd: 2,
      expiresAt: null,
      models: ['gpt-4o-mini'],
      subnets: ['10.0.0.0/8'],
    });
    const id = created.key.id;
    const server = () => control.key(id) as OneApiTokenWire | undefined;
    expect(server()).toMatchObject({
      name: 'ci-runner',
      remain_quota: 1_000_000,
      subnet: '10.0.0.0/8',
    });
    // one-api shows full keys every time: nothing to warn about.
    expect(created.fullKey).toBe(`sk-${server()?.key}`);
    expect(created.shownOnce).toBe(false);
    expect(created.key.maskedKey).not.toBe(created.fullKey);

    const renamed = await harness.value('keys:update', {
      id,
      patch: { name: 'ci-2', quotaUsd: 3 },
    });
    expect(renamed.name).toBe('ci-2');
    expect(server()).toMatchObject({
      name: 'ci-2',
      remain_quota: 1_500_000,
      models: 'gpt-4o-mini',
    });

    expect((await harness.value('keys:set-enabled', { id, enabled: false })).status).toBe(
      'disabled',
    );
    expect(server()?.status).toBe(2);
    expect((await harness.value('keys:set-enabled', { id, enabled: true })).status).toBe('enabled');
    expect(server()?.status).toBe(1);

    expect(await harness.value('keys:delete', { id })).toEqual({ deleted: 1 });
    expect(server()).toBeUndefined();
    expect(await harness.value('keys:reveal', { id: 1 })).toMatchObject({
      key: harness.sim.apiKey,
    });
  });

  it('refuses a bad draft before any request, naming the field', async () => {
    harness = await signedIn();
    harness.sim.control.clearRequests();
    const result = await harness.invoke('keys:create', {
      name: 'ok',
      unlimited: true,
      quotaUsd: 0,
      expiresAt: null,
      models: [],
      subnets: ['10.0.0.300/8'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!result.ok) expect(result.error.message).toMatch(/^keys:create: subnets\.0: /);
    expect(harness.sim.control.requests().filter((r) => r.path.startsWith('/api/token'))).toEqual(
      [],
    );
  });

  it('on a masking gateway (new-api), a created key is shown once and masked keys are not revealable', async () => {
    harness = await signedIn('new-api');
    const keys = await harness.value('keys:list');
    expect(keys.every((key) => key.maskedKey?.includes('*'))).toBe(true);
    const created = await harness.value('keys:create', {
      name: 'once',
      unlimited: true,
      quotaUsd: 0,
      expiresAt: null,
      models: [],
      subnets: [],
    });
    if (created.fullKey !== null) {
      expect(created.shownOnce).toBe(true);
      expect((await harness.value('keys:reveal', { id: created.key.id })).key).toBe(
        created.fullKey,
      );
    } else {
      expect(created.key.revealable).toBe(false);
    }
    const copied = await harness.value('keys:copy', { ids: keys.map((key) => key.id) });
    expect(copied.unavailable).toBeGreaterThan(0);
  });

  it('lists the models the account can use', async () => {
    harness = await signedIn();
    const models = await harness.value('keys:available-models');
    expect(models.length).toBeGreaterThan(0);
    expect(models.every((model) => typeof model === 'string')).toBe(true);
  });
});
