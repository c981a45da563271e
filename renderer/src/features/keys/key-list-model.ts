import type { KeyStatus } from '../../../../electron/shared/domain/keys.js';
import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';

/**
 * The key table's pure logic: search, status filter, sort, and the quota meter's level. Kept free
 * of React so it is unit-tested and cheap to run on every keystroke over thousands of keys.
 */

export type SortKey = 'name' | 'status' | 'remain' | 'used' | 'expires' | 'id';
export type SortDir = 'asc' | 'desc';
export type StatusFilter = KeyStatus | 'all';

export interface KeyQuery {
  search: string;
  status: StatusFilter;
  sort: { key: SortKey; dir: SortDir };
}

export const DEFAULT_QUERY: KeyQuery = {
  search: '',
  status: 'all',
  sort: { key: 'id', dir: 'desc' },
};

const STATUS_ORDER: Record<KeyStatus, number> = {
  enabled: 0,
  disabled: 1,
  exhausted: 2,
  expired: 3,
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Unlimited keys sort above any finite remainder; "never" expires after any date. */
function compare(a: ApiKeyView, b: ApiKeyView, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'remain':
      return (a.remainUsd ?? Infinity) - (b.remainUsd ?? Infinity);
    case 'used':
      return a.usedUsd - b.usedUsd;
    case 'expires':
      return (a.expiresAt?.getTime() ?? Infinity) - (b.expiresAt?.getTime() ?? Infinity);
    case 'id':
      return a.id - b.id;
  }
}

/** Matches the name or the visible part of the key (masked keys keep their ends). */
export function matchesSearch(key: ApiKeyView, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return (
    key.name.toLowerCase().includes(needle) ||
    (key.maskedKey?.toLowerCase().includes(needle) ?? false) ||
    // A pasted full key should find its masked row: compare the ends a mask keeps.
    (needle.startsWith('sk-') && needle.length > 12 && maskMatches(key.maskedKey, needle))
  );
}

function maskMatches(masked: string | null, full: string): boolean {
  if (!masked) return false;
  const parts = masked.toLowerCase().split(/[*…]+/).filter(Boolean);
  if (parts.length < 2) return false;
  return full.startsWith(parts[0] ?? '') && full.endsWith(parts[parts.length - 1] ?? '');
}

export function selectKeys(keys: readonly ApiKeyView[], query: KeyQuery): ApiKeyView[] {
  const { key, dir } = query.sort;
  const sign = dir === 'asc' ? 1 : -1;
  return keys
    .filter(
      (k) =>
        (query.status === 'all' || k.status === query.status) && matchesSearch(k, query.search),
    )
    .sort((a, b) => sign * compare(a, b, key) || b.id - a.id);
}

export function countByStatus(keys: readonly ApiKeyView[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: keys.length,
    enabled: 0,
    disabled: 0,
    expired: 0,
    exhausted: 0,
  };
  for (const k of keys) counts[k.status] += 1;
  return counts;
}

export type MeterLevel = 'green' | 'amber' | 'red';

/** Share of the key's budget left: red at 10 % or less, amber at 30 % or less (new-api's rule). */
export function quotaShare(key: ApiKeyView): { share: number; level: MeterLevel } | null {
  if (key.unlimited || key.remainUsd === null) return null;
  const total = key.remainUsd + key.usedUsd;
  const share = total > 0 ? Math.max(0, key.remainUsd) / total : 0;
  const level = share <= 0.1 ? 'red' : share <= 0.3 ? 'amber' : 'green';
  return { share, level };
}

/** The next sort when a column header is clicked: a new column starts ascending. */
export function nextSort(current: KeyQuery['sort'], key: SortKey): KeyQuery['sort'] {
  if (current.key !== key) return { key, dir: key === 'remain' || key === 'used' ? 'desc' : 'asc' };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}
