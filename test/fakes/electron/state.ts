/**
 * What the fake `electron` module records, and the knobs tests turn. One shared object, so a test
 * (or the boot harness of the built bundle) can read everything the main process did.
 *
 * This folder is loaded two ways: by vitest (`vi.mock('electron', () => import(...))`) and by
 * plain Node 24 under `fake-loader.cjs`, which strips the types at load time; so only erasable
 * TypeScript here (no enums, no parameter properties) and only `node:` imports or siblings.
 */

export interface FakeControls {
  online: boolean;
  /** What session.resolveProxy answers (a PAC result string). */
  proxyResult: string;
  /** safeStorage knobs. */
  encryptionAvailable: boolean;
  storageBackend:
    'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
  notificationsSupported: boolean;
  singleInstanceLock: boolean;
  darkColors: boolean;
  isPackaged: boolean;
  appPath: string;
  userDataDir: string;
  argv: string[];
}

export interface RecordedCall {
  name: string;
  args: unknown[];
}

export const fakeState = {
  controls: {
    online: true,
    proxyResult: 'DIRECT',
    encryptionAvailable: true,
    storageBackend: 'gnome_libsecret',
    notificationsSupported: true,
    singleInstanceLock: true,
    darkColors: false,
    isPackaged: false,
    appPath: process.env.FAKE_ELECTRON_APP_PATH ?? process.cwd(),
    userDataDir: process.env.FAKE_ELECTRON_USER_DATA ?? '',
    argv: [],
  } as FakeControls,
  /** App-level calls: setAppUserModelId, setLoginItemSettings, quit, dock.hide, … */
  appCalls: [] as RecordedCall[],
  openedExternal: [] as string[],
  clipboard: [] as string[],
  exposed: [] as Array<{ key: string; api: unknown }>,
  /** ipcRenderer.invoke calls (preload tests). */
  rendererInvokes: [] as Array<{ channel: string; args: unknown[] }>,
  session: {
    headersReceived: null as null | ((details: unknown, callback: (r: unknown) => void) => void),
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    resolvedProxies: [] as string[],
  },
};

const initialControls = { ...fakeState.controls };

/** Back to a fresh state between tests (recorded objects live in their own modules' lists). */
export function resetState(): void {
  fakeState.controls = { ...initialControls, argv: [] };
  fakeState.appCalls.length = 0;
  fakeState.openedExternal.length = 0;
  fakeState.clipboard.length = 0;
  fakeState.exposed.length = 0;
  fakeState.rendererInvokes.length = 0;
  fakeState.session.headersReceived = null;
  fakeState.session.permissionRequest = null;
  fakeState.session.permissionCheck = null;
  fakeState.session.resolvedProxies.length = 0;
}

export function record(name: string, ...args: unknown[]): void {
  fakeState.appCalls.push({ name, args });
}
