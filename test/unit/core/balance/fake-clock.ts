import type { Clock, TimerHandle } from '../../../../electron/core/ports.js';

interface FakeTimer {
  at: number;
  seq: number;
  callback: () => void;
}

/** A hand-written Clock whose time moves only when a test says so. */
export class FakeClock implements Clock {
  private nowMs: number;
  private seq = 0;
  private readonly timers = new Map<number, FakeTimer>();

  constructor(start = Date.parse('2025-01-01T00:00:00Z')) {
    this.nowMs = start;
  }

  now(): Date {
    return new Date(this.nowMs);
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    this.seq += 1;
    this.timers.set(this.seq, { at: this.nowMs + Math.max(0, ms), seq: this.seq, callback });
    return { id: this.seq };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle.id as number);
  }

  /**
   * Moves time forward by ms, firing due timers in order; after each one, awaits `settle` (for
   * example the monitor's whenIdle) so async work started by a timer finishes before time moves.
   */
  async advance(ms: number, settle: () => Promise<void> = async () => undefined): Promise<void> {
    const target = this.nowMs + ms;
    for (;;) {
      const next = [...this.timers.values()]
        .filter((t) => t.at <= target)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (next === undefined) break;
      this.timers.delete(next.seq);
      this.nowMs = next.at;
      next.callback();
      await settle();
    }
    this.nowMs = target;
    await settle();
  }

  pendingTimers(): number {
    return this.timers.size;
  }
}
