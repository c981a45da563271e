import { afterEach, describe, expect, it } from 'vitest';

import { keysForModel } from '../../../electron/core/catalog/key-access.js';
import { startHarness, type Harness } from './service-harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const catalogRequests = (h: Harness) =>
  h.sim.control.requests().filter((r) => r.path === '/api/v1/models');

async function signIn(h: Harness): Promise<void> {
  await h.value('accounts:add', { token: h.sim.accessToken, baseUrl: h.sim.url, name: 'Sim' });
}

describe('the catalog service against the local gateway', () => {
  it('opens from the on-disk cache after a restart and revalidates with If-None-Match (304)', async () => {
    harness = await startHarness();
    await signIn(harness);
    const first = await harness.value('catalog:get');
    expect(first.models.length).toBeGreaterThan(10);
    expect(first.offline).toBe(false);
    expect(first.available).toContain('gpt-5');
    const [firstRequest] = catalogRequests(harness);
    expect(firstRequest?.headers['if-none-match']).toBeUndefined();

    harness.sim.control.clearRequests();
    harness = await harness.restart();
    const reopened = await harness.value('catalog:get');
    // Served from disk before any answer from the gateway.
    expect(reopened.models.map((m) => m.id)).toEqual(first.models.map((m) => m.id));
    await expect.poll(() => catalogRequests(harness!).length).toBe(1);
    expect(catalogRequests(harness)[0]?.headers['if-none-match']).toMatch(/^"/);

    // A forced refresh is a 304 too, and keeps the cached models.
    const again = await harness.value('catalog:refresh');
    expect(again.models).toHaveLength(first.models.length);
  });

  it('shows the cache, marked offline, when the gateway cannot be reached', async () => {
    harness = await startHarness();
    await signIn(harness);
    await harness.value('catalog:get');
    harness.sim.control.injectFailure({
      match: { path: '/api/v1/models' },
      kind: 'drop-connection',
      times: 10,
    });
    const offline = await harness.value('catalog:refresh');
    expect(offline.offline).toBe(true);
    expect(offline.models.length).toBeGreaterThan(10);
    expect(offline.fetchedAt).toBeInstanceOf(Date);
  });

  it('reports new, removed and repriced models since the last look, until marked seen', async () => {
    harness = await startHarness();
    await signIn(harness);
    await harness.value('catalog:get');
    // The first look is the baseline.
    const baseline = await harness.value('catalog:changes');
    expect(baseline).toMatchObject({ added: [], removed: [], repriced: [] });

    await harness.value('catalog:set-watchlist', { ids: ['gpt-5', 'gpt-5'] });
    const { control } = harness.sim;
    control.addModel({ model_id: 'brand-new-model', pricing: { input: 1, output: 2 } });
    control.removeModel('gpt-4o-mini');
    control.reprice('gpt-5', { input: 1.5 });
    const alert = harness.nextEvent('catalog:watch-alert');
    const fresh = await harness.value('catalog:refresh');
    expect(fresh.models.some((m) => m.id === 'brand-new-model')).toBe(true);

    const changes = await harness.value('catalog:changes');
    expect(changes.added).toEqual(['brand-new-model']);
    expect(changes.removed).toEqual(['gpt-4o-mini']);
    expect(changes.repriced).toEqual([
      {
        id: 'gpt-5',
        changes: [{ field: 'inputPerMTok', before: 1.25, after: 1.5, percent: 20 }],
      },
    ]);
    expect(changes.since).toBeInstanceOf(Date);
    expect((await alert).changes.repriced.map((m) => m.id)).toEqual(['gpt-5']);

    // The feed survives a restart (the snapshot is on disk), and marking seen clears it.
    harness = await harness.restart();
    expect((await harness.value('catalog:changes')).added).toEqual(['brand-new-model']);
    await harness.value('catalog:mark-seen');
    expect(await harness.value('catalog:changes')).toMatchObject({
      added: [],
      removed: [],
      repriced: [],
    });
  });

  it('persists the view preferences and validates them', async () => {
    harness = await startHarness();
    const defaults = await harness.value('catalog:get-prefs');
    expect(defaults.sort).toEqual({ by: 'server_order', order: 'asc' });
    await harness.value('catalog:set-prefs', {
      type: 'llm',
      features: ['thinking'],
      sort: { by: 'context_length', order: 'desc' },
      unit: 'ktok',
    });
    const bad = await harness.invoke('catalog:set-prefs', {
      sort: { by: 'rm -rf', order: 'asc' },
    } as never);
    expect(bad.ok).toBe(false);
    harness = await harness.restart();
    expect(await harness.value('catalog:get-prefs')).toMatchObject({
      type: 'llm',
      features: ['thinking'],
      sort: { by: 'context_length', order: 'desc' },
      unit: 'ktok',
    });
  });

  it('tells which keys can call a model', async () => {
    harness = await startHarness();
    await signIn(harness);
    const access = await harness.value('catalog:key-access');
    const wire = harness.sim.control.keys();
    expect(access.keys).toHaveLength(wire.length);
    const limited = access.keys.find((k) => !k.allModels && k.models.length > 0);
    expect(limited).toBeDefined();
    const model = limited!.models[0]!;
    const callers = keysForModel(model, access);
    expect(callers.map((k) => k.id)).toContain(limited!.id);
    expect(callers.every((k) => k.allModels || k.models.includes(model))).toBe(true);
    expect(access.keys.some((k) => !k.usable)).toBe(true);
  });
});
