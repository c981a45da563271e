/**
 * Dollars as the tray, notifications and the CLI write them, always in English: "$24.69",
 * "$1,234.50", "-$0.40" (a gateway can report a small negative balance). The renderer has its own
 * formatter because it follows the UI language.
 */
let dollars: Intl.NumberFormat | null = null;

export function formatUsd(usd: number): string {
  dollars ??= new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return dollars.format(Object.is(usd, -0) ? 0 : usd);
}

/**
 * Amounts that can be fractions of a cent (prices per 1M tokens, the cost of one answer): always
 * the cents ($0.30, $10.00), and four significant digits for what is smaller ($0.0375,
 * $0.00001234), so a column of prices reads alike and nothing rounds to a misleading $0.00.
 */
export function formatFineUsd(usd: number): string {
  const sign = usd < 0 ? '-' : '';
  const abs = Math.abs(usd);
  if (abs === 0) return '$0.00';
  const decimals = Math.min(12, Math.max(2, 3 - Math.floor(Math.log10(abs))));
  // Trailing zeros past the cents say nothing: $0.3000 is $0.30.
  const text = abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
  return `${sign}$${text}`;
}

/** A catalog price: "free" when it is zero, "—" when the catalog does not say. */
export function formatPrice(usd: number | null): string {
  if (usd === null) return '—';
  if (usd === 0) return 'free';
  return formatFineUsd(usd);
}
