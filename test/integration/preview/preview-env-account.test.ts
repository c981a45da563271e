import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPreviewServer } from '../../../electron/preview/preview-server.js';
import { dispatchInvoke } from '../../../electron/core/service/dispatch-invoke.js';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';

let rendererDir: string;
let sim: SimulatorHandle;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'aihubmix-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  sim = await startSimulator({ balanceUsd: 7.5 });
});

afterAll(async () => {
  await sim.close();
  await rm(rendererDir, { recursive: true, force: true });
});

describe('browser preview configured like AIHUBMIX_BASE_URL + AIHUBMIX_ACCESS_TOKEN', () => {
  it('pre-adds and activates that account', async () => {
    const preview = await startPreviewServer({
      rendererDir,
      secrets: 'memory',
      account: { baseUrl: sim.url, accessToken: sim.accessToken },
    });
    try {
      const balance = await dispatchInvoke(preview.service.handlers, 'balance:get', undefined);
      expect(balance).toMatchObject({ ok: true, value: { state: { level: 'healthy' } } });
      expect(preview.simulator()).toBeNull();
    } finally {
      await preview.close();
    }
  });

  it('fails to start with a clear message when the token is refused', async () => {
    await expect(
      startPreviewServer({
        rendererDir,
        secrets: 'memory',
        account: { baseUrl: sim.url, accessToken: 'wrong-token-000000' },
      }),
    ).rejects.toThrow(/could not be added/);
  });
});
