import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { readSse } from './sse.js';

interface Chunk {
  object: string;
  choices: {
    delta: { role?: string; content?: string; reasoning_content?: string };
    finish_reason: string | null;
  }[];
  usage?: {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    completion_tokens_details: { reasoning_tokens: number };
  };
}

describe('simulator chat completions', () => {
  let sim: SimulatorHandle;
  const chat = (body: Record<string, unknown>, key?: string): Promise<Response> =>
    fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key ?? sim.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'ping me' }], ...body }),
    });
  const parse = (data: string[]): Chunk[] =>
    data.filter((d) => d !== '[DONE]').map((d) => JSON.parse(d) as Chunk);

  beforeAll(async () => {
    sim = await startSimulator({ chunkIntervalMs: 0 });
  });
  afterEach(() => {
    sim.control.setFlavor('one-api');
    sim.control.clearFailures();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('streams role, reasoning before content, finish, usage, then [DONE], and charges the account', async () => {
    const before = sim.control.balanceUsd();
    const res = await chat({ model: 'gpt-5', stream: true });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const { data, comments } = await readSse(res);
    expect(data.at(-1)).toBe('[DONE]');
    expect(comments).toContain(': PING');
    const chunks = parse(data);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const deltas = chunks.flatMap((c) => c.choices.map((ch) => ch.delta));
    const firstContent = deltas.findIndex((d) => d.content);
    const lastReasoning = deltas.findLastIndex((d) => d.reasoning_content);
    expect(lastReasoning).toBeGreaterThan(0);
    expect(lastReasoning).toBeLessThan(firstContent);
    const text = deltas.map((d) => d.content ?? '').join('');
    expect(text).toContain('gpt-5');
    expect(text).toContain('ping me');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    const usage = chunks.at(-1);
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage?.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    const u = usage!.usage!;
    const expected = (u.prompt_tokens * 1.25 + u.completion_tokens * 10) / 1e6;
    expect(before - sim.control.balanceUsd()).toBeCloseTo(expected, 5);
    expect(sim.control.chargedUsd()).toBeGreaterThan(0);
  });

  it('sends the usage chunk on new-api only when asked, and reports length when max_tokens is hit', async () => {
    sim.control.setFlavor('new-api');
    const silent = parse(
      (await readSse(await chat({ model: 'gpt-4o-mini', stream: true, max_tokens: 3 }))).data,
    );
    expect(silent.some((c) => c.usage)).toBe(false);
    expect(silent.at(-1)?.choices[0]?.finish_reason).toBe('length');
    const asked = parse(
      (
        await readSse(
          await chat({
            model: 'gpt-4o-mini',
            stream: true,
            stream_options: { include_usage: true },
          }),
        )
      ).data,
    );
    expect(asked.at(-1)?.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('ends a cut stream with [DONE] but no finish_reason', async () => {
    sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'stream-cut' });
    const { data } = await readSse(await chat({ model: 'gpt-4o-mini', stream: true }));
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = parse(data);
    expect(chunks.some((c) => c.choices[0]?.delta.content)).toBe(true);
    expect(chunks.every((c) => c.choices.every((ch) => ch.finish_reason === null))).toBe(true);
  });

  it('answers non-stream requests with a chat.completion and usage', async () => {
    const body = (await (await chat({ model: 'deepseek-v3' }, sim.apiKey.slice(3))).json()) as {
      object: string;
      choices: { message: { content: string } }[];
      usage: { total_tokens: number };
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message.content).toContain('deepseek-v3');
    expect(body.usage.total_tokens).toBeGreaterThan(0);
  });

  it('rejects with the gateway statuses before streaming', async () => {
    const status = async (res: Promise<Response>): Promise<[number, string]> => {
      const r = await res;
      const b = (await r.json()) as { error: { message: string; code: string | null } };
      return [r.status, `${b.error.code}`];
    };
    expect(await status(chat({ model: 'no-such-model', stream: true }))).toEqual([
      503,
      'model_not_found',
    ]);
    expect(await status(chat({ stream: true }))).toEqual([400, 'invalid_request_error']);
    const restricted = sim.control.keys().find((k) => k.status === 1 && 'models' in k && k.models);
    expect(await status(chat({ model: 'gpt-image-1' }, `sk-${restricted!.key}`))).toEqual([
      403,
      'model_not_allowed',
    ]);
    const exhausted = sim.control.keys().find((k) => k.status === 4);
    expect((await status(chat({ model: 'gpt-5' }, `sk-${exhausted!.key}`)))[0]).toBe(401);
    sim.control.setBalanceUsd(0);
    expect(await status(chat({ model: 'gpt-5' }))).toEqual([403, 'insufficient_user_quota']);
    sim.control.setBalanceUsd(10);
  });

  it('charges a limited key and enforces its subnet', async () => {
    const limited = sim.control
      .keys()
      .find((k) => k.status === 1 && !k.unlimited_quota && 'models' in k && k.models);
    const model = limited && 'models' in limited ? limited.models!.split(',')[0]! : '';
    const res = await chat({ model }, `sk-${limited!.key}`);
    expect(res.status).toBe(200);
    const after = sim.control.key(limited!.id)!;
    expect(after.remain_quota).toBeLessThan(limited!.remain_quota);
    expect(after.used_quota - limited!.used_quota).toBe(limited!.remain_quota - after.remain_quota);

    const subnetKeys = sim.control
      .keys()
      .filter((k) => k.status === 1 && 'subnet' in k && k.subnet);
    const local = subnetKeys.find((k) => 'subnet' in k && k.subnet === '127.0.0.1/32');
    const remote = subnetKeys.find((k) => 'subnet' in k && k.subnet?.startsWith('10.'));
    expect((await chat({ model: 'gpt-5' }, `sk-${local!.key}`)).status).toBe(200);
    expect((await chat({ model: 'gpt-5' }, `sk-${remote!.key}`)).status).toBe(403);
  });

  it('drops the connection when asked', async () => {
    sim.control.injectFailure({ match: { method: 'POST', path: /chat/ }, kind: 'drop-connection' });
    await expect(chat({ model: 'gpt-5' })).rejects.toThrow();
  });
});
