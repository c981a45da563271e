import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BalanceMonitor,
  type BalanceMonitorOptions,
} from '../../../../electron/core/balance/balance-monitor.js';
import type { AccountSnapshot } from '../../../../electron/shared/domain/account.js';
import type {
  BalanceAlert,
  MonitorEvent,
  MonitorSettings,
} from '../../../../electron/shared/domain/balance.js';
import { FakeClock } from './fake-clock.js';

export const accountKey = { baseUrl: 'https://aihubmix.com', accountId: '42' };

export const defaultSettings: MonitorSettings = {
  intervalMs: 60_000,
  thresholds: [
    { kind: 'usd', usd: 5 },
    { kind: 'usd', usd: 1 },
  ],
  topUpMinUsd: 1,
};

export function snapshotOf(balanceUsd: number, fetchedAt: Date): AccountSnapshot {
  return {
    userId: 42,
    username: 'ada',
    displayName: null,
    group: 'default',
    balanceUsd,
    usedUsd: 1,
    quota: Math.round(balanceUsd * 500_000),
    usedQuota: 500_000,
    requestCount: 3,
    quotaPerUnit: 500_000,
    fetchedAt,
  };
}

/** What the fake gateway answers next: a balance, an error to throw, or a hang until released. */
export type Answer = number | Error | 'hang';

/**
 * A monitor over a fake clock and a scripted fetch, recording every event. The fetch answers
 * `answer` (set it between steps); a 'hang' poll waits until release() is called.
 */
export class Harness {
  readonly clock: FakeClock;
  readonly events: MonitorEvent[] = [];
  readonly signals: AbortSignal[] = [];
  readonly storageProblems: string[] = [];
  answer: Answer = 20;
  fetches = 0;
  monitor!: BalanceMonitor;
  private releases: ((balanceUsd: number) => void)[] = [];

  private constructor(
    readonly dataDir: string,
    clock: FakeClock,
  ) {
    this.clock = clock;
  }

  static async create(
    options: Partial<BalanceMonitorOptions> & { dataDir?: string; clock?: FakeClock } = {},
  ): Promise<Harness> {
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'balance-monitor-')));
    const harness = new Harness(dataDir, options.clock ?? new FakeClock());
    harness.monitor = harness.build(options);
    return harness;
  }

  /** A second monitor over the same data folder and clock: an app restart. */
  async restart(options: Partial<BalanceMonitorOptions> = {}): Promise<Harness> {
    this.monitor.stop();
    const next = await Harness.create({ ...options, dataDir: this.dataDir, clock: this.clock });
    next.answer = this.answer;
    return next;
  }

  async advance(ms: number): Promise<void> {
    await this.clock.advance(ms, () => this.monitor.whenIdle());
  }

  /** Resolves once the fetch has been called `count` times in all. */
  async fetchStarted(count: number): Promise<void> {
    while (this.fetches < count) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Lets hanging polls answer with this balance. */
  release(balanceUsd = 20): void {
    const pending = this.releases;
    this.releases = [];
    for (const resolve of pending) resolve(balanceUsd);
  }

  alerts(): BalanceAlert[] {
    return this.events.flatMap((e) => (e.type === 'alert' ? [e.alert] : []));
  }

  of<T extends MonitorEvent['type']>(type: T): Extract<MonitorEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<MonitorEvent, { type: T }> => e.type === type);
  }

  lastState() {
    return this.of('state').at(-1)?.state;
  }

  private build(options: Partial<BalanceMonitorOptions>): BalanceMonitor {
    const monitor = new BalanceMonitor({
      clock: this.clock,
      dataDir: this.dataDir,
      accountKey,
      settings: defaultSettings,
      random: () => 0.5, // no jitter unless a test asks for it
      onStorageProblem: (message) => this.storageProblems.push(message),
      fetchAccount: (signal) => this.fetch(signal),
      ...options,
    });
    monitor.subscribe((event) => this.events.push(event));
    return monitor;
  }

  private async fetch(signal: AbortSignal): Promise<AccountSnapshot> {
    this.fetches += 1;
    this.signals.push(signal);
    let answer = this.answer;
    if (answer === 'hang') {
      answer = await new Promise<number>((resolve) => this.releases.push(resolve));
    }
    if (answer instanceof Error) throw answer;
    return snapshotOf(answer, this.clock.now());
  }
}
