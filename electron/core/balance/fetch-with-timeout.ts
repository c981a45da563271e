import type { Clock } from '../ports.js';
import { pollTimeoutError } from './error-info.js';

/**
 * Races a fetch against the clock and aborts it when time is up, so a request that never settles
 * (a fetch that ignores its signal, a half-open connection) cannot stop polling forever.
 */
export function fetchWithTimeout<T>(
  fetch: (signal: AbortSignal) => Promise<T>,
  controller: AbortController,
  clock: Clock,
  timeoutMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(() => {
      controller.abort();
      reject(pollTimeoutError(timeoutMs));
    }, timeoutMs);
    fetch(controller.signal).then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
