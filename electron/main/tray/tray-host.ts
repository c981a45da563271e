import { execFile } from 'node:child_process';

/**
 * Is there a tray host to show our icon? On Linux, Electron's tray is a StatusNotifierItem, shown
 * only when a StatusNotifierWatcher owns its name on the session bus; GNOME has none without an
 * extension (electron #53213, #28131), and then the icon is simply invisible. When the watcher is
 * missing the app shows its window instead and tells the user why (AppInfoView.trayAvailable).
 * macOS and Windows always have one.
 */
export type TrayHostStatus = 'available' | 'missing' | 'unknown';

const WATCHER = 'org.kde.StatusNotifierWatcher';
const TIMEOUT_MS = 1_500;

export type RunCommand = (file: string, args: string[]) => Promise<string>;

export async function detectTrayHost(
  platform: NodeJS.Platform,
  run: RunCommand = runWithTimeout,
): Promise<TrayHostStatus> {
  if (platform !== 'linux') return 'available';
  const attempts: Array<[string, string[]]> = [
    [
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${WATCHER}`,
      ],
    ],
    [
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        WATCHER,
      ],
    ],
  ];
  for (const [file, args] of attempts) {
    try {
      const answer = parseNameHasOwner(await run(file, args));
      if (answer !== null) return answer ? 'available' : 'missing';
    } catch (error) {
      // The tool is not installed: try the next one, and say "unknown" if neither exists.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      // The tool ran but there is no session bus (or it timed out): no watcher can be reached.
      return 'missing';
    }
  }
  return 'unknown';
}

/** dbus-send prints "boolean true"; gdbus prints "(true,)". */
export function parseNameHasOwner(stdout: string): boolean | null {
  if (/\bboolean\s+true\b|\(true,?\)/.test(stdout)) return true;
  if (/\bboolean\s+false\b|\(false,?\)/.test(stdout)) return false;
  return null;
}

function runWithTimeout(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/** The one-line explanation shown in the window when the tray cannot be shown. */
export const NO_TRAY_HOST_MESSAGE =
  'Your desktop has no system tray, so AiHubMix Tray runs in this window (on GNOME, install the AppIndicator extension to get the tray icon).';
