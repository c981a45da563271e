import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import Store from 'electron-store';

import type { SettingsStore } from '../core/service/app-service.js';
import { appSettingsSchema, DEFAULT_SETTINGS } from '../shared/domain/settings.js';
import type { AppSettings } from '../shared/domain/settings.js';
import { migrateSettingsFile, SETTINGS_FILE_VERSION } from './settings-migrations.js';
import type { SettingsFile } from './settings-migrations.js';

/**
 * The app's non-secret settings in electron-store (atomic writes, in userData). Never a secret:
 * electron-store's `encryptionKey` is obfuscation, not security (its readme), and the token lives
 * in the keychain. Validated with the shared zod schema on read; a file that cannot be parsed or
 * validated is copied aside, replaced by defaults, and the user is told once (`takeNotice`).
 * electron-store 12 is ESM-only: esbuild bundles it into the CommonJS main.
 */
export interface ElectronSettingsStore extends SettingsStore {
  /** Where the bad file was copied, when it was. */
  readonly setAside: string | null;
  /** A one-time message for the user (null after the first call, or when all was well). */
  takeNotice(): string | null;
}

const FILE_NAME = 'settings';

export function createElectronSettingsStore(userDataDir: string): ElectronSettingsStore {
  const path = join(userDataDir, `${FILE_NAME}.json`);
  let setAside: string | null = null;

  // A file that is not JSON at all would make electron-store throw (or, with clearInvalidConfig,
  // silently wipe it): copy it aside first, so nothing is lost without a trace.
  if (existsSync(path) && !parsesAsJson(path)) {
    setAside = copyAside(path);
    rmSync(path, { force: true });
  }

  const store = new Store<SettingsFile>({
    name: FILE_NAME,
    cwd: userDataDir,
    clearInvalidConfig: true,
    // Writes from other processes (a second instance is refused anyway) are not watched.
    watch: false,
  });

  const migrated = migrateSettingsFile(store.store);
  const parsed = appSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...migrated.settings });
  let current: AppSettings;
  if (parsed.success) {
    current = parsed.data;
  } else {
    setAside ??= copyAside(path);
    current = structuredClone(DEFAULT_SETTINGS);
  }
  const needsWrite =
    !parsed.success ||
    migrated.version !== SETTINGS_FILE_VERSION ||
    JSON.stringify(migrated.settings) !== JSON.stringify(current);
  if (needsWrite) store.store = { version: SETTINGS_FILE_VERSION, settings: current };

  let notice: string | null = setAside
    ? 'Your settings file could not be read, so the defaults are in use. A copy of the old file was kept next to it.'
    : null;

  return {
    get setAside() {
      return setAside;
    },
    takeNotice() {
      const message = notice;
      notice = null;
      return message;
    },
    get: () => structuredClone(current),
    set(settings) {
      // The service validates patches; this is the last line before disk, so check again.
      const valid = appSettingsSchema.parse(settings);
      store.store = { version: SETTINGS_FILE_VERSION, settings: valid };
      current = structuredClone(valid);
    },
  };
}

function parsesAsJson(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

function copyAside(path: string): string | null {
  if (!existsSync(path)) return null;
  const aside = `${path}.invalid-${Date.now()}`;
  try {
    copyFileSync(path, aside);
    return aside;
  } catch {
    return null;
  }
}
