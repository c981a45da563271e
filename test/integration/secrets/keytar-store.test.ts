import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import {
  createKeytarStore,
  describeKeychainError,
} from '../../../electron/core/secrets/keytar-store.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

// `test/keyring-session.sh` (used by .ci/run) provides a D-Bus session with an unlocked
// gnome-keyring and sets AIHUBMIX_TEST_KEYRING=1.
const withKeyring = process.env.AIHUBMIX_TEST_KEYRING === '1';

describe.runIf(withKeyring)('keytar store against a real gnome-keyring', () => {
  const store = createKeytarStore(`AiHubMix Tray test ${randomUUID()}`);

  it('reports the keychain as available', async () => {
    expect(await store.status()).toEqual({ backend: 'keychain', available: true });
  });

  it('stores, reads, replaces and deletes a token', async () => {
    const account = `access-token:${randomUUID()}`;
    expect(await store.get(account)).toBeNull();
    await store.set(account, 'fd0000000000000000000000000044c1');
    expect(await store.get(account)).toBe('fd0000000000000000000000000044c1');
    await store.set(account, 'fd0000000000000000000000000055d2');
    expect(await store.get(account)).toBe('fd0000000000000000000000000055d2');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.delete(account)).toBe(false);
  });
});

describe('keytar store without a keychain', () => {
  it('says why instead of crashing when there is no session bus', async () => {
    // A child process with no reachable bus: exactly what a headless Linux box gives keytar.
    const script = `
      import { createKeytarStore } from './electron/core/secrets/keytar-store.ts';
      const store = createKeytarStore('AiHubMix Tray no-bus test');
      const status = await store.status();
      let setError = null;
      try { await store.set('x', 'secret-value'); } catch (error) { setError = error.message; }
      console.log(JSON.stringify({ status, setError }));
    `;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
        },
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      status: { available: boolean; reason?: string };
      setError: string | null;
    };
    expect(result.status.available).toBe(false);
    expect(result.status.reason).toMatch(/keychain|Secret Service|session bus/i);
    expect(result.setError).toMatch(/keychain|Secret Service|session bus/i);
    expect(result.setError).not.toContain('secret-value');
  });

  it.each([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', /session bus/],
    ['The name org.freedesktop.secrets was not provided by any .service files', /Secret Service/],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', /locked/],
  ])('explains %s', (message, expected) => {
    expect(describeKeychainError(new Error(message))).toMatch(expected);
  });
});
