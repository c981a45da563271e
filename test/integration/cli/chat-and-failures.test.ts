import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, json, runCli, startCli, tempDataDir } from './cli-harness.js';

beforeAll(buildCli, 120_000);

describe.each(['one-api', 'new-api'] as const)('chat and failures against %s', (flavor) => {
  let sim: SimulatorHandle;
  let env: Record<string, string>;
  const chats = (): number =>
    sim.control.requests().filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions')
      .length;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, chunkIntervalMs: 2 });
    env = {
      AIHUBMIX_BASE_URL: sim.url,
      AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
      AIHUBMIX_API_KEY: sim.apiKey,
      AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
    };
  });
  afterAll(() => sim.close());

  it('chat streams to stdout, sends one request, and --json reports cost from catalog prices', async () => {
    sim.control.clearRequests();
    const run = await runCli(['chat', '-m', 'gpt-4o-mini', 'Say hi'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(5);
    expect(chats()).toBe(1);
    // Human mode: tokens and cost on stderr after the answer, never mixed into stdout.
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      /^gpt-4o-mini · \d+ in \+ \d+ out tokens · \$0\.\d*[1-9]\d*$/,
    );
    expect(run.stdout).not.toMatch(/tokens|\$/);

    const asJson = await runCli(['chat', '--model', 'gpt-5', '--json', '-'], {
      env,
      input: 'from stdin',
    });
    expect(asJson.code, asJson.stderr).toBe(0);
    const body = json<Record<string, unknown>>(asJson);
    expect(Object.keys(body).sort()).toEqual(
      ['complete', 'content', 'cost_usd', 'finish_reason', 'model', 'reasoning', 'usage'].sort(),
    );
    expect(body.complete).toBe(true);
    expect(typeof body.cost_usd).toBe('number');
    expect(body.content).toEqual(expect.any(String));

    const whole = await runCli(['chat', '-m', 'gpt-4o-mini', '--no-stream', 'hi'], { env });
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout.trim().length).toBeGreaterThan(0);
  });

  it('a cut stream exits 5 with the partial text printed', async () => {
    sim.control.injectFailure({
      match: { method: 'POST', path: '/v1/chat/completions' },
      kind: 'stream-cut',
    });
    sim.control.clearRequests();
    const run = await runCli(['chat', '-m', 'gpt-4o-mini', 'Tell me a long story'], { env });
    expect(run.code).toBe(5);
    expect(run.stdout.trim().length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/incomplete/i);
    expect(chats()).toBe(1);
  });

  it('Ctrl-C during a stream stops it cleanly and keeps what came', async () => {
    sim.control.injectFailure({
      match: { method: 'POST', path: '/v1/chat/completions' },
      kind: 'slow-chunks',
      gapMs: 400,
    });
    const child = startCli(['chat', '-m', 'gpt-4o-mini', 'Count slowly'], { env });
    let stdout = '';
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        if (stdout === '') child.kill('SIGINT');
        stdout += chunk;
      });
      child.on('close', resolve);
    });
    expect(code).toBe(5);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/Stopped/);
  });

  it('a failed chat is not retried and exits 1', async () => {
    sim.control.injectFailure({
      match: { method: 'POST', path: '/v1/chat/completions' },
      kind: 'server-error',
    });
    sim.control.clearRequests();
    const run = await runCli(['chat', '-m', 'gpt-4o-mini', 'hi'], { env });
    expect(run.code).toBe(1);
    expect(chats()).toBe(1);
  });

  it('429 on a read is retried, then exits 1', async () => {
    sim.control.injectFailure({
      match: { method: 'GET', path: '/api/user/self' },
      kind: 'rate-limit',
      times: 10,
    });
    sim.control.clearRequests();
    const run = await runCli(['balance'], { env });
    sim.control.clearFailures();
    expect(run.code).toBe(1);
    expect(
      sim.control.requests().filter((r) => r.path === '/api/user/self').length,
    ).toBeGreaterThan(1);
    expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it('success:false exits 1 with the gateway message; an invalid token exits 3', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'success-false' });
    const refused = await runCli(['balance'], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: /);

    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'invalid-token' });
    const invalid = await runCli(['balance'], { env });
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain('AIHUBMIX_ACCESS_TOKEN');
    expect(invalid.stderr).not.toContain(sim.accessToken);

    const wrong = await runCli(['balance', '--token', 'not-the-token'], { env });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('--token');
  });

  it("the gateway's Chinese refusals reach the user in English, the original kept", async () => {
    const [show, del, model, key] = await Promise.all([
      runCli(['keys', 'show', '999999'], { env }),
      runCli(['keys', 'delete', '999999', '--yes'], { env }),
      runCli(['chat', '-m', 'no-such-model', 'hi'], { env }),
      runCli(['chat', '-m', 'gpt-4o-mini', '--api-key', 'sk-wrongwrongwrong', 'hi'], { env }),
    ]);
    for (const run of [show, del]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('There is no key with id 999999 on this account');
    }
    expect(model.code).toBe(1);
    expect(model.stderr).toMatch(/no channel serves no-such-model for group "default"/);
    expect(model.stderr).toContain('无可用渠道');
    expect(key.code).toBe(3);
    expect(key.stderr).toMatch(/the API key is not valid \(无效的令牌/);
    expect(key.stderr).toContain('--api-key');
    expect(key.stderr).not.toContain('sk-wrongwrongwrong');
  });

  it('an sk- key given as the access token is named, and nothing is sent', async () => {
    sim.control.clearRequests();
    const run = await runCli(['keys', 'list'], {
      env: { ...env, AIHUBMIX_ACCESS_TOKEN: sim.apiKey },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/sk- model API key/);
    expect(run.stderr).not.toContain(sim.apiKey);
    expect(sim.control.requests()).toHaveLength(0);
  });

  it('missing credentials exit 3 and say how to get them', async () => {
    const { AIHUBMIX_ACCESS_TOKEN: _t, AIHUBMIX_API_KEY: _k, ...bare } = env;
    const noToken = await runCli(['balance'], { env: bare });
    expect(noToken.code).toBe(3);
    expect(noToken.stderr).toContain('Generate System Access Token');
    const noKey = await runCli(['chat', '-m', 'gpt-4o-mini', 'hi'], { env: bare });
    expect(noKey.code).toBe(3);
    expect(noKey.stderr).toContain('--api-key');
  });
});

describe('network and usage failures', () => {
  it('an unreachable gateway exits 4', async () => {
    const run = await runCli(['balance'], {
      env: {
        AIHUBMIX_BASE_URL: 'http://127.0.0.1:9',
        AIHUBMIX_ACCESS_TOKEN: 'a'.repeat(32),
        AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
      },
    });
    expect(run.code).toBe(4);
    expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('a base URL that is not an absolute http(s) URL is bad usage, sent nowhere', async () => {
    const token = { AIHUBMIX_ACCESS_TOKEN: 'a'.repeat(32), AIHUBMIX_TRAY_DATA_DIR: tempDataDir() };
    const [flag, fromEnv] = await Promise.all([
      runCli(['balance', '--url', 'notaurl'], { env: token }),
      runCli(['keys', 'list'], { env: { ...token, AIHUBMIX_BASE_URL: 'aihubmix.com' } }),
    ]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--url must be an absolute http\(s\) URL/);
    expect(flag.stderr).toContain('Usage: hubmix --url https://aihubmix.com');
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('AIHUBMIX_BASE_URL');
    expect(fromEnv.stderr).toContain('Did you mean https://aihubmix.com?');
  });

  it('empty variables count as unset', async () => {
    const sim = await startSimulator({});
    try {
      const empty = { AIHUBMIX_BASE_URL: '', AIHUBMIX_API_KEY: '', AIHUBMIX_ACCESS_TOKEN: '' };
      const data = tempDataDir();
      const balance = await runCli(['balance', '--url', sim.url, '--token', sim.accessToken], {
        env: { ...empty, AIHUBMIX_TRAY_DATA_DIR: data },
      });
      expect(balance.code, balance.stderr).toBe(0);
      const noToken = await runCli(['balance', '--url', sim.url], {
        env: { ...empty, AIHUBMIX_TRAY_DATA_DIR: data },
      });
      expect(noToken.code).toBe(3);
      expect(noToken.stderr).toMatch(/No access token found/);
      const noKey = await runCli(['chat', '--url', sim.url, '-m', 'gpt-4o-mini', 'hi'], {
        env: { ...empty, AIHUBMIX_TRAY_DATA_DIR: data },
      });
      expect(noKey.code).toBe(3);
      expect(noKey.stderr).toMatch(/needs a model API key/);
    } finally {
      await sim.close();
    }
  });

  it('bad usage exits 2 with the right form', async () => {
    const runs = await Promise.all([
      runCli(['frobnicate']),
      runCli(['keys']),
      runCli(['keys', 'show']),
      runCli(['chat', 'hi']),
      runCli([]),
      runCli(['models', '--sort', 'size']),
      runCli(['watch', '--interval', 'often']),
    ]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
