import { BrowserWindow, app, screen } from 'electron';

import type { AppView } from '../../shared/ipc/views.js';
import type { EventChannel, EventPayloads } from '../../shared/ipc/contract.js';
import type { AppPaths } from '../app-paths.js';
import { sendEvent } from '../ipc/register.js';
import type { WindowStateStore } from './window-state.js';

/**
 * The app's one window. Created on first need, then kept: closing it hides it (the app lives in
 * the tray, and the renderer keeps its state), except when the app is quitting or there is no
 * tray to come back from.
 */
export interface MainWindowOptions {
  paths: AppPaths;
  state: WindowStateStore;
  isQuitting(): boolean;
  /**
   * Whether closing only hides the window: true while a tray icon can bring it back. Without a
   * tray host (a Linux desktop with no StatusNotifierWatcher) a hidden window would leave the app
   * running with nothing on screen, and no way to quit it; there the close is real.
   */
  hideOnClose(): boolean;
  platform: NodeJS.Platform;
}

export interface MainWindow {
  show(view?: AppView): void;
  /** The tray or a notification asked for a view: show the window and tell the renderer. */
  showView(view: AppView): void;
  send<E extends EventChannel>(channel: E, payload: EventPayloads[E]): void;
  /** The webContents id the IPC sender check trusts (null before the window exists). */
  contentsId(): number | null;
  isVisible(): boolean;
  destroy(): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  let window: BrowserWindow | null = null;
  let loaded = false;
  let pendingView: AppView | null = null;

  /** A new window opens straight on the asked-for view (`index.html#models`): no detour. */
  const create = (view?: AppView): BrowserWindow => {
    const bounds = options.state.load(screen.getAllDisplays().map((d) => d.workArea));
    const created = new BrowserWindow({
      ...bounds,
      minWidth: 720,
      minHeight: 520,
      show: false, // shown on ready-to-show: no white flash
      title: 'AiHubMix Tray',
      icon: options.platform === 'darwin' ? undefined : options.paths.appIcon,
      autoHideMenuBar: true,
      backgroundColor: '#00000000',
      webPreferences: {
        preload: options.paths.preload,
        // Written out even though they are Electron's defaults: they document the intent and
        // make the security audit (Electronegativity) read them (security checklist 2-4, 6).
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
      },
    });
    created.once('ready-to-show', () => {
      created.show();
    });
    created.webContents.on('did-finish-load', () => {
      loaded = true;
      if (pendingView) {
        const view = pendingView;
        pendingView = null;
        sendEvent(created.webContents, 'app:navigate', { view });
      }
    });
    created.on('close', (event) => {
      options.state.save(created.getBounds());
      // The window hides instead of closing while the app runs in the tray; a quit (or a
      // desktop without a tray) really closes it.
      if (!options.isQuitting() && options.hideOnClose()) {
        event.preventDefault();
        created.hide();
      }
    });
    created.on('closed', () => {
      if (window === created) {
        window = null;
        loaded = false;
      }
    });
    void created.loadFile(options.paths.rendererEntry, view ? { hash: view } : undefined);
    return created;
  };

  const show = (view?: AppView): void => {
    const isNew = window === null || window.isDestroyed();
    if (isNew) window = create(view);
    const current = window as BrowserWindow;
    if (view && !isNew) {
      if (loaded) sendEvent(current.webContents, 'app:navigate', { view });
      else pendingView = view;
    }
    if (isNew) return; // ready-to-show shows it
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
    // A menu-bar app (LSUIElement) is not activated by showing a window.
    if (options.platform === 'darwin') app.focus({ steal: true });
  };

  return {
    show,
    showView: (view) => show(view),
    send(channel, payload) {
      if (window && !window.isDestroyed() && loaded)
        sendEvent(window.webContents, channel, payload);
    },
    contentsId: () => (window && !window.isDestroyed() ? window.webContents.id : null),
    isVisible: () => window !== null && !window.isDestroyed() && window.isVisible(),
    destroy() {
      window?.destroy();
      window = null;
    },
  };
}
