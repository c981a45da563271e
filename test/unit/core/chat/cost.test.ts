import { describe, expect, it } from 'vitest';
import { costUsd } from '../../../../electron/core/chat/cost.js';
import type { ModelPricing } from '../../../../electron/shared/domain/catalog.js';
import type { ChatUsage } from '../../../../electron/shared/domain/chat.js';

const usage = (fields: Partial<ChatUsage>): ChatUsage => ({
  promptTokens: 0,
  completionTokens: 0,
  totalTokens: 0,
  reasoningTokens: null,
  cachedTokens: null,
  ...fields,
});
const gpt5: ModelPricing = {
  inputPerMTok: 1.25,
  outputPerMTok: 10,
  cacheReadPerMTok: 0.125,
  cacheWritePerMTok: null,
};

describe('costUsd', () => {
  it('prices prompt and completion per 1M tokens', () => {
    expect(
      costUsd(usage({ promptTokens: 1_000_000, completionTokens: 100_000 }), gpt5),
    ).toBeCloseTo(2.25, 10);
  });

  it('prices cached prompt tokens at the cache-read price', () => {
    expect(costUsd(usage({ promptTokens: 1_000_000, cachedTokens: 800_000 }), gpt5)).toBeCloseTo(
      0.25 + 0.1,
      10,
    );
  });

  it('falls back to the input price for cached tokens when no cache price is given', () => {
    const noCache = { ...gpt5, cacheReadPerMTok: null };
    expect(costUsd(usage({ promptTokens: 1000, cachedTokens: 500 }), noCache)).toBeCloseTo(
      0.00125,
      10,
    );
  });

  it('is null when a needed price is unknown, and zero for free models', () => {
    expect(
      costUsd(usage({ promptTokens: 10, completionTokens: 10 }), { ...gpt5, outputPerMTok: null }),
    ).toBeNull();
    expect(costUsd(usage({ promptTokens: 10 }), { ...gpt5, outputPerMTok: null })).toBeCloseTo(
      0.0000125,
      12,
    );
    expect(
      costUsd(usage({ promptTokens: 10, completionTokens: 10 }), {
        inputPerMTok: 0,
        outputPerMTok: 0,
        cacheReadPerMTok: null,
        cacheWritePerMTok: null,
      }),
    ).toBe(0);
  });
});
