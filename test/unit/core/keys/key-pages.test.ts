import { describe, expect, it } from 'vitest';
import {
  PAGE_CONCURRENCY,
  collectPages,
  mapLimit,
} from '../../../../electron/core/keys/key-pages.js';
import type { TokenPage } from '../../../../electron/core/keys/key-pages.js';

const ids = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: from - i }));

describe('collectPages: array shape (0-based)', () => {
  it('one-api: 10 a page whatever was asked; stops at the short page', async () => {
    const all = ids(25, 25);
    const asked: number[] = [];
    const result = await collectPages(async (p): Promise<TokenPage<{ id: number }>> => {
      asked.push(p);
      return { shape: 'array', items: all.slice(p * 10, p * 10 + 10) };
    });
    expect(result).toHaveLength(25);
    // Pages past the end are read ahead in one batch, never one by one.
    expect(asked).toEqual([0, ...Array.from({ length: PAGE_CONCURRENCY }, (_, i) => i + 1)]);
  });

  it('lists 1,000 keys of 10 a page in a few rounds of concurrent requests, not 100', async () => {
    const all = ids(1000, 1000);
    let rounds = 0;
    let inFlight = 0;
    const result = await collectPages(async (p) => {
      if (inFlight === 0) rounds += 1;
      inFlight += 1;
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      return { shape: 'array' as const, items: all.slice(p * 10, p * 10 + 10) };
    });
    expect(result).toHaveLength(1000);
    expect(rounds).toBeLessThanOrEqual(Math.ceil(100 / PAGE_CONCURRENCY) + 2);
  });

  it('stops at an empty page when the count is a multiple of the page size', async () => {
    const all = ids(20, 20);
    const asked: number[] = [];
    const result = await collectPages(async (p) => {
      asked.push(p);
      return { shape: 'array' as const, items: all.slice(p * 10, p * 10 + 10) };
    });
    expect(result.map((k) => k.id)).toEqual(all.map((k) => k.id));
    expect(asked).toEqual([0, ...Array.from({ length: PAGE_CONCURRENCY }, (_, i) => i + 1)]);
  });

  it('dedupes keys that shift between pages and stops when a gateway ignores p', async () => {
    const result = await collectPages(async () => ({
      shape: 'array' as const,
      items: ids(10, 10),
    }));
    expect(result.map((k) => k.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('collectPages: object shape (1-based)', () => {
  it('uses total to fetch the remaining pages, a bounded number at once', async () => {
    const all = ids(250, 250);
    let inFlight = 0;
    let peak = 0;
    const asked: number[] = [];
    const result = await collectPages(async (p) => {
      asked.push(p);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      const page = Math.max(1, p);
      return {
        shape: 'object' as const,
        items: all.slice((page - 1) * 20, page * 20),
        total: 250,
        pageSize: 20,
      };
    });
    expect(result).toHaveLength(250);
    expect(new Set(result.map((k) => k.id)).size).toBe(250);
    expect(asked.slice(0, 1)).toEqual([0]);
    expect([...asked].sort((a, b) => a - b)).toEqual([
      0,
      ...Array.from({ length: 12 }, (_, i) => i + 2),
    ]);
    expect(peak).toBeLessThanOrEqual(PAGE_CONCURRENCY);
  });

  it('without a total, pages on from 2 until a short page', async () => {
    const all = ids(15, 15);
    const asked: number[] = [];
    const result = await collectPages(async (p) => {
      asked.push(p);
      const page = Math.max(1, p);
      return {
        shape: 'object' as const,
        items: all.slice((page - 1) * 10, page * 10),
        total: null,
        pageSize: null,
      };
    });
    expect(result).toHaveLength(15);
    expect(asked).toEqual([0, ...Array.from({ length: PAGE_CONCURRENCY }, (_, i) => i + 2)]);
  });

  it('an empty first page is an empty list', async () => {
    await expect(
      collectPages(async () => ({ shape: 'object' as const, items: [], total: 0, pageSize: 10 })),
    ).resolves.toEqual([]);
  });
});

describe('mapLimit', () => {
  it('keeps input order', async () => {
    await expect(mapLimit([3, 1, 2], 2, async (n) => n * 10)).resolves.toEqual([30, 10, 20]);
  });
});
