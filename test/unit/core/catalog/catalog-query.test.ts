import { describe, expect, it } from 'vitest';
import {
  filterCatalog,
  queryCatalog,
  sortCatalog,
} from '../../../../electron/core/catalog/catalog-query.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';

function model(id: string, fields: Partial<CatalogModel> = {}, order = 0): CatalogModel {
  return {
    id,
    description: '',
    types: ['llm'],
    features: [],
    inputModalities: ['text'],
    contextLength: null,
    maxOutput: null,
    pricing: {
      inputPerMTok: null,
      outputPerMTok: null,
      cacheReadPerMTok: null,
      cacheWritePerMTok: null,
    },
    developer: null,
    serverOrder: order,
    ...fields,
  };
}

const price = (input: number | null) => ({
  inputPerMTok: input,
  outputPerMTok: null,
  cacheReadPerMTok: null,
  cacheWritePerMTok: null,
});

const models = [
  model('a-8k', { contextLength: 8192, pricing: price(3) }, 0),
  model('b-64k', { contextLength: 65536, pricing: price(null) }, 1),
  model('c-none', { contextLength: null, pricing: price(0.5) }, 2),
  model('d-1m', { contextLength: 1_000_000, pricing: price(3) }, 3),
  model('e-128k', { contextLength: 131072, pricing: price(0) }, 4),
];

describe('sortCatalog', () => {
  it('sorts context length numerically (the server sorts it as text), nulls last', () => {
    expect(sortCatalog(models, { by: 'context_length', order: 'asc' }).map((m) => m.id)).toEqual([
      'a-8k',
      'b-64k',
      'e-128k',
      'd-1m',
      'c-none',
    ]);
    expect(sortCatalog(models, { by: 'context_length', order: 'desc' }).map((m) => m.id)).toEqual([
      'd-1m',
      'e-128k',
      'b-64k',
      'a-8k',
      'c-none',
    ]);
  });

  it('sorts prices with unknown prices last in both directions and equal prices stable', () => {
    expect(sortCatalog(models, { by: 'input', order: 'asc' }).map((m) => m.id)).toEqual([
      'e-128k',
      'c-none',
      'a-8k',
      'd-1m',
      'b-64k',
    ]);
    expect(sortCatalog(models, { by: 'input', order: 'desc' }).map((m) => m.id)).toEqual([
      'a-8k',
      'd-1m',
      'c-none',
      'e-128k',
      'b-64k',
    ]);
  });

  it('sorts by name and by server order', () => {
    const shuffled = [models[3], models[0], models[4], models[1], models[2]] as CatalogModel[];
    expect(sortCatalog(shuffled, { by: 'server_order', order: 'asc' }).map((m) => m.id)).toEqual(
      models.map((m) => m.id),
    );
    expect(sortCatalog(shuffled, { by: 'name', order: 'desc' }).map((m) => m.id)).toEqual([
      'e-128k',
      'd-1m',
      'c-none',
      'b-64k',
      'a-8k',
    ]);
  });
});

describe('filterCatalog', () => {
  const rich = [
    model('gpt-5', {
      features: ['thinking', 'tools'],
      inputModalities: ['text', 'image'],
      developer: 'OpenAI',
      description: 'Flagship for coding',
    }),
    model('gpt-4o-mini', {
      features: ['tools'],
      inputModalities: ['text', 'image', 'audio'],
      developer: 'OpenAI',
    }),
    model('claude-sonnet', {
      features: ['thinking'],
      inputModalities: ['text', 'pdf'],
      developer: 'Anthropic',
    }),
    model('embed', { types: ['embedding'] }),
  ];

  it('requires every selected modality and feature', () => {
    expect(
      filterCatalog(rich, { modalities: ['text', 'image'], features: ['tools'] }).map((m) => m.id),
    ).toEqual(['gpt-5', 'gpt-4o-mini']);
    expect(filterCatalog(rich, { features: ['thinking', 'tools'] }).map((m) => m.id)).toEqual([
      'gpt-5',
    ]);
  });

  it('filters by type, developer, availability and free-text search over id and description', () => {
    expect(filterCatalog(rich, { type: 'embedding' }).map((m) => m.id)).toEqual(['embed']);
    expect(filterCatalog(rich, { developer: 'anthropic' }).map((m) => m.id)).toEqual([
      'claude-sonnet',
    ]);
    expect(
      filterCatalog(rich, { available: new Set(['embed', 'gpt-5']) }).map((m) => m.id),
    ).toEqual(['gpt-5', 'embed']);
    expect(filterCatalog(rich, { search: 'CODING' }).map((m) => m.id)).toEqual(['gpt-5']);
    expect(filterCatalog(rich, { search: 'gpt mini' }).map((m) => m.id)).toEqual(['gpt-4o-mini']);
  });

  it('queryCatalog filters then sorts', () => {
    expect(
      queryCatalog(rich, { developer: 'OpenAI' }, { by: 'name', order: 'asc' }).map((m) => m.id),
    ).toEqual(['gpt-4o-mini', 'gpt-5']);
  });
});
