import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

import {
  appSettingsSchema,
  DEFAULT_SETTINGS,
  type AppSettings,
} from '../../shared/domain/settings.js';
import { writeFileAtomic } from '../storage/atomic-file.js';
import type { SettingsStore } from './app-service.js';

export interface JsonSettingsStore extends SettingsStore {
  /** Where a corrupt file was moved at load, so the caller can tell the user; else null. */
  readonly movedAside: string | null;
}

export const settingsFilePath = (dataDir: string): string => join(dataDir, 'settings.json');

/**
 * Settings in an atomic JSON file, for the browser preview and tests (the app uses electron-store).
 * Read once, synchronously, at construction; a file that fails the schema is set aside and the
 * defaults are used, so a bad file never stops the app from starting. Keys missing from an older
 * file take their defaults.
 */
export function createJsonSettingsStore(dataDir: string): JsonSettingsStore {
  const path = settingsFilePath(dataDir);
  let movedAside: string | null = null;
  let current: AppSettings = { ...DEFAULT_SETTINGS };
  let text: string | null = null;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== null) {
    try {
      const raw: unknown = JSON.parse(text);
      const base = typeof raw === 'object' && raw !== null ? raw : {};
      current = appSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...base });
    } catch {
      movedAside = `${path}.corrupt-${Date.now()}`;
      try {
        renameSync(path, movedAside);
      } catch {
        movedAside = null;
      }
    }
  }
  let writes: Promise<void> = Promise.resolve();
  return {
    get movedAside() {
      return movedAside;
    },
    get: () => structuredClone(current),
    set(settings) {
      current = appSettingsSchema.parse(settings);
      const snapshot = `${JSON.stringify(current, null, 2)}\n`;
      // Queued, so an older value can never be renamed over a newer one.
      writes = writes.catch(() => undefined).then(() => writeFileAtomic(path, snapshot));
      return writes;
    },
  };
}
