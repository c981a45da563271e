import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import { sortCatalog } from '../../../electron/core/catalog/catalog-query.js';
import { startSimulator } from '../../../electron/simulator/index.js';
import type { Flavor, SimulatorHandle } from '../../../electron/simulator/index.js';
import { clientFor, countRequests } from './sim-client.js';

describe.each<Flavor>(['one-api', 'new-api'])('models (%s)', (flavor) => {
  let sim: SimulatorHandle;
  let client: AiHubMixClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, keys: 3 });
    client = clientFor(sim);
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });

  it('revalidates the catalog with its ETag and reuses the cached copy on 304', async () => {
    const first = await client.getCatalog();
    expect(first.models.length).toBeGreaterThan(5);
    expect(first.etag).toBeTruthy();
    expect(first.notModified).toBe(false);

    sim.control.clearRequests();
    const again = await client.getCatalog({}, { etag: first.etag ?? '', models: first.models });
    expect(again).toMatchObject({ notModified: true, etag: first.etag });
    expect(again.models).toBe(first.models);
    expect(sim.control.requests()[0]?.headers['if-none-match']).toBe(first.etag);

    sim.control.reprice('gpt-5', { input: 99 });
    const changed = await client.getCatalog({}, { etag: first.etag ?? '', models: first.models });
    expect(changed.notModified).toBe(false);
    expect(changed.models.find((m) => m.id === 'gpt-5')?.pricing.inputPerMTok).toBe(99);
  });

  it('passes filters to the server', async () => {
    const llms = await client.getCatalog({
      type: 'llm',
      features: ['thinking'],
      modalities: ['text'],
    });
    expect(llms.models.length).toBeGreaterThan(0);
    expect(
      llms.models.every((m) => m.types.includes('llm') && m.features.includes('thinking')),
    ).toBe(true);
  });

  it('keeps odd catalog rows and sorts context length numerically', async () => {
    sim.control.addModel({ model_id: 'tiny-8k', context_length: 8192 });
    sim.control.addModel({ model_id: 'mid-64k', context_length: 65536 });
    const { models } = await client.getCatalog();
    const sorted = sortCatalog(models, { by: 'context_length', order: 'asc' }).filter(
      (m) => m.contextLength !== null,
    );
    const lengths = sorted.map((m) => m.contextLength ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(sorted.findIndex((m) => m.id === 'tiny-8k')).toBeLessThan(
      sorted.findIndex((m) => m.id === 'mid-64k'),
    );
  });

  it('is retried on 5xx like every read', async () => {
    sim.control.clearRequests();
    sim.control.injectFailure({
      match: { path: '/api/v1/models' },
      kind: 'server-error',
      times: 1,
    });
    await expect(client.getCatalog()).resolves.toMatchObject({ notModified: false });
    expect(countRequests(sim, 'GET', '/api/v1/models')).toBe(2);
  });

  it('lists the models the account can use, in both shapes', async () => {
    sim.control.setAvailableModelsShape('strings');
    const strings = await client.getAvailableModels();
    sim.control.setAvailableModelsShape('objects');
    const objects = await client.getAvailableModels();
    expect(strings.length).toBeGreaterThan(0);
    expect([...objects].sort()).toEqual([...strings].sort());
  });

  it('reads the dashboard model map and the key-scoped /v1/models', async () => {
    const map = await client.getDashboardModels();
    expect(Object.values(map).flat().length).toBeGreaterThan(0);
    const relay = await client.listRelayModels(sim.apiKey);
    expect(relay.length).toBeGreaterThan(0);
    const one = await client.getRelayModel(sim.apiKey, relay[0]?.id ?? '');
    expect(one.id).toBe(relay[0]?.id);
    await expect(client.listRelayModels('sk-not-a-real-key')).rejects.toMatchObject({
      code: 'auth',
    });
  });
});
