import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { createKeytarStore } from '../../../../electron/core/secrets/keytar-store.js';
import { keytarLoaderFor } from '../../../../electron/main/secrets/keytar-loader.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const elsewhere = mkdtempSync(join(tmpdir(), 'no-node-modules-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('keytarLoaderFor', () => {
  it("requires keytar from the bundle's own folder, as the packaged app does", async () => {
    const keytar = await keytarLoaderFor(join(root, 'dist/main/index.cjs'))();
    expect(typeof keytar.getPassword).toBe('function');
    expect(typeof keytar.setPassword).toBe('function');
  });

  it('a bundle with no keytar beside it gives an unavailable keychain with a reason', async () => {
    const store = createKeytarStore('test', keytarLoaderFor(join(elsewhere, 'index.cjs')));
    expect(await store.status()).toEqual({
      backend: 'keychain',
      available: false,
      reason: 'The keychain module could not be loaded on this system (libsecret may be missing).',
    });
  });
});
