import { fork, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../electron/shared/ipc/contract.js';
import type { FakeElectronSnapshot } from '../../fakes/electron/index.js';

/**
 * What `npm start` would launch: the BUILT main bundle, booted under plain Node with the fake
 * electron. Proves the bundle loads (no missing module, no ESM/CommonJS mismatch: electron-store
 * 12 is ESM-only and bundled), registers a handler for every contract channel, creates the tray,
 * and that the preload is one CommonJS file that requires nothing but electron.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const loader = join(root, 'test/fakes/electron/fake-loader.cjs');
const run = promisify(execFile);

let child: ChildProcess | null = null;
let userData = '';
let stderr = '';

function request(type: 'snapshot' | 'close-window' | 'quit'): Promise<FakeElectronSnapshot> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string; snapshot?: FakeElectronSnapshot }): void => {
      if (message.type === 'snapshot' && message.snapshot) {
        child?.off('message', onMessage);
        resolve(message.snapshot);
      }
    };
    child?.on('message', onMessage);
    child?.send({ type }, (error) => error && reject(error));
  });
}

async function snapshotWhen(
  ready: (s: FakeElectronSnapshot) => boolean,
  timeoutMs = 15_000,
): Promise<FakeElectronSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: FakeElectronSnapshot | null = null;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`the bundle exited early:\n${stderr}`);
    last = await request('snapshot');
    if (ready(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out; last snapshot ${JSON.stringify(last)}\n${stderr}`);
}

beforeAll(async () => {
  await run(process.execPath, [join(root, 'electron/build.mjs')], { cwd: root });
  userData = mkdtempSync(join(tmpdir(), 'aihubmix-boot-'));
  // A corrupt settings file from an earlier run: set aside, defaults used, the user told once.
  writeFileSync(join(userData, 'settings.json'), '{"pollIntervalSec": 60,');
  child = fork(join(root, 'dist/main/index.cjs'), [], {
    cwd: root,
    execArgv: ['--require', loader],
    env: {
      ...process.env,
      FAKE_ELECTRON_USER_DATA: userData,
      FAKE_ELECTRON_APP_PATH: root,
      // No session bus: keytar reports no keychain at once, the tray host probe says "missing".
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
}, 60_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

describe('the built main bundle under the fake electron', () => {
  it('loads, registers every contract channel, creates the tray and the window', async () => {
    const snapshot = await snapshotWhen(
      (s) => s.ipcHandlers.length >= INVOKE_CHANNELS.length && s.trays.length > 0,
    );
    expect(stderr).not.toMatch(/Cannot find module|ERR_REQUIRE_ESM|is not a function|TypeError/);
    expect([...snapshot.ipcHandlers].sort()).toEqual([...INVOKE_CHANNELS].sort());
    // electron-store's sendSync listener is removed: no IPC answers outside the contract.
    expect(snapshot.ipcListeners).not.toContain('electron-store-get-data');

    const [tray] = snapshot.trays;
    expect(tray?.imageEmpty).toBe(false); // the icon file exists where main looks for it
    expect(tray?.image).toMatch(/build\/icons\/tray\/signed-out-on-(light|dark)\.png$/);
    expect(tray?.menu?.[0]).toMatchObject({
      label: 'Signed out — open AiHubMix Tray to sign in',
      enabled: false,
    });

    expect(snapshot.session).toEqual({
      headersReceived: true,
      permissionRequest: true,
      permissionCheck: true,
    });
    expect(snapshot.appListeners).toEqual(
      expect.arrayContaining([
        'second-instance',
        'window-all-closed',
        'before-quit',
        'web-contents-created',
      ]),
    );
  });

  it('opens a hardened window on the renderer entry with the bundled preload', async () => {
    // Signed out and (here) no tray host: the window opens on onboarding by itself.
    const snapshot = await snapshotWhen((s) => s.windows[0]?.visible === true);
    const [window] = snapshot.windows;
    expect(window?.visible).toBe(true);
    // Opened straight on the onboarding view (index.html#onboarding), no navigation afterwards.
    expect(window?.loadedHash).toBe('onboarding');
    expect(window?.guards).toEqual(
      expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-attach-webview']),
    );
    expect(window?.windowOpenHandler).toBe(true);
    expect(window?.loadedFile).toBe(join(root, 'dist/renderer/index.html'));
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      preload: join(root, 'dist/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('sets a corrupt settings file aside, starts with defaults and says so once', async () => {
    const snapshot = await snapshotWhen((s) => s.notifications.length > 0);
    expect(readdirSync(userData).some((name) => name.startsWith('settings.json.invalid-'))).toBe(
      true,
    );
    const saved = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as {
      version: number;
      settings: { pollIntervalSec: number };
    };
    expect(saved.version).toBe(1);
    expect(saved.settings.pollIntervalSec).toBe(60);
    expect(snapshot.notifications).toEqual([
      expect.objectContaining({ title: 'AiHubMix Tray settings were reset' }),
    ]);
  });

  it('without a tray host, closing the window quits instead of hiding (nothing else is on screen)', async () => {
    await snapshotWhen((s) => s.windows.some((w) => w.visible));
    const closed = await request('close-window');
    expect(closed.appCalls).toContain('quit');
  });

  it('quits cleanly when asked', async () => {
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child?.send({ type: 'quit' });
    expect(await exited).toBe(0);
  });
});

describe('the built preload', () => {
  it('is one CommonJS file whose only require is electron', () => {
    const source = readFileSync(join(root, 'dist/preload/index.cjs'), 'utf8');
    const requires = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (m) => m[1],
    );
    expect(requires).toEqual(['electron']);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\bimport\(/);
    // zod stays out of the sandbox; the channel names are all there.
    expect(source).not.toMatch(/ZodError|zod/i);
    for (const channel of [...INVOKE_CHANNELS, ...EVENT_CHANNELS])
      expect(source).toContain(channel);
  });
});
