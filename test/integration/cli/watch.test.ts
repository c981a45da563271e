import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, startCli, tempDataDir } from './cli-harness.js';

beforeAll(buildCli, 120_000);

/** Collects stdout lines and lets a test wait for the next one matching a predicate. */
function lineReader(
  child: ChildProcess,
): (match: (line: Record<string, unknown>) => boolean) => Promise<Record<string, unknown>> {
  const seen: Record<string, unknown>[] = [];
  const waiters: Array<{
    match: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }> = [];
  let cursor = 0;
  createInterface({ input: child.stdout! }).on('line', (text) => {
    seen.push(JSON.parse(text) as Record<string, unknown>);
    for (const waiter of [...waiters]) {
      const index = seen.slice(cursor).findIndex(waiter.match);
      if (index >= 0) {
        cursor += index + 1;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(seen[cursor - 1]!);
      }
    }
  });
  return (match) =>
    new Promise((resolve) => {
      const index = seen.slice(cursor).findIndex(match);
      if (index >= 0) {
        cursor += index + 1;
        resolve(seen[cursor - 1]!);
      } else waiters.push({ match, resolve });
    });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.on('close', (code) => resolve(code)));

describe.each(['one-api', 'new-api'] as const)('hubmix watch against %s', (flavor) => {
  let sim: SimulatorHandle;
  let env: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({ flavor, balanceUsd: 20 });
    env = {
      AIHUBMIX_BASE_URL: sim.url,
      AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
      AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
    };
  });
  afterAll(() => sim.close());

  it('--json prints NDJSON readings, alerts and errors, keeps running, and stops on Ctrl-C', async () => {
    const child = startCli(['watch', '--json', '--interval', '0.2', '--thresholds', '5,1'], {
      env,
    });
    const next = lineReader(child);
    const done = exited(child);
    const first = await next((line) => line.type === 'balance');
    expect(first).toEqual({ type: 'balance', balance_usd: 20, at: expect.any(String) });
    expect(Number.isNaN(Date.parse(first.at as string))).toBe(false);

    sim.control.setBalanceUsd(4);
    expect(await next((line) => line.type === 'alert')).toEqual({
      type: 'alert',
      kind: 'low',
      threshold_usd: 5,
      balance_usd: 4,
    });
    sim.control.setBalanceUsd(30);
    expect(await next((line) => line.type === 'alert')).toMatchObject({
      type: 'alert',
      kind: 'topup',
      amount_usd: 26,
      balance_usd: 30,
    });

    sim.control.injectFailure({
      match: { path: '/api/user/self' },
      kind: 'success-false',
      times: 1,
    });
    expect(await next((line) => line.type === 'error')).toEqual({
      type: 'error',
      kind: 'gateway',
      message: expect.any(String),
    });
    await next((line) => line.type === 'balance'); // still running after the error

    sim.control.setBalanceUsd(0);
    expect(await next((line) => line.type === 'alert')).toMatchObject({
      kind: 'depleted',
      balance_usd: 0,
    });

    child.kill('SIGINT');
    expect(await done).toBe(0);
  });

  it('--format waybar prints Waybar custom-module JSON', async () => {
    sim.control.setBalanceUsd(3);
    const child = startCli(['watch', '--format', 'waybar', '--interval', '0.2'], {
      env: { ...env, AIHUBMIX_TRAY_DATA_DIR: tempDataDir() },
    });
    const next = lineReader(child);
    const done = exited(child);
    const line = await next((candidate) => candidate.text === '$3.00');
    expect(line).toMatchObject({ class: 'low', tooltip: expect.stringContaining('$3.00') });
    child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('refuses an interval under 30 s against a remote gateway', async () => {
    const child = startCli(['watch', '--interval', '1'], {
      env: { ...env, AIHUBMIX_BASE_URL: 'https://gateway.invalid' },
    });
    expect(await exited(child)).toBe(2);
  });
});
