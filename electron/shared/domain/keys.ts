/** An API key (`sk-…`, "token" in gateway terms) normalized for the app. */
export type KeyStatus = 'enabled' | 'disabled' | 'expired' | 'exhausted';

/**
 * What the gateway told us about the secret itself. one-api returns the full key (without `sk-`),
 * new-api (latest) and AiHubMix mask it, some responses omit it. We never pretend a masked key is
 * full.
 */
export type KeySecret =
  | { kind: 'full'; value: string } // always starts with `sk-`
  | { kind: 'masked'; value: string } // as the gateway masked it, `sk-` prefixed
  | { kind: 'absent' };

export interface ApiKey {
  id: number;
  name: string;
  status: KeyStatus;
  secret: KeySecret;
  unlimited: boolean;
  /** Remaining budget in USD; null when unlimited. */
  remainUsd: number | null;
  usedUsd: number;
  /** null = never expires. */
  expiresAt: Date | null;
  createdAt: Date | null;
  accessedAt: Date | null;
  /** Model allow-list; empty = every model the account can use. */
  models: string[];
  /** CIDR allow-list; empty = any address. */
  subnets: string[];
}

/** Everything a user sets on a key. Create takes all of it; update takes any part of it. */
export interface KeyDraft {
  name: string;
  /** true = no per-key budget (the account balance still bounds it). */
  unlimited: boolean;
  /** Budget in USD; ignored when unlimited. */
  quotaUsd: number;
  /** null = never expires. */
  expiresAt: Date | null;
  models: string[];
  subnets: string[];
}

export type KeyPatch = Partial<KeyDraft>;

/** The result of creating a key: where the full secret came from matters to the user. */
export interface CreatedKey {
  key: ApiKey;
  /**
   * 'response': the create response carried the key. 'located': the gateway returned no data and
   * the key was found afterwards by listing (its secret may then be masked or absent).
   */
  source: 'response' | 'located';
}

/** The gateway's name length limit (one-api: 30 bytes; new-api latest allows 50). */
export const KEY_NAME_MAX_BYTES = 30;
