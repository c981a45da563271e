import type { KeyStatus } from './keys.js';

/**
 * Which of the account's keys can call a model. A key with no model limits can call every model
 * the account can use; a limited key only the models it lists. A disabled, expired or exhausted
 * key is still listed (its limits still say what it would call) but marked unusable, so the user
 * sees the fix instead of a silent absence.
 */
export interface KeyScope {
  id: number;
  name: string;
  status: KeyStatus;
  /** Enabled: calls would be accepted now. */
  usable: boolean;
  /** No model limits: every model the account can use. */
  allModels: boolean;
  /** The key's model limits (empty when allModels). */
  models: string[];
}

export interface KeyAccessView {
  keys: KeyScope[];
  /** Model ids this account can use; null when unknown (then unlimited keys count as "all"). */
  available: string[] | null;
}
