/** A tiny seeded PRNG (mulberry32) so seeded keys and generated catalogs are the same every run. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

/**
 * one-api's key format: 16 random alphanumerics + 32 UUID hex chars with every other char
 * upper-cased, 48 chars, stored without `sk-`.
 */
export function generateKeyString(rng: Rng): string {
  let key = '';
  for (let i = 0; i < 16; i++) key += rng.pick([...ALNUM]);
  for (let i = 0; i < 32; i++) {
    const ch = rng.pick([...HEX]);
    key += i % 2 === 1 ? ch.toUpperCase() : ch;
  }
  return key;
}

/** one-api's access token format: a UUID without dashes (32 lowercase hex). */
export function generateHex32(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 32; i++) out += rng.pick([...HEX]);
  return out;
}
