import type { ApiErrorCode } from '../../shared/domain/errors.js';

/** After the user opens the top-up page: poll every 15 s for 5 minutes to catch the payment. */
export const BOOST_INTERVAL_MS = 15_000;
export const BOOST_DURATION_MS = 5 * 60_000;
/** Error backoff never waits longer than this. */
export const MAX_BACKOFF_MS = 15 * 60_000;
/** A refused token will not fix itself quickly; retry rarely rather than hammer the gateway. */
export const AUTH_RETRY_MS = 15 * 60_000;
/** ±20 %: many tray apps behind one NAT must not retry in lockstep. */
export const JITTER_RATIO = 0.2;

export interface ScheduleInput {
  intervalMs: number;
  /** Consecutive failed polls (0 after a good reading). */
  failures: number;
  lastErrorCode: ApiErrorCode | null;
  boosting: boolean;
  /** In [0, 1), like Math.random. */
  random: () => number;
}

/** How long to wait before the next poll. Pure, so the cadence is tested without timers. */
export function nextPollDelay(input: ScheduleInput): number {
  if (input.lastErrorCode === 'auth') return AUTH_RETRY_MS;
  if (input.failures > 0) {
    // A 429 comes with no Retry-After (gateway-facts §7): back off one step further than for
    // other errors, so the gateway's limiter sees us slow down at least as fast.
    const steps = input.failures + (input.lastErrorCode === 'rate_limited' ? 1 : 0);
    const base = Math.min(input.intervalMs * 2 ** steps, MAX_BACKOFF_MS);
    const jitter = 1 + (input.random() * 2 - 1) * JITTER_RATIO;
    return Math.round(base * jitter);
  }
  if (input.boosting) return Math.min(BOOST_INTERVAL_MS, input.intervalMs);
  return input.intervalMs;
}
