import type { AccountSnapshot } from '../../shared/domain/account.js';
import type {
  BalancePoint,
  MonitorEvent,
  MonitorSettings,
  MonitorState,
  RunwayForecast,
} from '../../shared/domain/balance.js';
import type { ApiErrorInfo } from '../../shared/domain/errors.js';
import type { Clock } from '../ports.js';
import type { AccountKey } from './account-files.js';
import { evaluateAlerts, INITIAL_POLICY_STATE, type PolicyState } from './alert-policy.js';
import { computeBalanceLevel, STALE_AFTER_INTERVALS } from './balance-level.js';
import { pollErrorInfo } from './error-info.js';
import { fetchWithTimeout } from './fetch-with-timeout.js';
import { MonitorStorage } from './monitor-storage.js';
import { MonitorTimers } from './monitor-timers.js';
import { validateMonitorSettings } from './monitor-settings.js';
import { BOOST_DURATION_MS, BOOST_INTERVAL_MS, nextPollDelay } from './poll-schedule.js';
import { forecastRunway } from './runway-forecast.js';

export interface BalanceMonitorOptions {
  /** Reads the account; throws ApiError. Must honour the signal (stop() aborts it). */
  fetchAccount: (signal: AbortSignal) => Promise<AccountSnapshot>;
  clock: Clock;
  /** The app's data folder; files go in `<dataDir>/balance/`. */
  dataDir: string;
  accountKey: AccountKey;
  settings: MonitorSettings;
  /** The base URL is a loopback address: intervals under 30 s are allowed (tests, demo). */
  isLoopback?: boolean;
  /** Jitter source, in [0, 1). */
  random?: () => number;
  /** A poll that has not settled after this long is abandoned as a timeout (default 60 s). */
  pollTimeoutMs?: number;
  /** A state file was corrupt (and moved aside) or could not be written. */
  onStorageProblem?: (message: string) => void;
}

type Listener = (event: MonitorEvent) => void;

/**
 * Polls the balance, keeps its history, runs the alert policy and tells listeners (the tray, the
 * window, `hubmix watch`). At most one poll runs at a time; every trigger (timer, Refresh now,
 * resume, network back) goes through refreshNow(), which joins a poll already under way.
 */
export class BalanceMonitor {
  private readonly options: BalanceMonitorOptions;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly storage: MonitorStorage;
  private readonly listeners = new Set<Listener>();
  private settings: MonitorSettings;
  private policyState: PolicyState = { ...INITIAL_POLICY_STATE };
  private snapshot: AccountSnapshot | null = null;
  private lastGoodAt: Date | null = null;
  private lastAttemptAt: Date | null = null;
  private lastError: ApiErrorInfo | null = null;
  private forecast: RunwayForecast = { kind: 'insufficient_history' };
  private failures = 0;
  private boostUntilMs = 0;
  private pausedUntil: Date | null = null;
  private readonly timers: MonitorTimers;
  private inFlight: Promise<void> | null = null;
  private controller: AbortController | null = null;
  private running = false;
  /** start() under way: a refresh asked for meanwhile joins start's first poll. */
  private starting: Promise<void> | null = null;
  /** Bumped by stop(): a poll from an older generation changes nothing when it settles. */
  private generation = 0;

  constructor(options: BalanceMonitorOptions) {
    this.options = options;
    this.clock = options.clock;
    this.random = options.random ?? Math.random;
    this.settings = validateMonitorSettings(
      { ...options.settings, thresholds: [...options.settings.thresholds] },
      options.isLoopback ?? false,
    );
    this.timers = new MonitorTimers(
      this.clock,
      () => void this.refreshNow(),
      () => this.emitState(),
    );
    this.storage = new MonitorStorage(options.dataDir, options.accountKey, (message) =>
      options.onStorageProblem?.(message),
    );
  }

  /** Loads the policy state and history from disk, then polls at once (and waits for it). */
  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    const generation = this.generation;
    this.starting ??= this.load()
      .then(() => {
        if (generation !== this.generation) return; // stop() was called while loading
        this.running = true;
        return this.refreshNow();
      })
      .finally(() => {
        this.starting = null;
      });
    return this.starting;
  }

  private async load(): Promise<void> {
    this.policyState = await this.storage.load();
    this.forecast = forecastRunway(this.storage.history.points());
  }

  /** Cancels the timers and any poll under way; nothing is emitted afterwards. */
  stop(): void {
    this.running = false;
    this.generation += 1;
    this.timers.clearAll();
    this.controller?.abort();
    this.controller = null;
    this.inFlight = null;
  }

  /** Polls now, or joins the poll already under way. Never rejects. */
  refreshNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.starting && !this.running) return this.starting;
    if (!this.running) return Promise.resolve();
    this.timers.clearPoll();
    const generation = this.generation;
    this.inFlight = this.pollOnce(generation).then(() => {
      if (generation !== this.generation) return;
      this.inFlight = null;
      this.scheduleNext();
      this.emitState();
    });
    return this.inFlight;
  }

  /** Resolves when every file write asked for so far has settled (after stop(), none follow). */
  storageIdle(): Promise<void> {
    return this.storage.idle();
  }

  /** Resolves when no poll is under way (at once if none is); never starts one. */
  whenIdle(): Promise<void> {
    return this.inFlight ?? Promise.resolve();
  }

  /** The user opened the top-up page: poll every 15 s for 5 minutes to show the money soon. */
  boost(): void {
    this.boostUntilMs = this.clock.now().getTime() + BOOST_DURATION_MS;
    const soon = this.clock.now().getTime() + Math.min(BOOST_INTERVAL_MS, this.settings.intervalMs);
    // Errors keep their backoff: a boost must not turn into hammering a failing gateway.
    const next = this.timers.nextPollAt;
    if (this.running && !this.inFlight && this.failures === 0 && next) {
      if (next.getTime() > soon) {
        this.timers.schedulePoll(soon - this.clock.now().getTime());
        this.emitState();
      }
    }
  }

  /** The machine woke up: the reading is probably old, poll at once. */
  notifyResume(): void {
    this.pollUnlessSignedOut();
  }

  /** The network came back: poll at once. */
  notifyOnline(): void {
    this.pollUnlessSignedOut();
  }

  /**
   * Validates (throws RangeError, changing nothing), reschedules, and re-evaluates the level. The
   * policy's memory is brought up to date silently: editing a threshold the balance is already
   * below must not notify, the user is looking at the number.
   */
  updateSettings(partial: Partial<MonitorSettings>): void {
    const merged = { ...this.settings, ...partial };
    this.settings = validateMonitorSettings(
      { ...merged, thresholds: [...merged.thresholds] },
      this.options.isLoopback ?? false,
    );
    const last = this.policyState.lastBalanceUsd;
    if (last !== null) {
      this.policyState = evaluateAlerts(
        this.policyState,
        last,
        this.forecast,
        this.settings,
      ).nextState;
      void this.storage.savePolicy(this.policyState);
    }
    if (this.running && !this.inFlight) {
      const delay = nextPollDelay(this.scheduleInput());
      const base = (this.lastAttemptAt ?? this.clock.now()).getTime();
      this.timers.schedulePoll(Math.max(0, base + delay - this.clock.now().getTime()));
    }
    this.emitState();
  }

  /** Alerts still advance the policy (so they are not repeated later) but are marked muted. */
  pauseAlertsUntil(date: Date | null): void {
    this.pausedUntil = date === null ? null : new Date(date);
    this.emitState();
  }

  getState(): MonitorState {
    const now = this.clock.now();
    const paused = this.pausedUntil && this.pausedUntil > now ? new Date(this.pausedUntil) : null;
    return {
      level: computeBalanceLevel({
        now,
        intervalMs: this.settings.intervalMs,
        thresholds: this.settings.thresholds,
        lastGood:
          this.snapshot && this.lastGoodAt
            ? { balanceUsd: this.snapshot.balanceUsd, at: this.lastGoodAt }
            : null,
        lastErrorCode: this.lastError?.code ?? null,
        forecast: this.forecast,
      }),
      snapshot: this.snapshot,
      lastGoodAt: this.lastGoodAt,
      lastAttemptAt: this.lastAttemptAt,
      lastError: this.lastError,
      forecast: this.forecast,
      nextPollAt: this.timers.nextPollAt,
      pausedUntil: paused,
    };
  }

  history(): BalancePoint[] {
    return this.storage.history.points();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async pollOnce(generation: number): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.lastAttemptAt = this.clock.now();
    let snapshot: AccountSnapshot;
    try {
      snapshot = await fetchWithTimeout(
        this.options.fetchAccount,
        controller,
        this.clock,
        this.options.pollTimeoutMs ?? 60_000,
      );
    } catch (error) {
      if (generation !== this.generation) return;
      this.failures += 1;
      this.lastError = pollErrorInfo(error);
      this.emit({ type: 'error', error: this.lastError, at: this.clock.now() });
      return;
    }
    if (generation !== this.generation) return;
    const at = this.clock.now();
    this.storage.history.add({ at, balanceUsd: snapshot.balanceUsd });
    this.forecast = forecastRunway(this.storage.history.points());
    const { alerts, nextState } = evaluateAlerts(
      this.policyState,
      snapshot.balanceUsd,
      this.forecast,
      this.settings,
    );
    this.policyState = nextState;
    this.snapshot = snapshot;
    this.lastGoodAt = at;
    this.lastError = null;
    this.failures = 0;
    // Written before anything is shown: a crash right after a notification cannot repeat it.
    await this.storage.saveReading(this.policyState);
    if (generation !== this.generation) return;
    this.emit({ type: 'reading', snapshot });
    const muted = this.pausedUntil !== null && this.pausedUntil > at;
    for (const alert of alerts) this.emit({ type: 'alert', alert, at, muted });
  }

  private pollUnlessSignedOut(): void {
    // A refused token stays refused after a resume; the slow auth retry keeps its pace.
    if (this.lastError?.code === 'auth') return;
    void this.refreshNow();
  }

  private scheduleInput(): Parameters<typeof nextPollDelay>[0] {
    return {
      intervalMs: this.settings.intervalMs,
      failures: this.failures,
      lastErrorCode: this.lastError?.code ?? null,
      boosting: this.clock.now().getTime() < this.boostUntilMs,
      random: this.random,
    };
  }

  private scheduleNext(): void {
    if (this.running) this.timers.schedulePoll(nextPollDelay(this.scheduleInput()));
  }

  private emitState(): void {
    const state = this.getState();
    // Polls may be failing or hung: the "stale" level must still appear on time.
    const fresh = this.running && this.lastGoodAt !== null && state.level !== 'stale';
    this.timers.armStale(
      fresh && this.lastGoodAt
        ? this.lastGoodAt.getTime() + STALE_AFTER_INTERVALS * this.settings.intervalMs
        : null,
    );
    this.emit({ type: 'state', state });
  }

  private emit(event: MonitorEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // One broken listener (a tray that failed to redraw) must not stop the others or the poller.
      }
    }
  }
}
