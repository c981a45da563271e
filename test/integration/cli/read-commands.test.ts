import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, json, runCli, tempDataDir } from './cli-harness.js';

const KEY_FIELDS = [
  'created_at',
  'expires_at',
  'id',
  'key',
  'models',
  'name',
  'remain_usd',
  'status',
  'subnets',
  'unlimited',
  'used_usd',
];
const MODEL_FIELDS = [
  'available',
  'context_length',
  'description',
  'features',
  'id',
  'input_modalities',
  'max_output',
  'price_cache_read_per_mtok',
  'price_cache_write_per_mtok',
  'price_input_per_mtok',
  'price_output_per_mtok',
  'types',
];

interface KeyJson {
  id: number;
  name: string;
  status: string;
  key: string | null;
  remain_usd: number | null;
  unlimited: boolean;
}

beforeAll(buildCli, 120_000);

describe.each(['one-api', 'new-api'] as const)('read commands against %s', (flavor) => {
  let sim: SimulatorHandle;
  let env: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({ flavor });
    env = {
      AIHUBMIX_BASE_URL: sim.url,
      AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
      AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
    };
  });
  afterAll(() => sim.close());

  it('balance: the JSON shape, and a human line with dollars to two decimals', async () => {
    sim.control.setBalanceUsd(24.69);
    const run = await runCli(['balance', '--json'], { env });
    expect(run.code).toBe(0);
    const body = json<Record<string, unknown>>(run);
    expect(Object.keys(body).sort()).toEqual(
      [
        'balance_usd',
        'group',
        'quota',
        'request_count',
        'used_quota',
        'used_usd',
        'username',
      ].sort(),
    );
    expect(body.balance_usd).toBe(24.69);
    const human = await runCli(['balance'], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^\$24\.69 left/);
  });

  it('keys list: every page, the key shape, masked unless --reveal (and masked stays masked)', async () => {
    const run = await runCli(['keys', 'list', '--json'], { env });
    expect(run.code).toBe(0);
    const keys = json<KeyJson[]>(run);
    expect(keys).toHaveLength(sim.control.keys().length);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(KEY_FIELDS);
      expect(['enabled', 'disabled', 'expired', 'exhausted']).toContain(key.status);
      if (key.unlimited) expect(key.remain_usd).toBeNull();
      if (key.key !== null) expect(key.key).toMatch(/^sk-/);
    }
    const first = keys[0]!;
    const full = `sk-${sim.control.key(first.id)!.key.replace(/^sk-/, '')}`;
    expect(run.stdout).not.toContain(full);
    const revealRun = await runCli(['keys', 'list', '--json', '--reveal'], { env });
    const revealed = json<KeyJson[]>(revealRun);
    if (flavor === 'one-api') {
      expect(first.key).toMatch(/^sk-\w{4}…\w{4}$/);
      expect(revealed[0]!.key).toBe(full);
      expect(revealRun.stderr).toBe('');
    } else {
      // new-api masks keys itself: --reveal cannot (and does not pretend to) show more, and
      // says so on stderr.
      expect(revealed[0]!.key).toBe(first.key);
      expect(revealed[0]!.key).not.toBe(full);
      expect(revealRun.stderr).toMatch(/returned these keys masked/);
    }
  });

  it('keys search and show', async () => {
    const target = sim.control.keys()[2]!;
    const search = await runCli(['keys', 'search', target.name, '--json'], { env });
    expect(search.code).toBe(0);
    expect(json<KeyJson[]>(search).map((key) => key.id)).toContain(target.id);
    const show = await runCli(['--json', 'keys', 'show', String(target.id)], { env });
    expect(show.code).toBe(0);
    expect(json<KeyJson>(show)).toMatchObject({ id: target.id, name: target.name });
    const table = await runCli(['keys', 'show', String(target.id)], { env });
    expect(table.stdout).toContain(target.name);
  });

  it('models: the shape, numeric context sort, filters, --available, a table that fits', async () => {
    const run = await runCli(['models', '--json', '--sort', 'context', '--desc'], { env });
    expect(run.code).toBe(0);
    const models = json<Array<Record<string, unknown>>>(run);
    expect(models.length).toBeGreaterThan(5);
    for (const model of models) expect(Object.keys(model).sort()).toEqual(MODEL_FIELDS);
    expect(models.every((model) => model.available === null)).toBe(true);
    const contexts = models.map((m) => m.context_length).filter((c): c is number => c !== null);
    expect(contexts).toEqual([...contexts].sort((a, b) => b - a));
    expect(models.slice(contexts.length).every((m) => m.context_length === null)).toBe(true);

    const filtered = json<Array<{ types: string[]; features: string[] }>>(
      await runCli(['models', '--json', '--type', 'llm', '--features', 'thinking,tools'], { env }),
    );
    expect(filtered.length).toBeGreaterThan(0);
    for (const model of filtered) {
      expect(model.types).toContain('llm');
      expect(model.features).toEqual(expect.arrayContaining(['thinking', 'tools']));
    }
    const available = json<Array<{ available: boolean | null }>>(
      await runCli(['models', '--json', '--available'], { env }),
    );
    expect(available.every((model) => typeof model.available === 'boolean')).toBe(true);

    const table = await runCli(['models'], { env: { ...env, COLUMNS: '80' } });
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MODEL\s+/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    // Prices read alike: dollars with cents, "free" and "—" apart.
    for (const line of lines.slice(1)) {
      for (const price of line.match(/\$[\d.]+/g) ?? []) expect(price).toMatch(/^\$\d+\.\d{2,}$/);
    }
  });

  it('models: a filter value nobody knows is a typo (exit 2), not "No models match"', async () => {
    const run = await runCli(['models', '--type', 'llms'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown --type value "llms"');
    expect(run.stderr).toMatch(/Usage: hubmix models --type .*llm/);
  });
});

describe('help, completion and demo', () => {
  it('prints help for every command, with examples', async () => {
    const { COMMANDS } = await import('../../../electron/cli/spec/commands.js');
    const runs = await Promise.all(COMMANDS.map((command) => runCli([...command.path, '--help'])));
    runs.forEach((run, index) => {
      expect(run.code, COMMANDS[index]!.path.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage: hubmix');
      expect(run.stdout).toContain('Examples:');
    });
    const top = await runCli(['--help']);
    expect(top.stdout).toContain('keys create');
  });

  it('prints completion scripts that the shells accept', async () => {
    const dir = tempDataDir();
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const run = await runCli(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('hubmix');
      const file = join(dir, `hubmix.${shell}`);
      writeFileSync(file, run.stdout);
      const available = (() => {
        try {
          execFileSync('sh', ['-c', `command -v ${shell}`]);
          return true;
        } catch {
          return false;
        }
      })();
      if (available) execFileSync(shell, ['-n', file]); // Syntax check only.
    }
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
  });

  it('--demo runs a command against the built-in server, with no credentials', async () => {
    const run = await runCli(['balance', '--demo', '--json'], {
      env: { AIHUBMIX_TRAY_DATA_DIR: tempDataDir() },
    });
    expect(run.code).toBe(0);
    expect(json<{ balance_usd: number }>(run).balance_usd).toBeGreaterThan(0);
  });
});
