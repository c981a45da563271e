import { UsageError } from './cli-error.js';

const FORM = '--expires never|<N>d|<N>h|<ISO date> (for example 30d, 12h or 2026-12-31)';

/**
 * Parses `--expires`: `never` → null, `<N>d` / `<N>h` from now, or an ISO 8601 date or date-time.
 * A date in the past is refused: the gateway would store a key that is already expired.
 */
export function parseExpires(text: string, now: Date = new Date()): Date | null {
  const value = text.trim();
  if (value.toLowerCase() === 'never') return null;
  const relative = /^(\d+)\s*([dh])$/i.exec(value);
  if (relative) {
    const amount = Number(relative[1]);
    if (amount <= 0) throw new UsageError(`--expires "${text}" must be at least 1.`, FORM);
    const hours = relative[2]?.toLowerCase() === 'd' ? amount * 24 : amount;
    return new Date(now.getTime() + hours * 3_600_000);
  }
  // Only ISO forms: Date.parse would also accept "March 7" and guess a year.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new UsageError(`--expires "${text}" is not a duration or an ISO date.`, FORM);
  }
  const date = new Date(value.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--expires "${text}" is not a valid date.`, FORM);
  }
  if (date.getTime() <= now.getTime()) {
    throw new UsageError(`--expires "${text}" is in the past.`, FORM);
  }
  return date;
}
