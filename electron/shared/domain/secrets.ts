/** Which secret store is in use, for the settings page and error messages. */
export type SecretBackend = 'keychain' | 'safe-storage' | 'memory' | 'none';

export interface SecretBackendStatus {
  backend: SecretBackend;
  /** false when the store cannot keep secrets (no keychain, locked keyring, …). */
  available: boolean;
  /** Why it is unavailable, in a sentence a user understands. */
  reason?: string;
}
