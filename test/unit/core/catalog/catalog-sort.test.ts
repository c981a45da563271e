import { describe, expect, it } from 'vitest';

import {
  filterCatalog,
  sortCatalog,
  type CatalogSortKey,
} from '../../../../electron/core/catalog/catalog-query.js';
import { normalizeCatalog } from '../../../../electron/core/catalog/normalize-catalog.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';

// Rows as odd as the real catalog: strings for numbers, missing pricing, null context, junk.
const rows: unknown[] = [
  {
    model_id: 'ctx-8k',
    context_length: 8192,
    max_output: 4096,
    pricing: { input: 3, output: 9, cache_read: 0.3 },
  },
  {
    model_id: 'ctx-64k',
    context_length: '65536',
    max_output: null,
    pricing: { input: '0.5', output: 2 },
  },
  { model_id: 'ctx-none', context_length: null, pricing: {} },
  {
    model_id: 'free',
    context_length: 128000,
    max_output: 16384,
    pricing: { input: 0, output: 0, cache_write: 1.25 },
  },
  {
    model_id: 'odd',
    desc: '',
    types: 'weird_type',
    features: 'telepathy',
    context_length: 'lots',
    max_output: -1,
    pricing: { input: 'n/a', output: -3 },
  },
  {
    model_id: 'ctx-1m',
    context_length: 1048576,
    max_output: 32768,
    pricing: { input: 2, output: 8, cache_read: 0.5, cache_write: 2.5 },
  },
];
const models = normalizeCatalog(rows);

const ids = (list: CatalogModel[]): string[] => list.map((m) => m.id);
const KEYS: CatalogSortKey[] = [
  'input',
  'output',
  'cache_read',
  'cache_write',
  'context_length',
  'max_output',
];

describe('numeric sorts with nulls and odd rows', () => {
  it('keeps every odd row', () => {
    expect(ids(models)).toEqual(['ctx-8k', 'ctx-64k', 'ctx-none', 'free', 'odd', 'ctx-1m']);
  });

  it('orders context numerically (8192 below 65536), unknowns last both ways', () => {
    expect(ids(sortCatalog(models, { by: 'context_length', order: 'asc' }))).toEqual([
      'ctx-8k',
      'ctx-64k',
      'free',
      'ctx-1m',
      'ctx-none',
      'odd',
    ]);
    expect(ids(sortCatalog(models, { by: 'context_length', order: 'desc' }))).toEqual([
      'ctx-1m',
      'free',
      'ctx-64k',
      'ctx-8k',
      'ctx-none',
      'odd',
    ]);
  });

  it.each(KEYS)('%s: sorted values ascend, then nulls; descending mirrors the known part', (by) => {
    const value = (m: CatalogModel): number | null =>
      ({
        input: m.pricing.inputPerMTok,
        output: m.pricing.outputPerMTok,
        cache_read: m.pricing.cacheReadPerMTok,
        cache_write: m.pricing.cacheWritePerMTok,
        context_length: m.contextLength,
        max_output: m.maxOutput,
      })[by as 'input'];
    for (const order of ['asc', 'desc'] as const) {
      const values = sortCatalog(models, { by, order }).map(value);
      const known = values.filter((v): v is number => v !== null);
      const firstNull = values.indexOf(null);
      if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      const expected = [...known].sort((a, b) => (order === 'asc' ? a - b : b - a));
      expect(known).toEqual(expected);
    }
  });

  it('puts free (0) before priced, and unknown after everything', () => {
    expect(ids(sortCatalog(models, { by: 'input', order: 'asc' }))).toEqual([
      'free',
      'ctx-64k',
      'ctx-1m',
      'ctx-8k',
      'ctx-none',
      'odd',
    ]);
  });

  it('never lets a NaN value break the order', () => {
    const broken = models.map((m, i) => (i === 0 ? { ...m, contextLength: Number.NaN } : m));
    const sorted = ids(sortCatalog(broken, { by: 'context_length', order: 'asc' }));
    expect(sorted.slice(-3).sort()).toEqual(['ctx-8k', 'ctx-none', 'odd']);
  });

  it('sorts names naturally and the server order back', () => {
    const named = normalizeCatalog([
      { model_id: 'm-10' },
      { model_id: 'M-9' },
      { model_id: 'm-100' },
    ]);
    expect(ids(sortCatalog(named, { by: 'name', order: 'asc' }))).toEqual(['M-9', 'm-10', 'm-100']);
    expect(
      ids(
        sortCatalog(sortCatalog(named, { by: 'name', order: 'desc' }), {
          by: 'server_order',
          order: 'asc',
        }),
      ),
    ).toEqual(['m-10', 'M-9', 'm-100']);
  });

  it('filters by an id set (the "callable by key" facet) with the other facets', () => {
    const only = new Set(['ctx-8k', 'free', 'odd']);
    expect(ids(filterCatalog(models, { only }))).toEqual(['ctx-8k', 'free', 'odd']);
    expect(ids(filterCatalog(models, { only, type: 'weird_type' }))).toEqual(['odd']);
    expect(ids(filterCatalog(models, { only: null, search: 'CTX 64' }))).toEqual(['ctx-64k']);
  });
});
