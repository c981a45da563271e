import { describe, expect, it } from 'vitest';

import { DEFAULT_OUTPUT_CAP, estimateCost } from '../../../../electron/core/chat/chat-estimate.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';

const model = (id: string, input: number | null, output: number | null): CatalogModel => ({
  id,
  description: '',
  types: ['llm'],
  features: [],
  inputModalities: ['text'],
  contextLength: 128_000,
  maxOutput: 8192,
  pricing: {
    inputPerMTok: input,
    outputPerMTok: output,
    cacheReadPerMTok: null,
    cacheWritePerMTok: null,
  },
  developer: null,
  serverOrder: 0,
});

describe('estimateCost', () => {
  it("prices a typical answer and the user's max tokens as the bound, and asks above the share", () => {
    const e = estimateCost({
      promptChars: 4000,
      images: 1,
      maxTokens: 2000,
      model: model('m', 2, 8),
      balanceUsd: 0.5,
      confirmShare: 0.05,
    });
    expect(e.promptTokens).toBe(2000);
    expect(e.bound).toBe('max-tokens');
    expect(e.boundOutputTokens).toBe(2000);
    expect(e.typicalOutputTokens).toBe(1000);
    expect(e.typicalUsd).toBeCloseTo((2000 * 2 + 1000 * 8) / 1e6, 12);
    expect(e.boundUsd).toBeCloseTo((2000 * 2 + 2000 * 8) / 1e6, 12);
    expect(e.worstUsd).toBeCloseTo(e.boundUsd!, 12);
    expect(e.shareOfBalance).toBeCloseTo(0.02 / 0.5, 12);
    expect(e.needsConfirm).toBe(false);
    expect(
      estimateCost({
        promptChars: 10,
        images: 0,
        maxTokens: 10,
        model: model('m', null, 1),
        balanceUsd: 1,
        confirmShare: 0,
      }).boundUsd,
    ).toBeNull();
  });

  it('does not ask about every message on a 128K-output model when no max tokens is set', () => {
    // gpt-5's prices and maximum output against the demo balance: the old estimate assumed all
    // 128,000 tokens ($1.28, 5.2 % of $24.69) and so asked before every single message.
    const gpt5 = { ...model('gpt-5', 1.25, 10), maxOutput: 128_000 };
    const e = estimateCost({
      promptChars: 400,
      images: 0,
      maxTokens: null,
      model: gpt5,
      balanceUsd: 24.69,
      confirmShare: 0.05,
    });
    expect(e.bound).toBe('default-cap');
    expect(e.boundOutputTokens).toBe(DEFAULT_OUTPUT_CAP);
    expect(e.worstOutputTokens).toBe(128_000);
    expect(e.worstUsd).toBeCloseTo((100 * 1.25 + 128_000 * 10) / 1e6, 12);
    expect(e.boundUsd).toBeCloseTo((100 * 1.25 + DEFAULT_OUTPUT_CAP * 10) / 1e6, 12);
    expect(e.needsConfirm).toBe(false);
    // Still asks when the realistic bound is a real share: a small balance, or a large max set.
    expect(estimateCost({ ...baseOf(gpt5), balanceUsd: 1 }).needsConfirm).toBe(true);
    expect(estimateCost({ ...baseOf(gpt5), maxTokens: 128_000 }).needsConfirm).toBe(true);
  });

  it("bounds by the model's own maximum when it is below the default cap", () => {
    const small = { ...model('m', 2, 80), maxOutput: 4096 };
    const e = estimateCost({ ...baseOf(small), balanceUsd: 1 });
    expect(e.bound).toBe('model-max');
    expect(e.boundOutputTokens).toBe(4096);
    expect(e.needsConfirm).toBe(true);
    const unknown = estimateCost(baseOf({ ...model('m', 2, 8), maxOutput: null }));
    expect(unknown.bound).toBe('default-cap');
    expect(unknown.worstOutputTokens).toBeNull();
    expect(unknown.worstUsd).toBeNull();
  });
});

function baseOf(m: ReturnType<typeof model>) {
  return {
    promptChars: 400,
    images: 0,
    maxTokens: null,
    model: m,
    balanceUsd: 24.69,
    confirmShare: 0.05,
  };
}
