import { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import type { ClientOptions } from '../../../electron/core/api/client-options.js';
import type { SimulatorHandle } from '../../../electron/simulator/index.js';

/** A client on the simulator with instant retries, so failure tests stay quick. */
export function clientFor(
  sim: SimulatorHandle,
  options: Partial<ClientOptions> = {},
): AiHubMixClient {
  return new AiHubMixClient({
    baseUrl: sim.url,
    accessToken: sim.accessToken,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    timeouts: { connectMs: 2000, totalMs: 10_000, streamIdleMs: 10_000 },
    ...options,
  });
}

export function countRequests(sim: SimulatorHandle, method: string, path: string): number {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  return sim.control.requests().filter((r) => r.method === method && trim(r.path) === trim(path))
    .length;
}
