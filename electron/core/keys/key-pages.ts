/**
 * Collects every page of `GET /api/token/` in both shapes (gateway-facts §4):
 * - array (one-api, new-api old): 0-based `p`; one-api returns 10 a page whatever was asked, so
 *   stop at an empty page or one shorter than the first, not at "fewer than requested";
 * - object `{items,total,page,page_size}` (new-api latest): 1-based `p` (0 reads as 1); with
 *   `total` known the remaining pages are fetched concurrently, a few at a time.
 */

export type TokenPage<T> =
  | { shape: 'array'; items: T[] }
  | { shape: 'object'; items: T[]; total: number | null; pageSize: number | null };

export const PAGE_CONCURRENCY = 6;
// A gateway that ignores `p` would page forever; no account has anywhere near this many keys.
const MAX_PAGES = 1000;

export async function collectPages<T extends { id: number }>(
  fetchPage: (p: number) => Promise<TokenPage<T>>,
): Promise<T[]> {
  const byId = new Map<number, T>();
  // true when the page brought at least one key not seen before.
  const add = (items: T[]): boolean => {
    let fresh = false;
    for (const item of items) {
      if (!byId.has(item.id)) fresh = true;
      byId.set(item.id, item);
    }
    return fresh;
  };

  const first = await fetchPage(0);
  add(first.items);
  const firstLength = first.items.length;
  if (firstLength === 0) return [...byId.values()];

  if (first.shape === 'object' && first.total !== null) {
    const pageSize = first.pageSize && first.pageSize > 0 ? first.pageSize : firstLength;
    const pages = Math.min(MAX_PAGES, Math.ceil(first.total / pageSize));
    const rest = Array.from({ length: Math.max(0, pages - 1) }, (_, index) => index + 2);
    const results = await mapLimit(rest, PAGE_CONCURRENCY, fetchPage);
    for (const page of results) add(page.items);
    return [...byId.values()];
  }

  // The array shape (0-based, next is 1) or an object page without a total (next is 2): the end is
  // unknown, so pages are requested a few at a time ahead of need and read in order until one is
  // empty, short or brings nothing new. The over-read is at most a few empty pages, and it turns a
  // one-api account's 100 pages of 10 from 100 round trips into about 17.
  let p = first.shape === 'array' ? 1 : 2;
  for (let count = 1; count < MAX_PAGES; p += PAGE_CONCURRENCY, count += PAGE_CONCURRENCY) {
    const numbers = Array.from({ length: PAGE_CONCURRENCY }, (_, index) => p + index);
    const pages = await Promise.all(numbers.map((n) => fetchPage(n)));
    for (const page of pages) {
      if (page.items.length === 0 || !add(page.items)) return [...byId.values()];
      if (page.items.length < firstLength) return [...byId.values()];
    }
  }
  return [...byId.values()];
}

/** Runs `run` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<I, O>(
  items: I[],
  limit: number,
  run: (item: I) => Promise<O>,
): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await run(items[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
