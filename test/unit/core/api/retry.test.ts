import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../electron/core/api/errors.js';
import { backoffDelay, isRetryable, withRetry } from '../../../../electron/core/api/retry.js';
import type { RetryPolicy } from '../../../../electron/core/api/retry.js';

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return {
    attempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    sleep: async (ms) => {
      slept.push(ms);
    },
    random: () => 0.999,
    slept,
    ...overrides,
  };
}

describe('isRetryable', () => {
  it.each([
    [new ApiError('network', 'x'), true],
    [new ApiError('timeout', 'x'), true],
    [new ApiError('rate_limited', 'x', { status: 429 }), true],
    [new ApiError('gateway', 'x', { status: 502 }), true],
    [new ApiError('gateway', 'x', { status: 200 }), false],
    [new ApiError('auth', 'x', { status: 401 }), false],
    [new ApiError('invalid_response', 'x'), false],
    [new ApiError('aborted', 'x'), false],
    [new Error('boom'), false],
  ])('%s -> %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('withRetry', () => {
  it('retries a transient failure and returns the later success', async () => {
    const p = policy();
    const run = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new ApiError('rate_limited', 'slow down', { status: 429 }))
      .mockResolvedValueOnce('ok');
    await expect(withRetry(p, run)).resolves.toBe('ok');
    expect(run).toHaveBeenCalledTimes(2);
    expect(p.slept).toEqual([499]);
  });

  it('gives up after the configured number of attempts with the last error', async () => {
    const p = policy();
    const run = vi.fn(async () => {
      throw new ApiError('gateway', 'down', { status: 503 });
    });
    await expect(withRetry(p, run)).rejects.toMatchObject({ code: 'gateway', status: 503 });
    expect(run).toHaveBeenCalledTimes(3);
    expect(p.slept).toHaveLength(2);
  });

  it('does not retry a refusal', async () => {
    const run = vi.fn(async () => {
      throw new ApiError('auth', 'no');
    });
    await expect(withRetry(policy(), run)).rejects.toMatchObject({ code: 'auth' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const p = policy({
      sleep: async () => {
        controller.abort();
        throw new Error('aborted');
      },
    });
    const run = vi.fn(async () => {
      throw new ApiError('network', 'down');
    });
    await expect(withRetry(p, run, controller.signal)).rejects.toMatchObject({ code: 'aborted' });
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially, is capped, and is fully jittered', () => {
    const top = policy({ random: () => 0.999999 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(top, n))).toEqual([
      499, 999, 1999, 3999, 7999, 7999, 7999,
    ]);
    expect(backoffDelay(policy({ random: () => 0 }), 5)).toBe(0);
  });
});
