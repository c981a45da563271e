import type { Dispatcher } from 'undici';

export const DEFAULT_BASE_URL = 'https://aihubmix.com';
/** AiHubMix's documented alternative domain, tried when the main one cannot be reached. */
export const FALLBACK_BASE_URL = 'https://api.aihubmix.com';

export interface ClientOptions {
  /** Gateway origin, e.g. https://aihubmix.com (no trailing /api or /v1). */
  baseUrl: string;
  /**
   * Tried once on a connection failure (never on an HTTP error) and remembered when it works.
   * Set only when the user did not choose a base URL (the default one is in use); null disables.
   */
  fallbackBaseUrl?: string | null;
  /** The system access token ("Manage Key") for /api/…; absent for catalog-only use. */
  accessToken?: string | null;
  /** Numeric user id, sent as New-Api-User (needed by older new-api, harmless elsewhere). */
  userId?: number | null;
  /** An undici dispatcher: a proxy agent from the OS settings, a MockAgent in tests. */
  dispatcher?: Dispatcher;
  /** Retry policy for reads. Billable or state-changing calls are never retried. */
  retry?: {
    attempts?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
    /** Injectable for tests: waits between attempts (rejects when the signal aborts). */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Injectable for tests: a number in [0, 1) for the jitter. */
    random?: () => number;
  };
  timeouts?: {
    /** TCP/TLS connect. Default 10 s. */
    connectMs?: number;
    /** Whole request for non-streaming calls. Default 30 s (chat: 10 min). */
    totalMs?: number;
    /** Longest silence between stream chunks. Default 60 s. */
    streamIdleMs?: number;
  };
  /** Called when the fallback base URL worked, so callers can remember it. */
  onBaseUrlChange?: (baseUrl: string) => void;
  userAgent?: string;
}
