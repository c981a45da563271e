import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, CLI, ROOT, runCli, tempDataDir } from './cli-harness.js';

beforeAll(buildCli, 120_000);

const hasKeyring = (): boolean => {
  try {
    execFileSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon']);
    return true;
  } catch {
    return false;
  }
};

describe('login, the keychain and logout', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('refuses a wrong token or an sk- key before saving anything', async () => {
    const env = { AIHUBMIX_BASE_URL: sim.url, AIHUBMIX_TRAY_DATA_DIR: tempDataDir() };
    const wrong = await runCli(['login'], { env, input: 'not-a-token\n' });
    expect(wrong.code).toBe(3);
    const skKey = await runCli(['login'], { env, input: `${sim.apiKey}\n` });
    expect(skKey.code).toBe(3);
    expect(skKey.stderr).toContain('sk- model API key');
    const logout = await runCli(['logout', '--json'], { env });
    expect(logout.code).toBe(0);
    expect(JSON.parse(logout.stdout)).toEqual({ logged_out: null });
  });

  it.runIf(hasKeyring())(
    'login saves the token where balance, rotate and logout find it',
    { timeout: 60_000 },
    async () => {
      const output = await new Promise<string>((resolve, reject) => {
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          CLI,
          TOKEN: sim.accessToken,
          AIHUBMIX_BASE_URL: sim.url,
          AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
          NO_COLOR: '1',
        };
        delete env.AIHUBMIX_ACCESS_TOKEN;
        import('node:child_process').then(({ execFile }) =>
          execFile(
            'bash',
            [
              join(ROOT, 'test/keyring-session.sh'),
              'bash',
              join(ROOT, 'test/integration/cli/keychain-flow.sh'),
            ],
            { env },
            (error, stdout) => (error ? reject(error) : resolve(stdout)),
          ),
        );
      });
      expect(output).toContain('login=0');
      expect(output).toContain('balance-from-keychain=0');
      expect(output).toContain('rotate=0');
      expect(output).toContain('balance-after-rotate=0'); // the keychain holds the new token
      expect(output).toContain('logout=0');
      expect(output).toContain('balance-after-logout=3');
    },
  );
});
