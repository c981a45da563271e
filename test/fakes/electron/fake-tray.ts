import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';

/** Fake Tray, Menu, nativeImage and Notification: they record what the user would see. */

export interface FakeMenuItemOptions {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  checked?: boolean;
  submenu?: FakeMenuItemOptions[] | FakeMenu;
  click?: (...args: unknown[]) => void;
  [key: string]: unknown;
}

export class FakeMenu {
  readonly template: FakeMenuItemOptions[];
  constructor(template: FakeMenuItemOptions[]) {
    this.template = template;
  }
  static buildFromTemplate(template: FakeMenuItemOptions[]): FakeMenu {
    return new FakeMenu(template);
  }
  static applicationMenu: FakeMenu | null = null;
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }
}

/** A menu as plain data (no functions), for assertions and for crossing a process boundary. */
export interface MenuSnapshot {
  label: string | null;
  type: string;
  enabled: boolean;
  checked?: boolean;
  submenu?: MenuSnapshot[];
}

export function snapshotMenu(items: FakeMenuItemOptions[]): MenuSnapshot[] {
  return items.map((item) => {
    const sub = item.submenu instanceof FakeMenu ? item.submenu.template : item.submenu;
    const out: MenuSnapshot = {
      label: item.label ?? null,
      type: item.type ?? (sub ? 'submenu' : 'normal'),
      enabled: item.enabled ?? true,
    };
    if (item.checked !== undefined) out.checked = item.checked;
    if (sub) out.submenu = snapshotMenu(sub);
    return out;
  });
}

/** Finds an item by label (depth-first) and clicks it, as a user would. */
export function clickMenuItem(items: FakeMenuItemOptions[], label: string): void {
  for (const item of items) {
    if (item.label === label) {
      if (item.enabled === false) throw new Error(`menu item "${label}" is disabled`);
      item.click?.(item, undefined, {});
      return;
    }
    const sub = item.submenu instanceof FakeMenu ? item.submenu.template : item.submenu;
    if (sub) {
      try {
        clickMenuItem(sub, label);
        return;
      } catch (error) {
        if (!String(error).includes('no menu item')) throw error;
      }
    }
  }
  throw new Error(`no menu item "${label}"`);
}

export class FakeNativeImage {
  readonly path: string;
  template = false;
  constructor(path: string) {
    this.path = path;
  }
  setTemplateImage(template: boolean): void {
    this.template = template;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  /** Like Electron, a path that cannot be read gives an empty image. */
  isEmpty(): boolean {
    return this.path === '' || !existsSync(this.path);
  }
}

export const nativeImage = {
  createFromPath: (path: string): FakeNativeImage => new FakeNativeImage(path),
  createEmpty: (): FakeNativeImage => new FakeNativeImage(''),
};

export class FakeTray extends EventEmitter {
  static readonly trays: FakeTray[] = [];
  image: FakeNativeImage;
  /** Every image set, in order (the constructor's first). */
  readonly images: FakeNativeImage[];
  title: string | null = null;
  titleOptions: unknown = null;
  tooltip: string | null = null;
  menu: FakeMenu | null = null;
  contextMenuSets = 0;
  destroyed = false;

  constructor(image: FakeNativeImage | string) {
    super();
    this.image = typeof image === 'string' ? new FakeNativeImage(image) : image;
    this.images = [this.image];
    FakeTray.trays.push(this);
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = typeof image === 'string' ? new FakeNativeImage(image) : image;
    this.images.push(this.image);
  }
  setTitle(title: string, options?: unknown): void {
    this.title = title;
    this.titleOptions = options ?? null;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
    this.contextMenuSets += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class FakeNotification extends EventEmitter {
  static readonly shown: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly title: string;
  readonly body: string;
  readonly options: Record<string, unknown>;
  constructor(options: { title?: string; body?: string; [key: string]: unknown } = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  show(): void {
    FakeNotification.shown.push(this);
  }
  close(): void {
    this.emit('close');
  }
  /** Test helper: the user clicked the notification. */
  click(): void {
    this.emit('click', { preventDefault: () => undefined });
  }
}

export function resetTrayAndNotifications(): void {
  FakeTray.trays.length = 0;
  FakeNotification.shown.length = 0;
  FakeNotification.supported = true;
  FakeMenu.applicationMenu = null;
}
