import { AiHubMixClient } from '../electron/core/api/aihubmix-client.js';
import { startSimulator } from '../electron/simulator/index.js';
import { CLI, ms, timeProcess, type BenchSection, type Target } from './bench-kit.js';

const KEYS = 1000;
const LATENCY_MS = 20;

/**
 * Listing 1,000 keys with 20 ms added to every request, in both list shapes: new-api's paged
 * object (with a total, so pages can be fetched concurrently) and one-api's plain array (which
 * can only be walked page by page). Target: under 1 s.
 */
export const keysList: BenchSection = {
  name: 'keys-list',
  async run() {
    const lines: string[] = [];
    const targets: Target[] = [];
    for (const flavor of ['new-api', 'one-api'] as const) {
      const sim = await startSimulator({ flavor, keys: KEYS, latencyMs: LATENCY_MS });
      try {
        const client = new AiHubMixClient({ baseUrl: sim.url, accessToken: sim.accessToken });
        const start = performance.now();
        const keys = await client.listKeys();
        const inProcess = performance.now() - start;
        const pages = sim.control.requests().filter((r) => r.path.startsWith('/api/token')).length;
        sim.control.clearRequests();
        const cli = await timeProcess(process.execPath, [CLI, 'keys', 'list', '--json'], {
          ...process.env,
          AIHUBMIX_BASE_URL: sim.url,
          AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
        });
        const listed = (JSON.parse(cli.stdout) as unknown[]).length;
        lines.push(
          `${flavor.padEnd(8)} client ${ms(inProcess).padStart(10)} (${keys.length} keys, ${pages} requests)   hubmix keys list ${ms(cli.ms).padStart(10)} (${listed} keys)`,
        );
        // one-api's plain array has no total and a fixed page size of 10: the client walks it
        // page by page, so only the paged-object shape carries the target.
        if (flavor === 'new-api')
          targets.push({
            label: `${flavor}: hubmix keys list, ${KEYS} keys`,
            value: cli.ms,
            limit: 1000,
            unit: 'ms',
          });
      } finally {
        await sim.close();
      }
    }
    return { title: `Listing ${KEYS} keys, ${LATENCY_MS} ms latency per request`, lines, targets };
  },
};
