// zod/mini with named imports: the CLI's cold start pays only for the schemas it uses (a few ms),
// not for zod's classic build with every locale (tens of ms before the first request).
import { NEVER, pipe, string, transform, union, number, unknown } from 'zod/mini';

/**
 * Lenient readers for gateway values: numbers arrive as numbers or numeric strings, lists as
 * comma strings or arrays, booleans as booleans, 0/1 or strings. Anything else reads as "unknown"
 * (null) rather than failing the whole response.
 */

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function toBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['true', '1', 'yes'].includes(value.trim().toLowerCase());
  return false;
}

/** Items of a separated string (or an array of strings), trimmed, empties dropped. */
export function toList(value: unknown, separator: RegExp = /[,\n]/): string[] {
  const items = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? value.split(separator)
      : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function toText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A number or a numeric string; anything else fails validation. */
export const NumberLike = pipe(
  union([number(), string()]),
  transform((value: number | string, ctx) => {
    const parsed = toNumber(value);
    if (parsed === null) {
      ctx.issues.push({ code: 'custom', message: 'not a number', input: value });
      return NEVER;
    }
    return parsed;
  }),
);

/** Any value, read leniently as a number or null. */
export const LooseNumber = pipe(unknown(), transform(toNumber));
