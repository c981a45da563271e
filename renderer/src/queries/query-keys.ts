/**
 * React Query keys. Account-scoped data carries the account id so switching accounts never shows
 * one account's keys under another's name.
 */
export const queryKeys = {
  appInfo: ['app-info'] as const,
  accounts: ['accounts'] as const,
  settings: ['settings'] as const,
  secretBackend: ['secret-backend'] as const,
  balance: (accountId: string | null) => ['balance', accountId] as const,
  keys: (accountId: string | null) => ['keys', accountId] as const,
  availableModels: (accountId: string | null) => ['available-models', accountId] as const,
};
