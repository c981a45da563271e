import { execFileSync } from 'node:child_process';

import { startSimulator } from '../electron/simulator/index.js';
import { CLI, medianOf, ms, timeProcess, type BenchSection } from './bench-kit.js';

const RUNS = 10;

function hasCurl(): boolean {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Cold start of `hubmix balance --json` against the local server, beside the floor every Node
 * program pays (`node -e ""`) and curl making the same request. Target: within 2.5× the floor.
 */
export const cliStartup: BenchSection = {
  name: 'cli-startup',
  async run() {
    const sim = await startSimulator();
    try {
      const env = {
        ...process.env,
        AIHUBMIX_BASE_URL: sim.url,
        AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
        NO_COLOR: '1',
      };
      // One unmeasured run fills the compile cache, as any second use of the tool would.
      await timeProcess(process.execPath, [CLI, 'balance', '--json'], env);
      const node = await medianOf(RUNS, process.execPath, ['-e', '']);
      const hubmix = await medianOf(RUNS, process.execPath, [CLI, 'balance', '--json'], env);
      const lines = [
        `node -e ""                     ${ms(node)}`,
        `hubmix balance --json          ${ms(hubmix)}  (${(hubmix / node).toFixed(2)}× node)`,
      ];
      if (hasCurl()) {
        const curl = await medianOf(RUNS, 'curl', [
          '-sf',
          '-H',
          `Authorization: ${sim.accessToken}`,
          `${sim.url}/api/user/self`,
        ]);
        lines.push(
          `curl (same request)            ${ms(curl)}  (hubmix is ${(hubmix / curl).toFixed(2)}× curl)`,
        );
      } else {
        lines.push('curl                           not installed, skipped');
      }
      return {
        title: `Cold start, median of ${RUNS} runs`,
        lines,
        targets: [
          { label: 'hubmix balance vs node -e ""', value: hubmix / node, limit: 2.5, unit: '×' },
        ],
      };
    } finally {
      await sim.close();
    }
  },
};
