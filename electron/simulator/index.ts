/**
 * A local AiHubMix-compatible server for tests, demo mode and development. It speaks the gateway
 * as /work/shared/api/gateway-facts.md describes it (one-api baseline, new-api differences behind
 * `flavor`) and shares no code with the client.
 */
import type { AddressInfo } from 'node:net';
import { createControl, type SimulatorControl } from './control.js';
import { createSimulatorServer } from './server.js';
import { SimulatorState, type AvailableModelsShape } from './state.js';
import type { Flavor } from './wire-types.js';

export type { Flavor } from './wire-types.js';
export type { SimulatorControl } from './control.js';
export type { FailureKind, FailureSpec } from './failures.js';
export type {
  CatalogModelWire,
  CatalogPricingWire,
  NewApiTokenWire,
  OneApiTokenWire,
  RecordedRequest,
  TokenWire,
} from './wire-types.js';

export interface SimulatorOptions {
  /** Default 'one-api' (AiHubMix's baseline). */
  flavor?: Flavor;
  /** Default 0 (a random free port). */
  port?: number;
  /** Default DEMO_ACCESS_TOKEN. */
  accessToken?: string;
  /** Default 24.69. */
  balanceUsd?: number;
  /** Default 'realistic' (a couple of dozen real-looking models, odd rows included). */
  catalog?: 'realistic' | { generated: number };
  /** How many keys to seed (at least 1), default 36: several pages, every status. */
  keys?: number;
  /** Added latency per request, default 0. */
  latencyMs?: number;
  /** Delay between stream chunks, default 5. */
  chunkIntervalMs?: number;
  /** Shape of `/api/user/available_models`: one-api's string[] (default) or AiHubMix's objects. */
  availableModels?: AvailableModelsShape;
  /**
   * The models the account may use, as `/api/user/available_models` lists them; default every
   * catalog model. Lets "available to this account" be tested with a real difference.
   */
  accountModels?: string[];
}

export interface SimulatorHandle {
  /** e.g. http://127.0.0.1:43567 (no trailing slash). */
  url: string;
  accessToken: string;
  /** A full sk- key of an enabled, unlimited key that can call every model. */
  apiKey: string;
  control: SimulatorControl;
  close(): Promise<void>;
}

/** A fixed 32-hex access token (one-api's format) so demo mode can be scripted. */
export const DEMO_ACCESS_TOKEN = 'd3e0a1b2c3d4e5f60718293a4b5c6d7e';

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const state = new SimulatorState({
    flavor: options.flavor ?? 'one-api',
    accessToken: options.accessToken ?? DEMO_ACCESS_TOKEN,
    balanceUsd: options.balanceUsd ?? 24.69,
    catalog: options.catalog ?? 'realistic',
    keys: options.keys ?? 36,
    latencyMs: options.latencyMs ?? 0,
    chunkIntervalMs: options.chunkIntervalMs ?? 5,
    availableModels: options.availableModels ?? 'strings',
    accountModels: options.accountModels ?? null,
  });
  const { server, abortAll } = createSimulatorServer(state);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Key 1 is always seeded as the demo key: enabled, unlimited, every model.
  const demoKey = state.keys.get(1);
  if (!demoKey) throw new Error('simulator: the demo key was not seeded');
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    // The live value: rotation through /api/user/token changes it.
    get accessToken() {
      return state.accessToken;
    },
    apiKey: `sk-${demoKey.key}`,
    control: createControl(state),
    close() {
      closed ??= new Promise<void>((resolve) => {
        abortAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
