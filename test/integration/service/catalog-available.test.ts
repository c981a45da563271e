import { afterEach, describe, expect, it } from 'vitest';

import { keysForModel } from '../../../electron/core/catalog/key-access.js';
import { CatalogCache } from '../../../electron/core/service/catalog-cache.js';
import { startHarness, type Harness } from './service-harness.js';

/**
 * "Available to this account" against a gateway whose account may use only some of the catalog
 * (the simulator's accountModels), and the list kept with the cached catalog across a restart.
 */
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const ACCOUNT_MODELS = ['gpt-5', 'gpt-5-mini', 'claude-sonnet-4-5'];

async function signIn(h: Harness): Promise<void> {
  await h.value('accounts:add', { token: h.sim.accessToken, baseUrl: h.sim.url, name: 'Sim' });
}

describe('the models available to the account', () => {
  it('lists only what the gateway says the account may use, and unlimited keys reach only those', async () => {
    harness = await startHarness({ sim: { accountModels: ACCOUNT_MODELS } });
    await signIn(harness);
    const view = await harness.value('catalog:get');
    expect(view.models.length).toBeGreaterThan(ACCOUNT_MODELS.length);
    expect([...(view.available ?? [])].sort()).toEqual([...ACCOUNT_MODELS].sort());

    const access = await harness.value('catalog:key-access');
    const unlimited = access.keys.find((k) => k.allModels && k.usable);
    expect(unlimited).toBeDefined();
    // An unlimited key cannot call what the account cannot use.
    expect(keysForModel('gpt-4o-mini', access).some((k) => k.id === unlimited!.id)).toBe(false);
    expect(keysForModel('gpt-5', access).some((k) => k.id === unlimited!.id)).toBe(true);
  });

  it('opens with the list from the cache after a restart, and a 304 pushes nothing again', async () => {
    harness = await startHarness({ sim: { accountModels: ACCOUNT_MODELS } });
    await signIn(harness);
    await harness.value('catalog:get');

    harness = await harness.restart();
    const reopened = await harness.value('catalog:get');
    expect([...(reopened.available ?? [])].sort()).toEqual([...ACCOUNT_MODELS].sort());
    // The background revalidation (a 304, same list) must not resend thousands of models.
    await expect
      .poll(() =>
        harness!.sim.control.requests().filter((r) => r.path === '/api/user/available_models'),
      )
      .toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.events.filter((e) => e.channel === 'catalog:changed')).toEqual([]);

    // When the account's list changes, the revalidation does tell the window.
    harness.sim.control.setAccountModels(['gpt-5']);
    const changed = harness.nextEvent('catalog:changed');
    await harness.value('catalog:refresh');
    expect((await changed).available).toEqual(['gpt-5']);
  });

  it("does not show another account's list from a catalog file shared by the gateway", async () => {
    harness = await startHarness({ sim: { accountModels: ACCOUNT_MODELS } });
    await signIn(harness);
    await harness.value('catalog:get');
    // The gateway's catalog file, as another account on the same gateway would have left it.
    const cache = new CatalogCache(harness.dataDir);
    const written = await cache.read(harness.sim.url);
    await cache.write(harness.sim.url, {
      ...written!,
      available: { accountId: 'someone-else', models: ['gpt-4o-mini'] },
    });
    harness.sim.control.setAccountModels(['gpt-5']);
    harness = await harness.restart();
    // Unknown until fetched, never the other account's; then this account's own.
    expect((await harness.value('catalog:get')).available).toBeNull();
    expect((await harness.value('catalog:refresh')).available).toEqual(['gpt-5']);
  });
});

describe('the first rows at start', () => {
  it('come from the cached catalog in the saved view, without asking the gateway', async () => {
    harness = await startHarness({ sim: { catalog: { generated: 300 } } });
    // Before any account and cache: nothing, and no request.
    expect(await harness.value('catalog:first')).toBeNull();
    await signIn(harness);
    await harness.value('catalog:get');
    await harness.value('catalog:set-prefs', {
      type: 'llm',
      sort: { by: 'context_length', order: 'desc' },
    });
    harness = await harness.restart();
    harness.sim.control.clearRequests();
    const first = await harness.value('catalog:first');
    expect(harness.sim.control.requests().filter((r) => r.path === '/api/v1/models')).toEqual([]);
    const full = await harness.value('catalog:get');
    const expected = full.models
      .filter((m) => m.types.includes('llm'))
      .sort((a, b) => (b.contextLength ?? -1) - (a.contextLength ?? -1));
    expect(first!.total).toBe(300);
    expect(first!.matched).toBe(expected.length);
    expect(first!.models.length).toBeLessThan(expected.length);
    expect(first!.models.map((m) => m.contextLength)).toEqual(
      expected.slice(0, first!.models.length).map((m) => m.contextLength),
    );
  });
});
