import { describe, expect, it } from 'vitest';

import {
  callCost,
  callsAffordable,
  humanTokens,
  priceDigits,
  priceIn,
} from '../../../../electron/core/catalog/catalog-units.js';

describe('catalog units', () => {
  it('converts per-1M prices to per-1K and keeps free and unknown apart', () => {
    expect(priceIn(1.25, 'mtok')).toEqual({ kind: 'price', usd: 1.25 });
    expect(priceIn(1.25, 'ktok')).toEqual({ kind: 'price', usd: 0.00125 });
    expect(priceIn(0, 'ktok')).toEqual({ kind: 'free' });
    expect(priceIn(null, 'mtok')).toEqual({ kind: 'unknown' });
    expect(priceIn(Number.NaN, 'mtok')).toEqual({ kind: 'unknown' });
  });

  it('shows enough digits to tell small prices apart', () => {
    expect(priceDigits(10)).toBe(2);
    expect(priceDigits(0.5)).toBe(3);
    expect(priceDigits(0.125)).toBe(3);
    expect(priceDigits(0.00125)).toBe(5);
    expect(priceDigits(0.000001)).toBe(8);
  });

  it('writes token counts in human units', () => {
    expect(humanTokens(128000)).toBe('128K');
    expect(humanTokens(1_048_576)).toBe('1M');
    expect(humanTokens(1_047_576)).toBe('1M');
    expect(humanTokens(1_500_000)).toBe('1.5M');
    expect(humanTokens(4096)).toBe('4.1K');
    expect(humanTokens(8192)).toBe('8.2K');
    expect(humanTokens(32768)).toBe('33K');
    expect(humanTokens(512)).toBe('512');
    expect(humanTokens(null)).toBeNull();
  });

  it('prices a call and counts how many the balance buys', () => {
    const pricing = {
      inputPerMTok: 1.25,
      outputPerMTok: 10,
      cacheReadPerMTok: 0.125,
      cacheWritePerMTok: null,
    };
    const cost = callCost(pricing, 10_000, 2_000);
    expect(cost.inputUsd).toBeCloseTo(0.0125);
    expect(cost.outputUsd).toBeCloseTo(0.02);
    expect(cost.usd).toBeCloseTo(0.0325);
    expect(callsAffordable(24.69, cost.usd)).toBe(759);
    expect(callsAffordable(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(callsAffordable(null, 1)).toBeNull();
    const unknown = callCost({ ...pricing, outputPerMTok: null }, 100, 100);
    expect(unknown.usd).toBeNull();
    expect(callCost({ ...pricing, outputPerMTok: null }, 100, 0).usd).toBeCloseTo(0.000125);
  });
});
