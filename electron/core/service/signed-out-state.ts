import type { MonitorState } from '../../shared/domain/balance.js';

/** What the tray and the window show when there is no active account (or no token for it). */
export function signedOutState(pausedUntil: Date | null = null): MonitorState {
  return {
    level: 'signed_out',
    snapshot: null,
    lastGoodAt: null,
    lastAttemptAt: null,
    lastError: null,
    forecast: { kind: 'insufficient_history' },
    nextPollAt: null,
    pausedUntil,
  };
}
