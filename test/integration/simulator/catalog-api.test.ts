import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';

interface Item {
  model_id: string;
  types: string;
  features: string;
  input_modalities: string;
  context_length: number | null;
  pricing?: { input: number; output: number; cache_read?: number };
}
const ids = (items: Item[]): string[] => items.map((i) => i.model_id);

describe('simulator catalog', () => {
  let sim: SimulatorHandle;
  const catalog = async (query = ''): Promise<Item[]> => {
    const res = await fetch(`${sim.url}/api/v1/models${query}`);
    return ((await res.json()) as { data: Item[] }).data;
  };

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('serves per-1M prices and odd rows', async () => {
    const all = await catalog();
    expect(all.find((i) => i.model_id === 'gpt-5')?.pricing).toEqual({
      input: 1.25,
      output: 10,
      cache_read: 0.125,
    });
    expect(all.some((i) => i.pricing === undefined)).toBe(true);
    expect(all.some((i) => i.context_length === null)).toBe(true);
    expect(all.some((i) => i.types === '' && i.features === '')).toBe(true);
  });

  it('answers 304 with no body for a matching ETag, and a new ETag after a reprice', async () => {
    const first = await fetch(`${sim.url}/api/v1/models`);
    const etag = first.headers.get('etag');
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=300, stale-while-revalidate=300',
    );
    const again = await fetch(`${sim.url}/api/v1/models`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    sim.control.reprice('gpt-5', { input: 2 });
    const changed = await fetch(`${sim.url}/api/v1/models`, {
      headers: { 'If-None-Match': etag! },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    sim.control.reprice('gpt-5', { input: 1.25 });
  });

  it('filters by type alias, modalities and features (AND), and fuzzy model name', async () => {
    expect(ids(await catalog('?type=t2i'))).toEqual(['gpt-image-1']);
    const thinkingVision = await catalog('?type=llm&modalities=text,image&features=thinking,tools');
    expect(thinkingVision.length).toBeGreaterThan(0);
    for (const i of thinkingVision) {
      expect(i.features.split(',')).toEqual(expect.arrayContaining(['thinking', 'tools']));
      expect(i.input_modalities.split(',')).toContain('image');
    }
    expect(ids(await catalog('?model=GPT-5-M'))).toEqual(['gpt-5-mini']);
  });

  it('sorts context_length as text, like the real server', async () => {
    const sorted = (await catalog('?type=llm&sort_by=context_length&sort_order=desc')).map(
      (i) => i.context_length,
    );
    // "8192" > "65536" > "400000" > "1048576" as strings.
    expect(sorted.indexOf(8192)).toBeLessThan(sorted.indexOf(65536));
    expect(sorted.indexOf(65536)).toBeLessThan(sorted.indexOf(400000));
    expect(sorted.indexOf(400000)).toBeLessThan(sorted.indexOf(1048576));
  });

  it('reflects catalog changes and scopes /v1/models to the key', async () => {
    sim.control.addModel({ model_id: 'brand-new', features: 'thinking' });
    expect(ids(await catalog('?model=brand-new'))).toEqual(['brand-new']);
    sim.control.removeModel('brand-new');
    expect(await catalog('?model=brand-new')).toEqual([]);

    const restricted = sim.control.keys().find((k) => k.status === 1 && 'models' in k && k.models);
    const res = await fetch(`${sim.url}/v1/models`, {
      headers: { Authorization: `Bearer sk-${restricted!.key}` },
    });
    expect(res.headers.get('x-oneapi-request-id')).toMatch(/^\d+$/);
    const body = (await res.json()) as { object: string; data: { id: string; object: string }[] };
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id).join(',')).toBe(
      restricted && 'models' in restricted ? restricted.models : '',
    );

    const bad = await fetch(`${sim.url}/v1/models`, {
      headers: { Authorization: 'Bearer sk-nope' },
    });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /^无效的令牌 \(request id: /,
    );
  });

  it('generates a large deterministic catalog on demand', async () => {
    sim.control.setCatalogGenerated(2000);
    const all = await catalog();
    expect(all).toHaveLength(2000);
    expect(new Set(ids(all)).size).toBe(2000);
  });
});
