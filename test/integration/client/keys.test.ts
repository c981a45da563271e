import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import { startSimulator } from '../../../electron/simulator/index.js';
import type { Flavor, SimulatorHandle } from '../../../electron/simulator/index.js';
import { clientFor, countRequests } from './sim-client.js';

describe.each<Flavor>(['one-api', 'new-api'])('keys (%s)', (flavor) => {
  let sim: SimulatorHandle;
  let client: AiHubMixClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, keys: 250 });
    client = clientFor(sim);
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.control.clearFailures();
    sim.control.clearRequests();
  });

  it('lists every key across all pages, once each', async () => {
    const keys = await client.listKeys();
    const expected = sim.control.keys().map((k) => k.id);
    expect(keys.map((k) => k.id).sort((a, b) => a - b)).toEqual(
      [...expected].sort((a, b) => a - b),
    );
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(250);
    // Every status the app shows occurs among the seeded keys.
    expect(new Set(keys.map((k) => k.status))).toEqual(
      new Set(['enabled', 'disabled', 'expired', 'exhausted']),
    );
  });

  it('finds keys by name', async () => {
    const target = (await client.listKeys())[5];
    const found = await client.searchKeys(target?.name ?? '');
    expect(found.map((k) => k.id)).toContain(target?.id);
  });

  it('creates a key with every field; the gateway stores both naming schemes', async () => {
    const created = await client.createKey({
      name: `int-${flavor}`,
      unlimited: false,
      quotaUsd: 2.5,
      expiresAt: null,
      models: ['gpt-5', 'gpt-4o-mini'],
      subnets: ['10.0.0.0/8'],
    });
    expect(created.source).toBe(flavor === 'new-api' ? 'located' : 'response');
    expect(created.key).toMatchObject({
      name: `int-${flavor}`,
      status: 'enabled',
      remainUsd: 2.5,
      expiresAt: null,
      models: ['gpt-5', 'gpt-4o-mini'],
      subnets: ['10.0.0.0/8'],
    });
    if (flavor === 'one-api') expect(created.key.secret.kind).toBe('full');
    expect(countRequests(sim, 'POST', '/api/token/')).toBe(1);
  });

  it('updates only what the patch names; every other field stays as it was', async () => {
    const target = sim.control.keys().find((k) => k.status === 1 && k.expired_time !== -1);
    if (!target) throw new Error('no enabled, expiring key seeded');
    const before = sim.control.key(target.id);
    const updated = await client.updateKey(target.id, { name: 'renamed' });
    expect(updated.name).toBe('renamed');
    expect(sim.control.key(target.id)).toEqual({ ...before, name: 'renamed' });
  });

  it('refuses to enable an expired key with the fix in the message, then enables it once fixed', async () => {
    const expired = sim.control.keys().find((k) => k.status === 3);
    if (!expired) throw new Error('no expired key seeded');
    const error = await client.setKeyEnabled(expired.id, true).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'gateway',
      message:
        'This key has expired. Change its expiry (or set it to never expire), then enable it.',
    });
    await client.updateKey(expired.id, { expiresAt: null });
    const enabled = await client.setKeyEnabled(expired.id, true);
    expect(enabled.status).toBe('enabled');
    expect(sim.control.key(expired.id)?.status).toBe(1);
  });

  it('disables and re-enables a key', async () => {
    const target = sim.control.keys().find((k) => k.status === 1 && k.id !== 1);
    if (!target) throw new Error('no enabled key seeded');
    expect((await client.setKeyEnabled(target.id, false)).status).toBe('disabled');
    expect(sim.control.key(target.id)?.status).toBe(2);
    expect((await client.setKeyEnabled(target.id, true)).status).toBe('enabled');
  });

  it('gets one key and deletes it', async () => {
    const created = await client.createKey({
      name: 'to-delete',
      unlimited: true,
      quotaUsd: 0,
      expiresAt: null,
      models: [],
      subnets: [],
    });
    await expect(client.getKey(created.key.id)).resolves.toMatchObject({
      name: 'to-delete',
      unlimited: true,
    });
    await client.deleteKey(created.key.id);
    expect(sim.control.key(created.key.id)).toBeUndefined();
    await expect(client.getKey(created.key.id)).rejects.toMatchObject({
      code: 'gateway',
      gatewayMessage: 'record not found',
    });
  });

  it('never retries a write', async () => {
    sim.control.injectFailure({
      match: { method: 'POST', path: '/api/token/' },
      kind: 'server-error',
      times: 3,
    });
    await expect(
      client.createKey({
        name: 'x',
        unlimited: true,
        quotaUsd: 0,
        expiresAt: null,
        models: [],
        subnets: [],
      }),
    ).rejects.toMatchObject({ code: 'gateway', status: 500 });
    expect(countRequests(sim, 'POST', '/api/token/')).toBe(1);
  });
});
