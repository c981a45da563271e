import { describe, expect, it } from 'vitest';

import { firstRows } from '../../../../electron/core/catalog/catalog-first.js';
import { queryCatalog } from '../../../../electron/core/catalog/catalog-query.js';
import { normalizeCatalog } from '../../../../electron/core/catalog/normalize-catalog.js';
import { DEFAULT_CATALOG_PREFS } from '../../../../electron/shared/ipc/catalog-schemas.js';
import { generatedCatalog } from '../../../../electron/simulator/catalog-generated.js';

const models = normalizeCatalog(generatedCatalog(500).map((entry) => entry.wire));

describe('the first rows of a saved view', () => {
  it('are the head of the full query, in the saved order, with the counts', () => {
    const prefs = {
      ...DEFAULT_CATALOG_PREFS,
      type: 'llm',
      features: ['thinking'],
      sort: { by: 'context_length' as const, order: 'desc' as const },
    };
    const first = firstRows(models, prefs, null, 40)!;
    const full = queryCatalog(
      models,
      { type: 'llm', features: ['thinking'] },
      { by: 'context_length', order: 'desc' },
    );
    expect(first.models.map((m) => m.id)).toEqual(full.slice(0, 40).map((m) => m.id));
    expect(first.matched).toBe(full.length);
    expect(first.total).toBe(500);
  });

  it('apply "available to this account" with the cached list, and give way to a key facet', () => {
    const available = models.slice(0, 3).map((m) => m.id);
    const prefs = { ...DEFAULT_CATALOG_PREFS, availableOnly: true };
    expect(firstRows(models, prefs, available, 40)?.models.map((m) => m.id)).toEqual(available);
    // Unknown list: no restriction (as the window does until it knows).
    expect(firstRows(models, prefs, null, 40)?.matched).toBe(500);
    expect(firstRows(models, { ...DEFAULT_CATALOG_PREFS, keyId: 7 }, null, 40)).toBeNull();
  });
});
