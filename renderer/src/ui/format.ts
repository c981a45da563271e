import i18next from 'i18next';

/** Number, money and time formatting in the UI language (not the OS's), so a switch is total. */
const locale = (): string => i18next.language || 'en';

// Building an Intl.NumberFormat costs far more than using one, and lists format many amounts.
const usdFormats = new Map<string, Intl.NumberFormat>();

export function formatUsd(value: number, digits = 2): string {
  const key = `${locale()}|${digits}`;
  let format = usdFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency: 'USD',
      // "$3.25" in every language (zh-CN would say "US$3.25"): the gateway only bills in USD.
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    usdFormats.set(key, format);
  }
  return format.format(value);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "in 3 days", "5 minutes ago", "tomorrow": the largest unit that fits. */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const diff = date.getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'second') {
      return rtf.format(Math.round(diff / ms), unit);
    }
  }
  return rtf.format(0, 'second');
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

/** A number of days as "3 days" / "5 hours" in the UI language, for the runway. */
export function formatDays(days: number): string {
  const unit: Intl.NumberFormatOptions['unit'] = days >= 1 ? 'day' : 'hour';
  const value = days >= 1 ? Math.round(days * 10) / 10 : Math.max(1, Math.round(days * 24));
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}
