import { afterEach, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './service-harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('AppService catalog against the local gateway', () => {
  it('caches on disk; a second service revalidates with If-None-Match and reuses it on 304', async () => {
    harness = await startHarness();
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    const first = await harness.value('catalog:get');
    expect(first.models.length).toBeGreaterThan(0);
    expect(first.offline).toBe(false);
    expect(first.available?.length).toBeGreaterThan(0);

    harness = await harness.restart();
    const { control } = harness.sim;
    control.clearRequests();
    const cached = await harness.value('catalog:get');
    // Served from disk at once, the same models.
    expect(cached.models).toEqual(first.models);
    const refreshed = await harness.value('catalog:refresh');
    expect(refreshed.models).toEqual(first.models);
    const catalogRequests = control.requests().filter((r) => r.path === '/api/v1/models');
    expect(catalogRequests.length).toBeGreaterThan(0);
    expect(catalogRequests.every((r) => r.headers['if-none-match'])).toBe(true);
  });

  it('serves the cache marked offline when the gateway is unreachable', async () => {
    harness = await startHarness();
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
    });
    const first = await harness.value('catalog:refresh');
    harness = await harness.restart();
    await harness.sim.close();
    const offline = await harness.value('catalog:refresh');
    expect(offline.offline).toBe(true);
    expect(offline.models).toEqual(first.models);
  });
});
