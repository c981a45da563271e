import { describe, expect, it } from 'vitest';

import { formatFineUsd, formatPrice, formatUsd } from '../../../electron/core/money-format.js';

describe('money formatting', () => {
  it('balances: two decimals, sign before the dollar', () => {
    expect(formatUsd(24.689)).toBe('$24.69');
    expect(formatUsd(-0.5)).toBe('-$0.50');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(-0)).toBe('$0.00');
  });

  it.each([
    [0.3, '$0.30'],
    [0.6, '$0.60'],
    [2, '$2.00'],
    [10, '$10.00'],
    [1.25, '$1.25'],
    [1.125, '$1.125'],
    [0.125, '$0.125'],
    [0.0375, '$0.0375'],
    [0.000012346, '$0.00001235'],
    [1234.5, '$1234.50'],
  ])('price %s reads %s', (usd, text) => {
    expect(formatPrice(usd)).toBe(text);
  });

  it('tells free from unknown', () => {
    expect(formatPrice(0)).toBe('free');
    expect(formatPrice(null)).toBe('—');
  });

  it('never rounds a real cost to $0.00', () => {
    expect(formatFineUsd(0.0000021)).toBe('$0.0000021');
    expect(formatFineUsd(0)).toBe('$0.00');
  });
});
