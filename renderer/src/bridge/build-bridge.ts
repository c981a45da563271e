import type { BridgeApi } from '../../../electron/shared/ipc/bridge-api.js';
import { bridgeEventName, bridgeMethodPath } from '../../../electron/shared/ipc/bridge-api.js';
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeResponse,
} from '../../../electron/shared/ipc/contract.js';
// The zod-free channel lists (as in the preload): contract.ts would bring zod's schemas into the
// window's first chunk only to read two arrays of names.
import {
  EVENT_CHANNEL_NAMES,
  INVOKE_CHANNEL_NAMES,
} from '../../../electron/shared/ipc/channels.js';
import type { Result } from '../../../electron/shared/result.js';

/** The two primitives any transport provides; everything else is derived from the contract. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, request: unknown): Promise<Result<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the same object the preload exposes as `window.aihubmix`, from the contract's channel
 * lists, so the browser preview cannot drift from Electron: a new channel appears in both.
 */
export function buildBridge(transport: BridgeTransport): BridgeApi {
  const api: Record<string, Record<string, unknown>> = { events: {} };
  for (const channel of INVOKE_CHANNEL_NAMES) {
    const [domain, method] = bridgeMethodPath(channel);
    api[domain] ??= {};
    (api[domain] as Record<string, unknown>)[method] = (request?: unknown) =>
      transport.invoke(channel, request);
  }
  for (const channel of EVENT_CHANNEL_NAMES) {
    (api.events as Record<string, unknown>)[bridgeEventName(channel)] = (
      listener: (payload: unknown) => void,
    ) => transport.subscribe(channel, listener);
  }
  // The shape is built from the same lists the type is derived from.
  return api as unknown as BridgeApi;
}

type Invoke = (request?: unknown) => Promise<Result<unknown>>;
type Subscribe = (listener: (payload: unknown) => void) => () => void;

/** Calls a channel on a BridgeApi by name: the single typed path the hooks use. */
export function invokeOn<C extends InvokeChannel>(
  api: BridgeApi,
  channel: C,
  request: unknown,
): Promise<Result<InvokeResponse<C>>> {
  const [domain, method] = bridgeMethodPath(channel);
  const group = (api as unknown as Record<string, Record<string, Invoke>>)[domain];
  const fn = group?.[method];
  if (!fn) return Promise.reject(new Error(`The bridge has no ${channel}.`));
  return fn(request) as Promise<Result<InvokeResponse<C>>>;
}

export function subscribeOn<E extends EventChannel>(
  api: BridgeApi,
  channel: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  const fn = (api.events as unknown as Record<string, Subscribe>)[bridgeEventName(channel)];
  if (!fn) return () => undefined;
  return fn(listener as (payload: unknown) => void);
}
