import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import { resolveAppPaths } from '../../../electron/main/app-paths.js';
import { createMainWindow } from '../../../electron/main/windows/main-window.js';
import type { Bounds } from '../../../electron/main/windows/window-bounds.js';
import { BrowserWindow, resetFakeElectron } from '../../fakes/electron/index.js';

const paths = resolveAppPaths({
  bundleDir: '/opt/app/resources/app.asar/dist/main',
  appPath: '/opt/app/resources/app.asar',
  isPackaged: true,
  resourcesPath: '/opt/app/resources',
});

function setup(options: { quitting?: boolean; hideOnClose?: boolean } = {}) {
  const saved: Bounds[] = [];
  const win = createMainWindow({
    paths,
    state: { load: () => ({ width: 900, height: 600 }), save: (bounds) => saved.push(bounds) },
    isQuitting: () => options.quitting ?? false,
    hideOnClose: () => options.hideOnClose ?? true,
    platform: 'linux',
  });
  win.show();
  const created = BrowserWindow.windows.at(-1);
  if (!created) throw new Error('no window was created');
  return { win, created, saved };
}

const loaded = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => resetFakeElectron());

describe('the main window', () => {
  it('is created sandboxed and isolated, loads the packaged page and the one-file preload', () => {
    const { created } = setup();
    expect(created.options.webPreferences).toMatchObject({
      preload: '/opt/app/resources/app.asar/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(created.loadedFile).toBe('/opt/app/resources/app.asar/dist/renderer/index.html');
    expect(created.options.show).toBe(false);
  });

  it('hides on close while a tray can bring it back, and saves its bounds', () => {
    const { created, saved } = setup({ hideOnClose: true });
    created.show();
    created.close();
    expect(created.isDestroyed()).toBe(false);
    expect(created.isVisible()).toBe(false);
    expect(saved).toHaveLength(1);
  });

  it('really closes without a tray host, and when the app quits', () => {
    const noTray = setup({ hideOnClose: false });
    noTray.created.close();
    expect(noTray.created.isDestroyed()).toBe(true);
    expect(noTray.saved).toHaveLength(1);

    const quitting = setup({ quitting: true });
    quitting.created.close();
    expect(quitting.created.isDestroyed()).toBe(true);
  });

  it('a new window asked for a view opens straight on it (index.html#models)', async () => {
    const win = createMainWindow({
      paths,
      state: { load: () => ({ width: 900, height: 600 }), save: () => undefined },
      isQuitting: () => false,
      hideOnClose: () => true,
      platform: 'linux',
    });
    win.showView('models');
    const created = BrowserWindow.windows.at(-1);
    expect(created?.loadedHash).toBe('models');
    await loaded();
    // The page reads its view from the hash: no second navigation after it loads.
    expect(created?.webContents.sent).toEqual([]);
  });

  it('a view asked for before the page loaded is sent once it has', async () => {
    const { win, created } = setup();
    win.showView('keys');
    expect(created.webContents.sent).toEqual([]);
    await loaded();
    expect(created.webContents.sent).toEqual([
      { channel: 'app:navigate', payload: { view: 'keys' } },
    ]);
    win.showView('chat');
    expect(created.webContents.sent.at(-1)).toEqual({
      channel: 'app:navigate',
      payload: { view: 'chat' },
    });
  });
});
