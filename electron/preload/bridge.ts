import { bridgeEventName, bridgeMethodPath } from '../shared/ipc/bridge-api.js';
import type { BridgeApi } from '../shared/ipc/bridge-api.js';
import { EVENT_CHANNEL_NAMES, INVOKE_CHANNEL_NAMES } from '../shared/ipc/channels.js';

/**
 * Builds `window.aihubmix` from the contract's channel lists: one named function per channel and
 * one subscription per event, nothing else. No generic invoke, no send/sendSync, no raw
 * ipcRenderer (security checklist item 20): a compromised page can only call what the contract
 * names, and main validates each request anyway. Imports only the zod-free channel list, so the
 * sandboxed preload bundles to one small CommonJS file.
 */

/** The slice of ipcRenderer the bridge uses (injected, so tests need no Electron). */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Fn = (...args: never[]) => unknown;

export function buildBridgeApi(ipc: RendererIpc): BridgeApi {
  const domains: Record<string, Record<string, Fn>> = {};
  for (const channel of INVOKE_CHANNEL_NAMES) {
    const [domain, method] = bridgeMethodPath(channel);
    const group = (domains[domain] ??= {});
    // Exactly one argument crosses: extra arguments from the page are dropped here.
    group[method] = named(method, (request?: unknown) => ipc.invoke(channel, request));
  }

  const events: Record<string, Fn> = {};
  for (const channel of EVENT_CHANNEL_NAMES) {
    const name = bridgeEventName(channel);
    events[name] = named(name, (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`);
      // Only the payload reaches the page: the IpcRendererEvent would expose `sender`.
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
      ipc.on(channel, wrapped);
      let subscribed = true;
      return function unsubscribe(): void {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, wrapped);
      };
    });
  }

  // The contract's mapped type is built dynamically from the same lists; a unit test compares
  // the exposed keys with INVOKE_CHANNELS/EVENT_CHANNELS.
  return { ...domains, events } as unknown as BridgeApi;
}

/** Gives a function a readable name (stack traces, devtools) without eval. */
function named<F extends Fn>(name: string, fn: F): F {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}
