import { describe, expect, it } from 'vitest';

import {
  compareMarks,
  optionalPriceText,
  priceText,
  usd,
  type PriceWords,
} from '../../../../renderer/src/features/catalog/catalog-model.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';

/** How the Models view writes prices: one "$" in every language, free and unknown apart. */
const words: PriceWords = { free: 'Free', unknown: 'Unknown', none: '—' };

describe('catalog price text', () => {
  it('writes "$" in Chinese as in English, with enough digits to tell small prices apart', () => {
    expect(usd(1.25, 'en-US')).toBe('$1.25');
    expect(usd(1.25, 'zh-CN')).toBe('$1.25');
    expect(usd(0.000125, 'zh-CN')).toBe('$0.000125');
    expect(usd(10, 'zh-CN')).toBe('$10.00');
  });

  it('keeps free, unknown and absent apart, per 1M or per 1K', () => {
    expect(priceText(words, 0, 'mtok', 'en-US')).toBe('Free');
    expect(priceText(words, null, 'mtok', 'en-US')).toBe('Unknown');
    expect(priceText(words, Number.NaN, 'mtok', 'en-US')).toBe('Unknown');
    expect(priceText(words, 1.25, 'ktok', 'en-US')).toBe('$0.00125');
    expect(optionalPriceText(words, null, 'mtok', 'en-US')).toBe('—');
    expect(optionalPriceText(words, 0.125, 'mtok', 'en-US')).toBe('$0.125');
  });

  it('marks the cheapest and the largest context, ignoring unknowns', () => {
    const model = (id: string, input: number | null, output: number | null, ctx: number | null) =>
      ({
        id,
        pricing: {
          inputPerMTok: input,
          outputPerMTok: output,
          cacheReadPerMTok: null,
          cacheWritePerMTok: null,
        },
        contextLength: ctx,
      }) as CatalogModel;
    expect(
      compareMarks([
        model('a', 1, 2, 8192),
        model('b', null, 0, 1_000_000),
        model('c', 0, 0, null),
      ]),
    ).toEqual({ cheapest: 'c', largest: 'b' });
  });
});
