import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { HIDDEN_ARG } from './launch-at-login.js';

/**
 * Launch at login on Linux: an XDG autostart entry (~/.config/autostart), which GNOME, KDE, XFCE
 * and most others honour. Only for a packaged app: in development the executable is Electron
 * itself, and an entry pointing at it would start a bare Electron at every login.
 */
export const AUTOSTART_FILE = 'aihubmix-tray.desktop';

export function autostartEntry(executable: string): string {
  // Quoted per the Desktop Entry spec, so a path with spaces survives.
  const exec = `"${executable.replace(/(["`$\\])/g, '\\$1')}" ${HIDDEN_ARG}`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=AiHubMix Tray',
    'Comment=AiHubMix balance in the system tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export async function applyLinuxAutostart(
  enabled: boolean,
  executable: string | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const dir = join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart');
  const file = join(dir, AUTOSTART_FILE);
  if (!enabled || executable === null) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(dir, { recursive: true });
  await writeFile(file, autostartEntry(executable), { mode: 0o644 });
}
