import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import {
  BRIDGE_GLOBAL,
  bridgeEventName,
  bridgeMethodPath,
} from '../../../electron/shared/ipc/bridge-api.js';
import type { BridgeApi } from '../../../electron/shared/ipc/bridge-api.js';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../electron/shared/ipc/contract.js';
import { fakeState, ipcRenderer, resetFakeElectron } from '../../fakes/electron/index.js';

async function loadPreload(): Promise<BridgeApi> {
  resetFakeElectron();
  await import('../../../electron/preload/index.js');
  expect(fakeState.exposed).toHaveLength(1);
  const [exposed] = fakeState.exposed;
  expect(exposed?.key).toBe(BRIDGE_GLOBAL);
  return exposed?.api as BridgeApi;
}

let api: BridgeApi;
// The preload runs once per renderer, as in Electron; each test starts with clean recordings.
beforeAll(async () => {
  api = await loadPreload();
});
beforeEach(() => {
  fakeState.rendererInvokes.length = 0;
  ipcRenderer.removeAllListeners();
});

describe('the preload bridge', () => {
  it("exposes exactly the contract's functions under window.aihubmix", () => {
    const expected: Record<string, string[]> = {};
    for (const channel of INVOKE_CHANNELS) {
      const [domain, method] = bridgeMethodPath(channel);
      (expected[domain] ??= []).push(method);
    }
    expected.events = EVENT_CHANNELS.map((channel) => bridgeEventName(channel));
    const actual = Object.fromEntries(
      Object.entries(api as unknown as Record<string, Record<string, unknown>>).map(
        ([key, group]) => [key, Object.keys(group)],
      ),
    );
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, names] of Object.entries(expected)) {
      expect(actual[key]?.sort()).toEqual([...names].sort());
    }
    // Only functions, named after their method: no generic invoke, no raw ipcRenderer.
    for (const group of Object.values(api as unknown as Record<string, Record<string, unknown>>)) {
      for (const [name, value] of Object.entries(group)) {
        expect(typeof value).toBe('function');
        expect((value as { name: string }).name).toBe(name);
      }
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|send|ipc/i);
  });

  it('each function invokes its own channel with exactly one argument', async () => {
    await api.keys.setEnabled({ id: 3, enabled: false });
    await api.balance.refresh();
    await (api.keys.get as (...args: unknown[]) => Promise<unknown>)({ id: 1 }, 'extra', 'args');
    expect(fakeState.rendererInvokes).toEqual([
      { channel: 'keys:set-enabled', args: [{ id: 3, enabled: false }] },
      { channel: 'balance:refresh', args: [undefined] },
      { channel: 'keys:get', args: [{ id: 1 }] },
    ]);
  });

  it('listeners receive only the payload, and unsubscribe works', () => {
    const seen: unknown[] = [];
    const off = api.events.onAppNavigate((payload) => seen.push(payload));
    const fakeEvent = { sender: { secret: 'the IpcRendererEvent must not leak' } };
    ipcRenderer.emit('app:navigate', fakeEvent, { view: 'keys' });
    expect(seen).toEqual([{ view: 'keys' }]);
    off();
    off(); // twice is harmless
    ipcRenderer.emit('app:navigate', fakeEvent, { view: 'chat' });
    expect(seen).toHaveLength(1);
    expect(ipcRenderer.listenerCount('app:navigate')).toBe(0);
  });

  it('rejects a non-function listener', () => {
    expect(() => (api.events.onBalanceChanged as (l: unknown) => void)('nope')).toThrow(TypeError);
  });
});
