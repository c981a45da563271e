import { afterEach, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './service-harness.js';

/** Watch-list alerts while no window asks for the catalog (catalog-watch.ts). */
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('the watch list with the window closed', () => {
  it('revalidates on the balance poll when a model is watched, and alerts on its change', async () => {
    harness = await startHarness();
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
      name: 'Sim',
    });
    await harness.value('catalog:get');
    await harness.value('catalog:set-watchlist', { ids: ['gpt-5'] });
    // Restarted with no window: nothing asks for the catalog, yet the watched price changes.
    harness = await harness.restart();
    harness.sim.control.reprice('gpt-5', { output: 8 });
    const alert = harness.nextEvent('catalog:watch-alert');
    await harness.value('balance:refresh');
    expect((await alert).changes.repriced).toEqual([
      {
        id: 'gpt-5',
        changes: [{ field: 'outputPerMTok', before: 10, after: 8, percent: -20 }],
      },
    ]);
  });

  it('sends no watch alert while notifications are off, though the change was seen', async () => {
    harness = await startHarness();
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
      name: 'Sim',
    });
    await harness.value('catalog:get');
    await harness.value('catalog:set-watchlist', { ids: ['gpt-5'] });
    await harness.value('settings:update', { notificationsEnabled: false });
    harness = await harness.restart();
    harness.sim.control.clearRequests();
    harness.sim.control.reprice('gpt-5', { output: 8 });
    await harness.value('balance:refresh');
    await expect
      .poll(() => harness?.sim.control.requests().some((r) => r.path === '/api/v1/models'))
      .toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.events.filter((e) => e.channel === 'catalog:watch-alert')).toEqual([]);
  });

  it('asks the gateway for nothing when no model is watched', async () => {
    harness = await startHarness();
    await harness.value('accounts:add', {
      token: harness.sim.accessToken,
      baseUrl: harness.sim.url,
      name: 'Sim',
    });
    harness.sim.control.clearRequests();
    await harness.value('balance:refresh');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.sim.control.requests().filter((r) => r.path === '/api/v1/models')).toEqual([]);
  });
});
