import { describe, expect, it } from 'vitest';
import { normalizeCatalog } from '../../../../electron/core/catalog/normalize-catalog.js';

describe('normalizeCatalog', () => {
  it('reads a well-formed row (prices per 1M)', () => {
    const [model] = normalizeCatalog([
      {
        model_id: 'gpt-5',
        desc: 'Flagship',
        types: 'llm',
        features: 'thinking,tools',
        input_modalities: 'text,image',
        context_length: 400000,
        max_output: 128000,
        pricing: { input: 1.25, output: 10, cache_read: 0.125 },
        developer_name: 'OpenAI',
      },
    ]);
    expect(model).toEqual({
      id: 'gpt-5',
      description: 'Flagship',
      types: ['llm'],
      features: ['thinking', 'tools'],
      inputModalities: ['text', 'image'],
      contextLength: 400000,
      maxOutput: 128000,
      pricing: {
        inputPerMTok: 1.25,
        outputPerMTok: 10,
        cacheReadPerMTok: 0.125,
        cacheWritePerMTok: null,
      },
      developer: 'OpenAI',
      serverOrder: 0,
    });
  });

  it('keeps odd rows, reading odd fields as unknown, and drops only rows without an id', () => {
    const models = normalizeCatalog([
      {
        model_id: 'odd-1',
        types: ['LLM', ' Embedding ', ''],
        features: ' Tools , ,WEB',
        context_length: '131072',
        max_output: 'n/a',
        pricing: { input: '0.5', output: 'free?' },
      },
      { desc: 'no id' },
      null,
      { model_id: '  ', pricing: {} },
      { model_id: 'odd-2', pricing: null, developer_id: 42, input_modalities: 'Text' },
      { model_id: 'free', pricing: { input: 0, output: 0 } },
    ]);
    expect(models.map((m) => m.id)).toEqual(['odd-1', 'odd-2', 'free']);
    const [odd1, odd2, free] = models;
    expect(odd1).toMatchObject({
      types: ['llm', 'embedding'],
      features: ['tools', 'web'],
      contextLength: 131072,
      maxOutput: null,
      pricing: { inputPerMTok: 0.5, outputPerMTok: null },
      description: '',
      developer: null,
      serverOrder: 0,
    });
    expect(odd2).toMatchObject({
      developer: '42',
      inputModalities: ['text'],
      pricing: { inputPerMTok: null },
      serverOrder: 4,
    });
    expect(free?.pricing).toMatchObject({ inputPerMTok: 0, outputPerMTok: 0 });
  });
});
