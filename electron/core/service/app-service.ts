import type { Dispatcher } from 'undici';

import type { AppSettings } from '../../shared/domain/settings.js';
import type { MonitorState } from '../../shared/domain/balance.js';
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeResponse,
  ValidInvokeRequest,
} from '../../shared/ipc/contract.js';
import type { AccountView, AppInfoView } from '../../shared/ipc/views.js';
import type { Clock, SecretStore } from '../ports.js';

/**
 * The app's behaviour behind the IPC contract, with no Electron in it: the Electron main process
 * registers these handlers on ipcMain, the browser-preview bridge on a WebSocket, and tests call
 * them directly. Requests arrive already validated against the contract's schemas.
 */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: ValidInvokeRequest<C>) => Promise<InvokeResponse<C>>;
};

export type AppEventListener = <E extends EventChannel>(
  channel: E,
  payload: EventPayloads[E],
) => void;

export interface AppService {
  readonly handlers: InvokeHandlers;
  /** Every event of the contract, for the window(s), the tray and notifications. */
  subscribe(listener: AppEventListener): () => void;
  /** Loads accounts and settings, starts balance polling for the active account. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The OS woke up / the network came back: poll at once. */
  notifyResume(): void;
  notifyOnline(): void;
  /** What the tray draws. */
  trayModel(): TrayModel;
}

/** Everything the tray needs, derived from the monitor state, the account and the settings. */
export interface TrayModel {
  state: MonitorState;
  account: AccountView | null;
  alertsPausedUntil: Date | null;
  accounts: AccountView[];
}

/** The demo server as the service sees it; `close` is called when the service stops. */
export interface DemoServerHandle {
  url: string;
  accessToken: string;
  close?(): Promise<void>;
}

/** Non-secret settings persistence (electron-store in the app, a JSON file in the preview). */
export interface SettingsStore {
  get(): AppSettings;
  set(settings: AppSettings): Promise<void> | void;
}

export interface AppServicePorts {
  /** The app's data folder (Electron's userData). */
  dataDir: string;
  /** Where access tokens and chat keys live (the keychain, or the fallback the user chose). */
  secrets: SecretStore;
  settings: SettingsStore;
  clock?: Clock;
  /** Opens a URL in the user's browser (already checked by the caller's policy). */
  openExternal(url: string): Promise<void>;
  clipboard: { writeText(text: string): void };
  /** The proxy to use for a URL (Electron's session.resolveProxy); undefined = direct. */
  dispatcherFor?(url: string): Promise<Dispatcher | undefined>;
  appInfo(): AppInfoView;
  /** Starts the built-in local AiHubMix-compatible server for "Try the demo". */
  startDemoServer(): Promise<DemoServerHandle>;
  /** Applies "launch at login" to the OS (no-op outside Electron). */
  applyLaunchAtLogin?(enabled: boolean): void;
}
