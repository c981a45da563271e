import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

/** A fake WebContents: records what main sends and the guards it installs. */

let nextId = 1;

export interface FakeFrame {
  url: string;
  routingId: number;
  processId: number;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame: FakeFrame = { url: '', routingId: 1, processId: 1, parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly session = { id: 'default' };

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Test helper: a frame object that is not the main frame (an iframe of this page). */
  subframe(url: string): FakeFrame {
    return { url, routingId: 2, processId: this.mainFrame.processId, parent: this.mainFrame };
  }
}

export const allWebContents: FakeWebContents[] = [];

/**
 * Set by index.ts: Electron's app emits 'web-contents-created' for every new webContents, and
 * 'window-all-closed' when the last window is gone.
 */
export const hooks = {
  webContentsCreated: (_contents: FakeWebContents): void => undefined,
  allWindowsClosed: (): void => undefined,
};

export interface FakeWindowOptions {
  show?: boolean;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly windows: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.windows.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly options: FakeWindowOptions;
  loadedFile: string | null = null;
  loadedHash: string | null = null;
  loadedUrl: string | null = null;
  visible: boolean;
  minimized = false;
  focused = false;
  destroyed = false;
  bounds = { x: 10, y: 10, width: 960, height: 680 };

  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    this.visible = options.show !== false;
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      const value = options[key];
      if (typeof value === 'number') this.bounds[key] = value;
    }
    FakeBrowserWindow.windows.push(this);
    allWebContents.push(this.webContents);
    hooks.webContentsCreated(this.webContents);
  }

  async loadFile(path: string, options?: { hash?: string }): Promise<void> {
    this.loadedFile = path;
    this.loadedHash = options?.hash ?? null;
    const url = pathToFileURL(path);
    if (options?.hash) url.hash = options.hash;
    this.webContents.mainFrame.url = url.href;
    this.finishLoad();
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    this.finishLoad();
  }
  private finishLoad(): void {
    setImmediate(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    });
  }
  show(): void {
    this.visible = true;
    this.focused = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<typeof this.bounds>): void {
    Object.assign(this.bounds, bounds);
  }
  /** Like Electron: emits a cancellable 'close', then destroys unless prevented. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) hooks.allWindowsClosed();
  }
}

export function resetWindows(): void {
  FakeBrowserWindow.windows.length = 0;
  allWebContents.length = 0;
}
