import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the main process finds its files, in development (`electron .` from the repository) and
 * packaged (app.asar plus electron-builder's extraResources). Pure, so both layouts are tested.
 */
export interface AppPaths {
  /** The sandboxed preload: one CommonJS file next to the main bundle's folder. */
  preload: string;
  /** The renderer's entry page (Vite's output). */
  rendererEntry: string;
  /** The same as a file:// URL: the only page allowed to call IPC and to be navigated to. */
  rendererEntryUrl: string;
  /** Tray PNGs: build/icons/tray in development, resources/tray when packaged. */
  trayIconDir: string;
  /** The window icon (Linux and Windows show it in the task switcher). */
  appIcon: string;
}

export interface AppPathsInput {
  /** `__dirname` of the main bundle (dist/main). */
  bundleDir: string;
  /** `app.getAppPath()`: the repository root in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  /** `process.resourcesPath` (only meaningful when packaged). */
  resourcesPath: string | undefined;
}

export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const dist = join(input.bundleDir, '..');
  const rendererEntry = join(dist, 'renderer', 'index.html');
  // Icons are extraResources, outside app.asar: the OS tray host and notification daemons read
  // them by path, and some cannot read inside an asar archive.
  const resources =
    input.isPackaged && input.resourcesPath ? input.resourcesPath : join(input.appPath, 'build');
  return {
    preload: join(dist, 'preload', 'index.cjs'),
    rendererEntry,
    rendererEntryUrl: pathToFileURL(rendererEntry).href,
    trayIconDir: input.isPackaged ? join(resources, 'tray') : join(resources, 'icons', 'tray'),
    appIcon: join(resources, 'icon.png'),
  };
}
