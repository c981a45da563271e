import type { SecretBackendStatus, SecretStore } from '../ports.js';

/** The keychain service name shared by the app and the CLI, so `hubmix login` and the tray agree. */
export const KEYCHAIN_SERVICE = 'AiHubMix Tray';

interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

/**
 * The OS keychain through keytar (macOS Keychain, Windows Credential Vault, Linux Secret Service).
 * keytar is a native module loaded lazily: a missing build or a machine without a Secret Service
 * turns into an unavailable status with a reason, never a crash at start-up.
 */
export function createKeytarStore(
  service: string = KEYCHAIN_SERVICE,
  load: () => Promise<KeytarModule> = loadKeytar,
): SecretStore {
  let loaded: Promise<KeytarModule> | null = null;
  const keytar = (): Promise<KeytarModule> => (loaded ??= load());

  const run = async <T>(operation: (module: KeytarModule) => Promise<T>): Promise<T> => {
    try {
      return await operation(await keytar());
    } catch (error) {
      throw new KeychainUnavailableError(describeKeychainError(error), { cause: error });
    }
  };

  return {
    async status(): Promise<SecretBackendStatus> {
      try {
        // A read of a name that never exists proves the bus, the daemon and the collection.
        await (await keytar()).getPassword(service, '__probe__');
        return { backend: 'keychain', available: true };
      } catch (error) {
        return { backend: 'keychain', available: false, reason: describeKeychainError(error) };
      }
    },
    get: (account) => run((k) => k.getPassword(service, account)),
    set: (account, secret) => run((k) => k.setPassword(service, account, secret)),
    delete: (account) => run((k) => k.deletePassword(service, account)),
  };
}

export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';
}

async function loadKeytar(): Promise<KeytarModule> {
  // A dynamic import keeps the native module out of start-up paths that never need it.
  const imported = (await import('keytar')) as unknown as { default?: KeytarModule } & KeytarModule;
  return imported.default ?? imported;
}

/** Turns keytar's low-level failures into one sentence a user can act on. */
export function describeKeychainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Cannot autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|Failed to connect to socket/i.test(text)) {
    return 'No desktop session bus was found, so the system keychain cannot be reached.';
  }
  if (/org\.freedesktop\.secrets was not provided|ServiceUnknown/i.test(text)) {
    return 'No Secret Service (such as GNOME Keyring or KWallet) is running, so there is no keychain to store the token in.';
  }
  if (/Object does not exist at path|collection\/login|is locked|prompt/i.test(text)) {
    return 'The system keychain is locked. Unlock it (for example by logging in again) and retry.';
  }
  if (/Cannot find module|ERR_DLOPEN_FAILED|libsecret|was compiled against/i.test(text)) {
    return 'The keychain module could not be loaded on this system (libsecret may be missing).';
  }
  return 'The system keychain refused the request.';
}
