import type { BridgeApi } from '../../../electron/shared/ipc/bridge-api.js';
import { BRIDGE_GLOBAL } from '../../../electron/shared/ipc/bridge-api.js';
import { buildBridge, type BridgeTransport } from './build-bridge.js';

declare global {
  interface Window {
    aihubmix?: BridgeApi;
  }
}

let cached: BridgeApi | null = null;

/**
 * The one way the app reaches main: `window.aihubmix` (the preload) in Electron, otherwise the
 * browser-preview WebSocket named by the page's `aihubmix-bridge` meta tag.
 */
export function getBridge(): BridgeApi {
  if (cached) return cached;
  const exposed = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  if (exposed) {
    cached = exposed;
    return cached;
  }
  const meta = document.querySelector<HTMLMetaElement>('meta[name="aihubmix-bridge"]');
  if (!meta?.content) {
    throw new Error(
      'No bridge: run inside Electron or serve the renderer with npm run preview:web.',
    );
  }
  cached = buildBridge(lazyWsTransport(meta.content));
  return cached;
}

/**
 * The preview's WebSocket transport (and the zod codec it checks messages with) is its own chunk,
 * loaded on the first call: the Electron window never needs it and does not parse it.
 */
function lazyWsTransport(url: string): BridgeTransport {
  let ready: Promise<BridgeTransport> | null = null;
  const transport = (): Promise<BridgeTransport> =>
    (ready ??= import('./ws-transport.js').then((m) => m.createWsTransport(url)));
  return {
    invoke: (channel, request) => transport().then((t) => t.invoke(channel, request)),
    subscribe(channel, listener) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void transport().then((t) => {
        if (!cancelled) unsubscribe = t.subscribe(channel, listener);
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
  };
}
