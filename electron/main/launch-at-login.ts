import type { App } from 'electron';

/**
 * Launch at login (off by default), starting hidden: a login item that pops a window at every
 * boot is the top complaint about tray apps (cherry-studio #2754). Electron's login items exist
 * on macOS and Windows only; on Linux the XDG autostart file is the desktop's own mechanism,
 * written by linux-autostart.ts.
 */
export const HIDDEN_ARG = '--hidden';

export function loginItemSettings(enabled: boolean, platform: NodeJS.Platform): Electron.Settings {
  // Windows passes args to the login launch, so the app can tell it was started at login.
  // macOS has no args; wasOpenedAtLogin says it (openAsHidden is deprecated since macOS 13).
  return platform === 'win32'
    ? { openAtLogin: enabled, args: [HIDDEN_ARG] }
    : { openAtLogin: enabled };
}

export function wasLaunchedAtLogin(
  app: Pick<App, 'getLoginItemSettings'>,
  platform: NodeJS.Platform,
  argv: readonly string[],
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  if (platform === 'darwin') return app.getLoginItemSettings().wasOpenedAtLogin === true;
  return false;
}
