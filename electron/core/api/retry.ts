import { ApiError } from './errors.js';

/** Bounded exponential backoff with full jitter, for idempotent reads only. */
export interface RetryPolicy {
  /** Total attempts, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Returns a number in [0, 1). */
  random: () => number;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'sleep' | 'random'> = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Worth another try: the failure is likely transient and the request changed nothing. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  switch (error.code) {
    case 'network':
    case 'timeout':
    case 'rate_limited':
      return true;
    case 'gateway':
      return error.status !== undefined && error.status >= 500;
    default:
      return false;
  }
}

/** The delay before retry number `retry` (1-based): full jitter over an exponential cap. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * cap);
}

export async function withRetry<T>(
  policy: RetryPolicy,
  run: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const attempts = Math.max(1, Math.floor(policy.attempts));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error) || signal?.aborted) throw error;
      try {
        await policy.sleep(backoffDelay(policy, attempt), signal);
      } catch {
        throw new ApiError('aborted', 'The request was cancelled.');
      }
    }
  }
}
