import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, json, runCli, tempDataDir } from './cli-harness.js';

interface KeyJson {
  id: number;
  name: string;
  status: string;
  key: string | null;
  unlimited: boolean;
  remain_usd: number | null;
  expires_at: string | null;
  models: string[];
  subnets: string[];
}

beforeAll(buildCli, 120_000);

describe.each(['one-api', 'new-api'] as const)('write commands against %s', (flavor) => {
  let sim: SimulatorHandle;
  let env: Record<string, string>;
  const sent = (method: string, path: RegExp): number =>
    sim.control.requests().filter((r) => r.method === method && path.test(r.path)).length;

  beforeAll(async () => {
    sim = await startSimulator({ flavor });
    env = {
      AIHUBMIX_BASE_URL: sim.url,
      AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
      AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
    };
  });
  afterAll(() => sim.close());

  it('keys create: unlimited and never-expiring by default, sent once', async () => {
    sim.control.clearRequests();
    const run = await runCli(['keys', 'create', '--name', `cli-${flavor}`, '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const key = json<KeyJson>(run);
    expect(key).toMatchObject({
      name: `cli-${flavor}`,
      unlimited: true,
      remain_usd: null,
      expires_at: null,
    });
    expect(sent('POST', /^\/api\/token\/?$/)).toBe(1);
    const wire = sim.control.key(key.id)!;
    expect(wire.expired_time).toBe(-1);
    expect(wire.unlimited_quota).toBe(true);
    if (flavor === 'one-api') expect(key.key).toBe(`sk-${wire.key.replace(/^sk-/, '')}`);
  });

  it('keys create with quota, expiry, models and subnet', async () => {
    const run = await runCli(
      [
        'keys',
        'create',
        '--name',
        'budget',
        '--quota-usd',
        '2.5',
        '--expires',
        '30d',
        '--models',
        'gpt-5,gpt-4.1',
        '--subnet',
        '10.0.0.0/8',
        '--json',
      ],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    const key = json<KeyJson>(run);
    expect(key).toMatchObject({
      unlimited: false,
      remain_usd: 2.5,
      models: ['gpt-5', 'gpt-4.1'],
      subnets: ['10.0.0.0/8'],
    });
    const days = (Date.parse(key.expires_at!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });

  it('keys update changes only the given fields, with one PUT', async () => {
    const created = json<KeyJson>(
      await runCli(
        ['keys', 'create', '--name', 'upd', '--quota-usd', '3', '--models', 'gpt-5', '--json'],
        { env },
      ),
    );
    sim.control.clearRequests();
    const run = await runCli(['keys', 'update', String(created.id), '--name', 'upd-2', '--json'], {
      env,
    });
    expect(run.code, run.stderr).toBe(0);
    const updated = json<KeyJson>(run);
    expect(updated).toMatchObject({
      id: created.id,
      name: 'upd-2',
      remain_usd: 3,
      unlimited: false,
      models: ['gpt-5'],
      expires_at: null,
    });
    expect(sent('PUT', /^\/api\/token\/?$/)).toBe(1);
    const nothing = await runCli(['keys', 'update', String(created.id)], { env });
    expect(nothing.code).toBe(2);
  });

  it('keys disable / enable, and an explained refusal for an expired key', async () => {
    const id = json<KeyJson>(
      await runCli(['keys', 'create', '--name', 'toggle', '--json'], { env }),
    ).id;
    const off = await runCli(['keys', 'disable', String(id), '--json'], { env });
    expect(json<KeyJson>(off).status).toBe('disabled');
    const on = await runCli(['keys', 'enable', String(id), '--json'], { env });
    expect(json<KeyJson>(on).status).toBe('enabled');

    const expired = json<KeyJson[]>(await runCli(['keys', 'list', '--json'], { env })).find(
      (k) => k.status === 'expired',
    )!;
    sim.control.clearRequests();
    const refused = await runCli(['keys', 'enable', String(expired.id)], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/expired/i);
    expect(refused.stderr).toContain(`hubmix keys update ${expired.id} --expires`);
    expect(sent('PUT', /^\/api\/token\/?$/)).toBe(1);
  });

  it('keys delete: refused without --yes off a terminal, then deleted once', async () => {
    const id = json<KeyJson>(
      await runCli(['keys', 'create', '--name', 'gone', '--json'], { env }),
    ).id;
    const refused = await runCli(['keys', 'delete', String(id)], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(sim.control.key(id)).toBeDefined();
    sim.control.clearRequests();
    const run = await runCli(['keys', 'delete', String(id), '--yes', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toEqual({ deleted: id });
    expect(sent('DELETE', /^\/api\/token\//)).toBe(1);
  });

  it('bad key options are usage errors and send nothing', async () => {
    sim.control.clearRequests();
    const runs = await Promise.all([
      runCli(['keys', 'create', '--name', 'x', '--quota-usd', '1', '--unlimited'], { env }),
      runCli(['keys', 'create', '--name', 'x', '--expires', 'soon'], { env }),
      runCli(['keys', 'create', '--name', 'x', '--subnet', '10.0.0.0/99'], { env }),
      runCli(['keys', 'create'], { env }),
      runCli(['keys', 'show', 'abc'], { env }),
      runCli(['keys', 'show', '1', '--bogus'], { env }),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/\nUsage: /);
    }
    expect(sim.control.requests()).toHaveLength(0);
  });

  it('token rotate: one GET, the new token printed, the old one then refused (exit 3)', async () => {
    sim.control.clearRequests();
    const before = env.AIHUBMIX_ACCESS_TOKEN;
    const run = await runCli(['token', 'rotate', '--yes', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const { token } = json<{ token: string }>(run);
    expect(token).toBeTruthy();
    expect(token).not.toBe(before);
    expect(run.stderr).toMatch(/stop working/);
    expect(sent('GET', /^\/api\/user\/token/)).toBe(1);
    const old = await runCli(['balance'], { env });
    expect(old.code).toBe(3);
    expect(old.stderr).toContain('AIHUBMIX_ACCESS_TOKEN');
    const fresh = await runCli(['balance', '--json'], {
      env: { ...env, AIHUBMIX_ACCESS_TOKEN: token },
    });
    expect(fresh.code).toBe(0);
    env.AIHUBMIX_ACCESS_TOKEN = token;
  });
});
