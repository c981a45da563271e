import type { Clock, TimerHandle } from '../ports.js';

/**
 * The monitor's two timers on the Clock port: the next poll, and the moment the last good reading
 * turns stale (which must show on time even while polls fail or hang).
 */
export class MonitorTimers {
  /** When the next poll is due, or null when none is scheduled. */
  nextPollAt: Date | null = null;
  private poll: TimerHandle | null = null;
  private stale: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly onPollDue: () => void,
    private readonly onStale: () => void,
  ) {}

  schedulePoll(delayMs: number): void {
    this.clearPoll();
    this.nextPollAt = new Date(this.clock.now().getTime() + delayMs);
    this.poll = this.clock.setTimeout(() => {
      this.poll = null;
      this.onPollDue();
    }, delayMs);
  }

  clearPoll(): void {
    if (this.poll) this.clock.clearTimeout(this.poll);
    this.poll = null;
    this.nextPollAt = null;
  }

  /** Fires onStale just after staleAtMs; null (or a time already past) disarms it. */
  armStale(staleAtMs: number | null): void {
    if (this.stale) this.clock.clearTimeout(this.stale);
    this.stale = null;
    if (staleAtMs === null) return;
    const delay = staleAtMs - this.clock.now().getTime() + 1;
    if (delay < 1) return;
    this.stale = this.clock.setTimeout(() => {
      this.stale = null;
      this.onStale();
    }, delay);
  }

  clearAll(): void {
    this.clearPoll();
    this.armStale(null);
  }
}
