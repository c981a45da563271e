import type { BridgeApi } from '../../../electron/shared/ipc/bridge-api.js';
import { BRIDGE_GLOBAL } from '../../../electron/shared/ipc/bridge-api.js';
import { buildBridge } from './build-bridge.js';
import { createWsTransport } from './ws-transport.js';

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
  cached = buildBridge(createWsTransport(meta.content));
  return cached;
}
