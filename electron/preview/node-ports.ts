import { createKeytarStore } from '../core/secrets/keytar-store.js';
import { createMemoryStore } from '../core/secrets/memory-store.js';
import type { SecretStore } from '../core/ports.js';
import type { AppServicePorts } from '../core/service/app-service.js';
import { createJsonSettingsStore } from '../core/service/json-settings-store.js';
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from '../simulator/index.js';

/** What the preview records instead of touching the OS, for tests to inspect. */
export interface RecordedClipboard {
  readonly texts: string[];
  last(): string | null;
}

export interface NodePorts {
  ports: AppServicePorts;
  clipboard: RecordedClipboard;
  opened: string[];
  /** The in-process demo server, once "Try the demo" (or --demo) started it. */
  simulator(): SimulatorHandle | null;
}

export type SecretsChoice = 'auto' | 'memory' | SecretStore;

/** keytar when the machine has a usable keychain, else memory for this run (said on stderr). */
export async function chooseSecretStore(choice: SecretsChoice): Promise<SecretStore> {
  if (choice === 'memory') return createMemoryStore();
  if (choice !== 'auto') return choice;
  const keychain = createKeytarStore();
  const status = await keychain.status();
  if (status.available) return keychain;
  console.error(
    `[preview] ${status.reason ?? 'No keychain.'} Tokens are kept in memory for this run.`,
  );
  return createMemoryStore();
}

/**
 * The AppService's ports in plain Node: the browser preview has no tray, no OS clipboard it may
 * write to and no shell, so those are recorded (and logged) instead of performed.
 */
export async function createNodePorts(options: {
  dataDir: string;
  secrets: SecretsChoice;
  simulator?: SimulatorOptions;
  version?: string;
}): Promise<NodePorts> {
  const texts: string[] = [];
  const opened: string[] = [];
  let simulator: SimulatorHandle | null = null;
  const ports: AppServicePorts = {
    dataDir: options.dataDir,
    secrets: await chooseSecretStore(options.secrets),
    settings: createJsonSettingsStore(options.dataDir),
    openExternal: (url) => {
      opened.push(url);
      console.error(`[preview] open in the browser: ${url}`);
      return Promise.resolve();
    },
    clipboard: {
      writeText: (text) => {
        texts.push(text);
        // Never the text itself: it holds full keys.
        console.error(
          `[preview] copied ${text.split('\n').length} line(s) to the recorded clipboard`,
        );
      },
    },
    appInfo: () => ({
      version: options.version ?? '0.0.0-preview',
      platform: 'web',
      trayAvailable: false,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    }),
    startDemoServer: async () => {
      simulator ??= await startSimulator(options.simulator);
      const handle = simulator;
      return {
        url: handle.url,
        accessToken: handle.accessToken,
        close: async () => {
          await handle.close();
          if (simulator === handle) simulator = null;
        },
      };
    },
  };
  return {
    ports,
    clipboard: { texts, last: () => texts.at(-1) ?? null },
    opened,
    simulator: () => simulator,
  };
}
