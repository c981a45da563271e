import { DEFAULT_SETTINGS } from '../shared/domain/settings.js';

/**
 * Hand-written, idempotent upgrades of the settings file, run at start before validation.
 * electron-store's own `migrations` option is documented by its author as unsupported with known
 * bugs, so the file carries a `version` and this function is the only migration path.
 *
 *   v0: the settings keys at the top level of the file (no version).
 *   v1: { version: 1, settings: { ...AppSettings } }.
 *
 * Unknown newer versions are left alone (downgraded app): validation decides what survives.
 */
export const SETTINGS_FILE_VERSION = 1;

export interface SettingsFile {
  version: number;
  settings: Record<string, unknown>;
}

export function migrateSettingsFile(raw: unknown): SettingsFile {
  const file = isRecord(raw) ? raw : {};
  const version = typeof file.version === 'number' ? file.version : 0;
  if (version >= 1) {
    return { version, settings: isRecord(file.settings) ? { ...file.settings } : {} };
  }
  // v0 → v1: lift the known keys into `settings`; anything else at the top level (electron-store
  // bookkeeping such as `__internal__`) is dropped.
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    if (key in file) settings[key] = file[key];
  }
  return { version: 1, settings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
