// Composition root of the Electron main process: wiring only (Fiddle's main.ts style). All
// behaviour lives in the plain-Node core (electron/core) and in the small adapters beside this.
import { app, clipboard, dialog, net, powerMonitor, safeStorage, session, shell } from 'electron';

import { createKeytarStore } from '../core/secrets/keytar-store.js';
import type { AppService } from '../core/service/app-service.js';
import { createAppService } from '../core/service/create-app-service.js';
import { startSimulator } from '../simulator/index.js';
import type { AppInfoView } from '../shared/ipc/views.js';
import { resolveAppPaths } from './app-paths.js';
import { registerInvokeHandlers, removeUnusedIpcListeners } from './ipc/register.js';
import { createSenderCheck } from './ipc/trusted-sender.js';
import { loginItemSettings, wasLaunchedAtLogin } from './launch-at-login.js';
import { applyLinuxAutostart } from './linux-autostart.js';
import { watchNetwork } from './network-watch.js';
import { showAlertNotification, showWatchNotification, showNotice } from './notifications.js';
import { createDispatcherFor } from './proxy.js';
import { createMemorySecretStore } from './secrets/memory-secret-store.js';
import { keytarLoaderFor } from './secrets/keytar-loader.js';
import { createSafeStorageStore } from './secrets/safe-storage-store.js';
import { createSwitchableSecretStore } from './secrets/select-secret-store.js';
import { installContentSecurityPolicy } from './security/content-security-policy.js';
import { installPermissionHandlers } from './security/permissions.js';
import { isAppEntryUrl } from './security/renderer-origin.js';
import { createSafeOpenExternal } from './security/safe-open-external.js';
import { installWebContentsGuards } from './security/web-contents-guards.js';
import { connectServiceToEdge } from './service-events.js';
import { createElectronSettingsStore } from './settings-store.js';
import { createTrayActions } from './tray/tray-actions.js';
import { createTrayController } from './tray/tray-controller.js';
import { detectTrayHost, NO_TRAY_HOST_MESSAGE } from './tray/tray-host.js';
import type { TrayPlatform } from './tray/tray-presenter.js';
import { createMainWindow } from './windows/main-window.js';
import type { MainWindow } from './windows/main-window.js';
import { createWindowStateStore } from './windows/window-state.js';

/** electron-builder's appId: Windows ties notifications and the tray-visibility choice to it. */
const APP_USER_MODEL_ID = 'com.aihubmix.tray';
const platform = process.platform as TrayPlatform;

const paths = resolveAppPaths({
  bundleDir: __dirname,
  appPath: app.getAppPath(),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
});

let quitting = false;
/** False on a Linux desktop without a tray host: then the window is the app. */
let trayAvailable = true;
let service: AppService | null = null;
/** Created once the app is ready (it needs userData and the screen). */
let window: MainWindow | null = null;

// One instance: a second launch hands over to the first and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows shows a toast only for an AppUserModelId that a Start Menu shortcut carries: the
  // installer's shortcut has the appId; an unpackaged run has only Electron's own executable
  // (Electron's notifications tutorial: setAppUserModelId(process.execPath) in development).
  if (platform === 'win32') {
    app.setAppUserModelId(app.isPackaged ? APP_USER_MODEL_ID : process.execPath);
  }
  app.on('second-instance', () => window?.show());
  // The app lives in the tray: closing the last window must not quit it, unless there is no
  // tray, where nothing would be left on screen to reopen or quit the app.
  app.on('window-all-closed', () => {
    if (!trayAvailable) app.quit();
  });
  app.on('before-quit', (event) => {
    quitting = true;
    if (service === null) return;
    // Stop polling and close the demo server before quitting; then quit for real.
    const stopping = service;
    service = null;
    event.preventDefault();
    void withTimeout(stopping.stop(), 3_000).finally(() => app.quit());
  });

  const openExternal = createSafeOpenExternal(
    (url) => shell.openExternal(url),
    () => service?.trayModel().account?.baseUrl ?? null,
  );
  // Before the first webContents exists, so no window can miss its guards.
  installWebContentsGuards(app, {
    isAppEntryUrl: (url) => isAppEntryUrl(url, paths.rendererEntryUrl),
    openExternal,
  });

  void app
    .whenReady()
    .then(() => start(openExternal))
    .catch((error: unknown) => {
      // Without this, a failure while starting leaves a process with no tray and no window that
      // the user can neither see nor quit. The message names the failing step; no secret is in
      // scope before the service has started.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[start] ${message}`);
      dialog.showErrorBox('AiHubMix Tray could not start', message);
      app.exit(1);
    });
}

async function start(openExternal: (url: string) => Promise<boolean>): Promise<void> {
  const userData = app.getPath('userData');
  installContentSecurityPolicy(session.defaultSession);
  installPermissionHandlers(session.defaultSession, (contents) =>
    contents !== null && contents.id === window?.contentsId()
      ? isAppEntryUrl(contents.getURL(), paths.rendererEntryUrl)
      : false,
  );

  const settings = createElectronSettingsStore(userData);
  const win = createMainWindow({
    paths,
    state: createWindowStateStore(userData),
    isQuitting: () => quitting,
    hideOnClose: () => trayAvailable,
    platform,
  });
  window = win;
  removeUnusedIpcListeners();

  const secrets = await createSwitchableSecretStore(
    {
      keychain: createKeytarStore(undefined, keytarLoaderFor(__filename)),
      safeStorage: () => createSafeStorageStore(safeStorage, userData),
      memory: createMemorySecretStore,
    },
    settings.get().secretFallback,
  );
  const proxy = createDispatcherFor(session.defaultSession);
  const trayHost = await detectTrayHost(process.platform);
  const appInfo: AppInfoView = {
    version: app.getVersion(),
    platform,
    trayAvailable: trayHost !== 'missing',
    locale: app.getLocale(),
  };
  trayAvailable = appInfo.trayAvailable;
  if (!appInfo.trayAvailable) console.warn(`[tray] ${NO_TRAY_HOST_MESSAGE}`);

  const created = createAppService({
    dataDir: userData,
    secrets,
    settings,
    openExternal: async (url) => {
      await openExternal(url);
    },
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    dispatcherFor: (url) => proxy.dispatcherFor(url),
    appInfo: () => appInfo,
    startDemoServer: async () => {
      const simulator = await startSimulator();
      return { url: simulator.url, accessToken: simulator.accessToken, close: simulator.close };
    },
    applyLaunchAtLogin: (enabled) => applyLaunchAtLogin(enabled),
  });
  service = created;

  registerInvokeHandlers(
    created.handlers,
    createSenderCheck({ appContentsId: () => win.contentsId(), entryUrl: paths.rendererEntryUrl }),
  );

  const tray = createTrayController({
    iconDir: paths.trayIconDir,
    platform,
    model: () => created.trayModel(),
    perform: createTrayActions({
      handlers: created.handlers,
      showView: (view) => win.showView(view),
      quit: () => app.quit(),
    }),
    onActivate: () => win.show(),
  });

  connectServiceToEdge(created, {
    send: (channel, payload) => win.send(channel, payload),
    renderTray: () => tray.render(),
    notifyAlert: (alert) => showAlertNotification(alert, (view) => win.showView(view)),
    notifyWatch: (alert) => showWatchNotification(alert, (view) => win.showView(view)),
    secretFallbackChanged: (fallback) => void secrets.reselect(fallback),
    initialSecretFallback: settings.get().secretFallback,
  });

  powerMonitor.on('resume', () => created.notifyResume());
  powerMonitor.on('unlock-screen', () => created.notifyResume());
  watchNetwork({ isOnline: () => net.isOnline(), onOnline: () => created.notifyOnline() });

  tray.render();
  await created.start();
  tray.render();

  const notice = settings.takeNotice();
  if (notice) showNotice('AiHubMix Tray settings were reset', notice);
  // Launched at login: stay in the tray, unless there is no tray to stay in.
  const hidden = wasLaunchedAtLogin(app, process.platform, process.argv);
  if (!hidden || !appInfo.trayAvailable)
    win.show(created.trayModel().account ? undefined : 'onboarding');
}

function applyLaunchAtLogin(enabled: boolean): void {
  if (platform === 'linux') {
    const executable = app.isPackaged ? (process.env.APPIMAGE ?? process.execPath) : null;
    void applyLinuxAutostart(enabled, executable).catch((error: unknown) =>
      console.warn(`[login] could not update the autostart entry: ${String(error)}`),
    );
    return;
  }
  app.setLoginItemSettings(loginItemSettings(enabled, platform));
}

function withTimeout(task: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([
    task.catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, ms)),
  ]);
}
