/** Dollars for people: two decimals, a minus sign before the dollar sign. */
export function formatUsd(usd: number): string {
  const sign = usd < 0 ? '-' : '';
  return `${sign}$${Math.abs(usd).toFixed(2)}`;
}

/** Prices per 1M tokens can be fractions of a cent: keep what matters, drop trailing zeros. */
export function formatPrice(usd: number | null): string {
  if (usd === null) return '—';
  if (usd === 0) return 'free';
  const digits = usd >= 1 ? 2 : usd >= 0.01 ? 3 : 4;
  return `$${Number(usd.toFixed(digits))}`;
}
