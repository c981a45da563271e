import { join } from 'node:path';

import { Menu, Tray, nativeImage, nativeTheme } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

import type { TrayModel } from '../../core/service/app-service.js';
import { presentTray } from './tray-presenter.js';
import type {
  TrayAction,
  TrayMenuEntry,
  TrayPlatform,
  TrayPresentation,
} from './tray-presenter.js';

/**
 * The Electron Tray adapter: draws what tray-presenter decides. The Tray lives in a module-level
 * variable because a Tray that is only referenced from a closure can be garbage-collected, and
 * its icon silently disappears (the same reason Fiddle keeps its windows global).
 */
let tray: Tray | null = null;

export interface TrayControllerOptions {
  iconDir: string;
  platform: TrayPlatform;
  model(): TrayModel;
  perform(action: TrayAction): void;
  /** Left click where the OS reports one (Windows, and Linux "activation"): open the window. */
  onActivate(): void;
  now?: () => Date;
  /** Desktop name (XDG_CURRENT_DESKTOP), to guess the panel colour on Linux. */
  desktop?: string;
}

export interface TrayController {
  render(): void;
  destroy(): void;
}

export function createTrayController(options: TrayControllerOptions): TrayController {
  const now = options.now ?? (() => new Date());
  let lastIcon: string | null = null;

  const present = (): TrayPresentation =>
    presentTray({
      model: options.model(),
      platform: options.platform,
      darkTaskbar: isDarkTaskbar(options.platform, options.desktop),
      now: now(),
    });

  const render = (): void => {
    const view = present();
    const iconPath = join(options.iconDir, view.icon.file);
    if (tray === null || tray.isDestroyed()) {
      tray = new Tray(loadIcon(iconPath, view.icon.template));
      lastIcon = iconPath;
      // macOS opens the context menu on click by itself; elsewhere a left click opens the window.
      if (options.platform !== 'darwin') tray.on('click', () => options.onActivate());
    } else if (lastIcon !== iconPath) {
      tray.setImage(loadIcon(iconPath, view.icon.template));
      lastIcon = iconPath;
    }
    if (options.platform === 'darwin') {
      // Monospaced digits keep the menu bar from jiggling as the cents change.
      tray.setTitle(view.title ?? '', { fontType: 'monospacedDigit' });
    }
    tray.setToolTip(view.tooltip);
    // Rebuilt and set again on every change: Linux (StatusNotifierItem) only picks up changes
    // through a new setContextMenu call (docs/api/tray.md).
    tray.setContextMenu(Menu.buildFromTemplate(toTemplate(view.menu, options.perform)));
  };

  const onTheme = (): void => render();
  nativeTheme.on('updated', onTheme);
  // Time-based wording ("last read 14:02", a pause that ends) must not wait for the next event.
  const tick = setInterval(render, 60_000);
  tick.unref?.();

  return {
    render,
    destroy() {
      clearInterval(tick);
      nativeTheme.removeListener('updated', onTheme);
      tray?.destroy();
      tray = null;
      lastIcon = null;
    },
  };
}

function loadIcon(path: string, template: boolean): Electron.NativeImage {
  // createFromPath picks up the @2x sibling by itself for HiDPI.
  const image = nativeImage.createFromPath(path);
  if (image.isEmpty()) console.warn(`[tray] icon not found: ${path}`);
  if (template) image.setTemplateImage(true);
  return image;
}

export function toTemplate(
  entries: TrayMenuEntry[],
  perform: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return { label: entry.label, submenu: toTemplate(entry.items, perform) };
      case 'radio': {
        const action = entry.action;
        return {
          label: entry.label,
          type: 'radio',
          checked: entry.checked,
          click: () => perform(action),
        };
      }
      case 'item': {
        const action = entry.action;
        return action
          ? { label: entry.label, enabled: entry.enabled, click: () => perform(action) }
          : { label: entry.label, enabled: entry.enabled };
      }
    }
  });
}

/**
 * Whether the taskbar or panel is dark. Windows reports the taskbar ("system") theme separately
 * from the apps theme; GNOME's top bar is dark whatever the theme; other Linux panels follow the
 * GTK theme as far as Electron can tell.
 */
function isDarkTaskbar(
  platform: TrayPlatform,
  desktop = process.env.XDG_CURRENT_DESKTOP ?? '',
): boolean {
  if (platform === 'win32') return nativeTheme.shouldUseDarkColorsForSystemIntegratedUI;
  if (platform === 'linux' && /gnome|unity|ubuntu/i.test(desktop)) return true;
  return nativeTheme.shouldUseDarkColors;
}

/** For tests: the live Tray (null when none). */
export function currentTray(): Tray | null {
  return tray;
}
