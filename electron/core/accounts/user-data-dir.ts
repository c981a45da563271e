import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DATA_FOLDER_NAME = 'AiHubMix Tray';

/**
 * The folder Electron's `app.getPath('userData')` resolves to for this app, computed without
 * Electron so the CLI reads and writes the same files as the tray. `AIHUBMIX_TRAY_DATA_DIR`
 * overrides it (tests, portable setups).
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.AIHUBMIX_TRAY_DATA_DIR;
  if (override) return override;
  if (platform === 'darwin')
    return join(home, 'Library', 'Application Support', APP_DATA_FOLDER_NAME);
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DATA_FOLDER_NAME);
  }
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DATA_FOLDER_NAME);
}
