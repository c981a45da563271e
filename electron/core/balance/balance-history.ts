import { z } from 'zod';
import type { BalancePoint } from '../../shared/domain/balance.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';
import { accountFilePath, type AccountKey } from './account-files.js';

export const MAX_HISTORY_POINTS = 2_000;
export const MAX_HISTORY_AGE_MS = 30 * 24 * 3_600_000;

const historyFileSchema = z.object({
  version: z.literal(1),
  points: z.array(z.object({ at: z.iso.datetime(), balanceUsd: z.number() })),
});

/**
 * The balance over time for one account on one gateway, for the runway forecast and a sparkline.
 * Bounded by count and age; a run of identical readings keeps only its first and last point, so
 * a 60 s poll on an idle account costs two points, not 1,440 a day.
 */
export class BalanceHistory {
  readonly path: string;
  private list: BalancePoint[] = [];

  constructor(dataDir: string, key: AccountKey) {
    this.path = accountFilePath(dataDir, key, 'balance-history');
  }

  /** Loads the file; a corrupt one is moved aside and the history starts empty. */
  async load(): Promise<{ movedAside: string | null }> {
    const { value, movedAside } = await readJsonFile(this.path, (raw) =>
      historyFileSchema.parse(raw),
    );
    this.list = [];
    for (const point of value?.points ?? []) {
      this.add({ at: new Date(point.at), balanceUsd: point.balanceUsd });
    }
    return { movedAside };
  }

  add(point: BalancePoint): void {
    const at = point.at.getTime();
    // A clock set backwards would leave points "in the future"; trust the newest reading.
    while ((this.list.at(-1)?.at.getTime() ?? -Infinity) > at) this.list.pop();
    const last = this.list.at(-1);
    const beforeLast = this.list.at(-2);
    const copy = { at: new Date(at), balanceUsd: point.balanceUsd };
    if (last !== undefined && beforeLast !== undefined && sameBalance(beforeLast, last, copy)) {
      this.list[this.list.length - 1] = copy; // extend the run: move its last point forward
    } else {
      this.list.push(copy);
    }
    this.prune(at);
  }

  /** Oldest first; copies, so callers cannot change the history. */
  points(): BalancePoint[] {
    return this.list.map((p) => ({ at: new Date(p.at), balanceUsd: p.balanceUsd }));
  }

  async save(): Promise<void> {
    const file: z.infer<typeof historyFileSchema> = {
      version: 1,
      points: this.list.map((p) => ({ at: p.at.toISOString(), balanceUsd: p.balanceUsd })),
    };
    await writeFileAtomic(this.path, `${JSON.stringify(file)}\n`);
  }

  private prune(newestMs: number): void {
    const cutoff = newestMs - MAX_HISTORY_AGE_MS;
    const firstKept = this.list.findIndex((p) => p.at.getTime() >= cutoff);
    if (firstKept > 0) this.list.splice(0, firstKept);
    if (this.list.length > MAX_HISTORY_POINTS) {
      this.list.splice(0, this.list.length - MAX_HISTORY_POINTS);
    }
  }
}

function sameBalance(...points: BalancePoint[]): boolean {
  const first = points[0]?.balanceUsd;
  return points.every((p) => Math.abs(p.balanceUsd - (first ?? NaN)) < 1e-9);
}
