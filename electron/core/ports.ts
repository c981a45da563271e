import type { SecretBackendStatus } from '../shared/domain/secrets.js';

/**
 * The core's ports: what it needs from the outside world, implemented by the Electron edge, the
 * CLI and test fakes. Nothing here knows about Electron.
 */

/** Time and timers, so that polling and policy can be tested with fake time. */
export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface TimerHandle {
  readonly id: unknown;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => {
    const id = setTimeout(callback, ms);
    // A pending poll must never keep a CLI process alive on its own.
    id.unref?.();
    return { id };
  },
  clearTimeout: (handle) => clearTimeout(handle.id as ReturnType<typeof setTimeout>),
};

export type { SecretBackend, SecretBackendStatus } from '../shared/domain/secrets.js';

/**
 * Where secrets live (the OS keychain through keytar in the app and the CLI). Accounts are named
 * by an opaque string; values never leave the main process.
 */
export interface SecretStore {
  status(): Promise<SecretBackendStatus>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}
