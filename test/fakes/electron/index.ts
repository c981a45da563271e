import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FakeBrowserWindow, allWebContents, hooks, resetWindows } from './fake-windows.js';
import {
  FakeMenu,
  FakeNotification,
  FakeTray,
  nativeImage,
  resetTrayAndNotifications,
  snapshotMenu,
} from './fake-tray.js';
import { fakeState, record, resetState } from './state.js';

/**
 * The ONE hand-written fake of the `electron` module (Electron Fiddle's tests/mocks/electron.ts
 * idea). vitest: `vi.mock('electron', () => import('<this file>'))`; plain Node (booting the
 * built bundle): `node --require test/fakes/electron/fake-loader.cjs dist/main/index.cjs`.
 * It records tray images, titles, tooltips and menus, notifications, windows and their
 * webPreferences, IPC registrations, exposed bridges, opened URLs and session handlers.
 */

export { fakeState } from './state.js';
export { clickMenuItem, snapshotMenu } from './fake-tray.js';
export type { FakeFrame, FakeWebContents } from './fake-windows.js';

// --- app ---

class FakeApp extends EventEmitter {
  private ready = false;
  closingForQuit = false;
  private readonly paths = new Map<string, string>();
  readonly name = 'AiHubMix Tray';
  readonly dock = {
    hide: () => record('dock.hide'),
    show: async () => record('dock.show'),
    isVisible: () => true,
  };
  readonly commandLine = {
    appendSwitch: (...args: unknown[]) => record('commandLine.appendSwitch', ...args),
    hasSwitch: () => false,
  };

  get isPackaged(): boolean {
    return fakeState.controls.isPackaged;
  }
  whenReady(): Promise<void> {
    if (!this.ready) {
      this.ready = true;
      setImmediate(() => this.emit('ready'));
    }
    return new Promise((resolve) => setImmediate(resolve));
  }
  isReady(): boolean {
    return this.ready;
  }
  getPath(name: string): string {
    if (name === 'userData' && fakeState.controls.userDataDir)
      return fakeState.controls.userDataDir;
    const known = ['userData', 'appData', 'temp', 'logs', 'home', 'sessionData', 'crashDumps'];
    if (!known.includes(name)) throw new Error(`fake electron: unexpected app.getPath('${name}')`);
    let path = this.paths.get(name);
    if (!path) {
      path = mkdtempSync(join(tmpdir(), `fake-electron-${name}-`));
      mkdirSync(path, { recursive: true });
      this.paths.set(name, path);
    }
    return path;
  }
  getAppPath(): string {
    return fakeState.controls.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return this.name;
  }
  getLocale(): string {
    return 'en-US';
  }
  requestSingleInstanceLock(): boolean {
    record('requestSingleInstanceLock');
    return fakeState.controls.singleInstanceLock;
  }
  setAppUserModelId(id: string): void {
    record('setAppUserModelId', id);
  }
  setLoginItemSettings(settings: unknown): void {
    record('setLoginItemSettings', settings);
  }
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return { openAtLogin: false, wasOpenedAtLogin: false };
  }
  focus(options?: unknown): void {
    record('focus', options);
  }
  /** Like Electron: before-quit can be cancelled; then will-quit and quit. */
  quit(): void {
    record('quit');
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    // Electron does not emit 'window-all-closed' for the windows a quit closes.
    this.closingForQuit = true;
    for (const window of FakeBrowserWindow.getAllWindows()) window.close();
    this.closingForQuit = false;
    this.emit('will-quit', { preventDefault: () => undefined });
    this.emit('quit', {}, 0);
  }
  exit(code = 0): void {
    record('exit', code);
  }
  resetPaths(): void {
    this.ready = false;
    this.paths.clear();
    this.removeAllListeners();
  }
}

export const app = new FakeApp();
hooks.webContentsCreated = (contents) =>
  app.emit('web-contents-created', { preventDefault() {} }, contents);
hooks.allWindowsClosed = () => {
  if (!app.closingForQuit) app.emit('window-all-closed');
};

// --- IPC ---

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
  handle(channel: string, handler: (...args: unknown[]) => unknown): void {
    // Electron throws on a second handler for a channel: removeHandler first is the idiom.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test helper: what `ipcRenderer.invoke` from `event.sender` would get. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fakeState.rendererInvokes.push({ channel, args });
    return { ok: true, value: { channel, args } };
  }
  send(): never {
    throw new Error('fake electron: the preload must not use ipcRenderer.send');
  }
  sendSync(): never {
    throw new Error('fake electron: the preload must not use ipcRenderer.sendSync');
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fakeState.exposed.push({ key, api });
  },
};

// --- session, shell, clipboard, safeStorage ---

const defaultSession = {
  webRequest: {
    onHeadersReceived(...args: unknown[]): void {
      const listener = args.length > 1 ? args[1] : args[0];
      fakeState.session.headersReceived = listener as typeof fakeState.session.headersReceived;
    },
  },
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    fakeState.session.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    fakeState.session.permissionCheck = handler;
  },
  async resolveProxy(url: string): Promise<string> {
    fakeState.session.resolvedProxies.push(url);
    return fakeState.controls.proxyResult;
  },
};

export const session = { defaultSession };

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content);
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fakeState.openedExternal.push(url);
  },
  async openPath(): Promise<string> {
    return '';
  },
};

export const clipboard = {
  writeText(text: string): void {
    fakeState.clipboard.push(text);
  },
};

const PREFIX = 'fake-encrypted:';

/** Reversible, and the plaintext does not appear in the ciphertext (base64 after a prefix). */
export const safeStorage = {
  isAsyncEncryptionAvailable: async (): Promise<boolean> => fakeState.controls.encryptionAvailable,
  isEncryptionAvailable: (): boolean => fakeState.controls.encryptionAvailable,
  getSelectedStorageBackend: () => fakeState.controls.storageBackend,
  async encryptStringAsync(text: string): Promise<Buffer> {
    if (!fakeState.controls.encryptionAvailable) throw new Error('Encryption is not available.');
    return Buffer.from(PREFIX + Buffer.from(text, 'utf8').toString('base64'));
  },
  async decryptStringAsync(data: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    const text = data.toString('utf8');
    if (!text.startsWith(PREFIX)) throw new Error('Error while decrypting the ciphertext provided');
    const result = Buffer.from(text.slice(PREFIX.length), 'base64').toString('utf8');
    return { result, shouldReEncrypt: false };
  },
};

// --- system ---

export const powerMonitor = new EventEmitter();

export const net = {
  isOnline: (): boolean => fakeState.controls.online,
  get online(): boolean {
    return fakeState.controls.online;
  },
};

class FakeNativeTheme extends EventEmitter {
  themeSource = 'system';
  get shouldUseDarkColors(): boolean {
    return fakeState.controls.darkColors;
  }
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean {
    return fakeState.controls.darkColors;
  }
}

export const nativeTheme = new FakeNativeTheme();

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
  getDisplayMatching: () => display,
};

export const webContents = { getAllWebContents: () => allWebContents };

export { FakeBrowserWindow as BrowserWindow };
export { FakeTray as Tray };
export { FakeMenu as Menu };
export { FakeNotification as Notification };
export { nativeImage };

// --- test helpers ---

export function resetFakeElectron(): void {
  resetState();
  resetWindows();
  resetTrayAndNotifications();
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  powerMonitor.removeAllListeners();
  nativeTheme.removeAllListeners();
  app.resetPaths();
}

/** Everything recorded, as plain JSON data (the boot harness sends it to the test process). */
export function snapshotFakeElectron() {
  return {
    ipcHandlers: [...ipcMain.handlers.keys()],
    ipcListeners: ipcMain.eventNames().map(String),
    trays: FakeTray.trays.map((tray) => ({
      image: tray.image.path,
      imageTemplate: tray.image.template,
      imageEmpty: tray.image.isEmpty(),
      title: tray.title,
      tooltip: tray.tooltip,
      contextMenuSets: tray.contextMenuSets,
      menu: tray.menu ? snapshotMenu(tray.menu.template) : null,
    })),
    windows: FakeBrowserWindow.windows.map((window) => ({
      options: JSON.parse(JSON.stringify(window.options)) as Record<string, unknown>,
      loadedFile: window.loadedFile,
      loadedHash: window.loadedHash,
      loadedUrl: window.loadedUrl,
      visible: window.visible,
      sent: window.webContents.sent.map((message) => message.channel),
      guards: window.webContents.eventNames().map(String),
      windowOpenHandler: window.webContents.windowOpenHandler !== null,
    })),
    notifications: FakeNotification.shown.map((n) => ({ title: n.title, body: n.body })),
    appCalls: fakeState.appCalls.map((call) => call.name),
    appListeners: app.eventNames().map(String),
    openedExternal: [...fakeState.openedExternal],
    session: {
      headersReceived: fakeState.session.headersReceived !== null,
      permissionRequest: fakeState.session.permissionRequest !== null,
      permissionCheck: fakeState.session.permissionCheck !== null,
    },
  };
}

export type FakeElectronSnapshot = ReturnType<typeof snapshotFakeElectron>;

const electron = {
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  session,
  shell,
  clipboard,
  safeStorage,
  powerMonitor,
  net,
  nativeTheme,
  screen,
  webContents,
  nativeImage,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu: FakeMenu,
  Notification: FakeNotification,
};

// electron-store does `import electron from 'electron'`: the default export must carry it all.
export default electron;
