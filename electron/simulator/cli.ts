/**
 * `npm run simulator [-- --flavor new-api --port 8787 --generated 2000 --balance 5]`: runs the
 * local AiHubMix-compatible server until Ctrl-C and prints how to reach it.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startSimulator, type SimulatorOptions } from './index.js';

const argsSchema = z.object({
  flavor: z.enum(['one-api', 'new-api']).optional(),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  generated: z.coerce.number().int().positive().optional(),
  balance: z.coerce.number().optional(),
  keys: z.coerce.number().int().min(1).optional(),
  latency: z.coerce.number().int().min(0).optional(),
  'chunk-interval': z.coerce.number().int().min(0).optional(),
  'available-models': z.enum(['strings', 'objects']).optional(),
});

const { values } = parseArgs({
  options: {
    flavor: { type: 'string' },
    port: { type: 'string' },
    generated: { type: 'string' },
    balance: { type: 'string' },
    keys: { type: 'string' },
    latency: { type: 'string' },
    'chunk-interval': { type: 'string' },
    'available-models': { type: 'string' },
  },
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(
    `simulator: bad arguments: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
  process.exit(2);
}
const a = parsed.data;
const options: SimulatorOptions = {};
if (a.flavor) options.flavor = a.flavor;
if (a.port !== undefined) options.port = a.port;
if (a.generated !== undefined) options.catalog = { generated: a.generated };
if (a.balance !== undefined) options.balanceUsd = a.balance;
if (a.keys !== undefined) options.keys = a.keys;
if (a.latency !== undefined) options.latencyMs = a.latency;
if (a['chunk-interval'] !== undefined) options.chunkIntervalMs = a['chunk-interval'];
if (a['available-models']) options.availableModels = a['available-models'];

const sim = await startSimulator(options);
// Printing the credentials is the point of this command: they are local demo values.
console.log(`AiHubMix simulator (${options.flavor ?? 'one-api'}) listening on ${sim.url}`);
console.log(`  access token: ${sim.accessToken}`);
console.log(`  api key:      ${sim.apiKey}`);
console.log('Press Ctrl-C to stop.');

const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
