import { describe, expect, it } from 'vitest';

import {
  diffCatalog,
  percentChange,
  priceChanges,
  restrictChanges,
} from '../../../../electron/core/catalog/catalog-diff.js';
import type { SeenModel } from '../../../../electron/shared/domain/catalog-changes.js';
import { changeCount } from '../../../../electron/shared/domain/catalog-changes.js';

const seen = (id: string, input: number | null, output: number | null = 2): SeenModel => ({
  id,
  pricing: {
    inputPerMTok: input,
    outputPerMTok: output,
    cacheReadPerMTok: null,
    cacheWritePerMTok: null,
  },
});

describe('diffCatalog', () => {
  const since = new Date('2025-09-01T00:00:00Z');

  it('finds new, removed and repriced models with old → new and the percentage', () => {
    const before = [seen('a', 1), seen('b', 2), seen('c', 4)];
    const after = [seen('a', 1), seen('c', 3), seen('d', 5)];
    const changes = diffCatalog(before, after, since);
    expect(changes.since).toBe(since);
    expect(changes.added).toEqual(['d']);
    expect(changes.removed).toEqual(['b']);
    expect(changes.repriced).toEqual([
      { id: 'c', changes: [{ field: 'inputPerMTok', before: 4, after: 3, percent: -25 }] },
    ]);
    expect(changeCount(changes)).toBe(3);
  });

  it('reports nothing for the same catalog, and ignores float noise and order', () => {
    const before = [seen('a', 0.1 + 0.2), seen('b', 2)];
    const after = [seen('b', 2), seen('a', 0.3)];
    expect(changeCount(diffCatalog(before, after))).toBe(0);
  });

  it('treats a price that appears or disappears as a change without a percentage', () => {
    expect(priceChanges(seen('a', null).pricing, seen('a', 1).pricing)).toEqual([
      { field: 'inputPerMTok', before: null, after: 1, percent: null },
    ]);
    expect(priceChanges(seen('a', 1, 2).pricing, seen('a', 1, null).pricing)).toEqual([
      { field: 'outputPerMTok', before: 2, after: null, percent: null },
    ]);
  });

  it('computes percentages, none from free', () => {
    expect(percentChange(2, 3)).toBe(50);
    expect(percentChange(3, 1)).toBe(-66.7);
    expect(percentChange(0, 1)).toBeNull();
    expect(percentChange(1, 0)).toBe(-100);
  });

  it('restricts to a watch list', () => {
    const changes = diffCatalog([seen('a', 1), seen('b', 1)], [seen('a', 2), seen('c', 1)]);
    const watched = restrictChanges(changes, new Set(['a', 'c']));
    expect(watched.repriced.map((m) => m.id)).toEqual(['a']);
    expect(watched.added).toEqual(['c']);
    expect(watched.removed).toEqual([]);
  });
});
