import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiHubMixClient } from '../../../electron/core/api/aihubmix-client.js';
import { ApiError } from '../../../electron/core/api/errors.js';
import { startSimulator } from '../../../electron/simulator/index.js';
import type { Flavor, SimulatorHandle } from '../../../electron/simulator/index.js';
import type { ChatRequest, ChatStreamEvent } from '../../../electron/shared/domain/chat.js';
import { clientFor, countRequests } from './sim-client.js';

const ask = (content: string, model = 'gpt-4o-mini'): ChatRequest => ({
  model,
  messages: [{ role: 'user', content }],
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe.each<Flavor>(['one-api', 'new-api'])('chat (%s)', (flavor) => {
  let sim: SimulatorHandle;
  let client: AiHubMixClient;

  beforeAll(async () => {
    sim = await startSimulator({ flavor, keys: 3, chunkIntervalMs: 1 });
    client = clientFor(sim);
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.control.clearFailures();
    sim.control.clearRequests();
    sim.control.setChunkInterval(1);
  });

  it('answers a plain chat with usage', async () => {
    const result = await client.chat(ask('hello there'), { apiKey: sim.apiKey });
    expect(result).toMatchObject({ complete: true, finishReason: 'stop' });
    expect(result.content).toContain('hello there');
    expect(result.usage?.completionTokens).toBeGreaterThan(0);
  });

  it('streams reasoning and content in order, ending with usage from the final chunk', async () => {
    const events: ChatStreamEvent[] = [];
    const result = await client.streamChat(ask('think first', 'gpt-5'), {
      apiKey: sim.apiKey,
      onEvent: (e) => events.push(e),
    });
    expect(result.complete).toBe(true);
    expect(result.reasoning).toBeTruthy();
    expect(result.content).toContain('think first');
    expect(
      events
        .filter((e) => e.type === 'content')
        .map((e) => (e.type === 'content' ? e.text : ''))
        .join(''),
    ).toBe(result.content);
    expect(events.findIndex((e) => e.type === 'reasoning')).toBeLessThan(
      events.findIndex((e) => e.type === 'content'),
    );
    expect(result.usage?.totalTokens).toBeGreaterThan(0);
    const sent = sim.control.requests().find((r) => r.path === '/v1/chat/completions');
    expect(sent?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(sent?.headers.authorization).toBe(`Bearer ${sim.apiKey}`);
  });

  it('a stream cut before the finish rejects as incomplete_stream with the text received', async () => {
    sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'stream-cut' });
    const seen: string[] = [];
    const error = await rejection(
      client.streamChat(ask('please answer at length'), {
        apiKey: sim.apiKey,
        onEvent: (e) => void (e.type === 'content' && seen.push(e.text)),
      }),
    );
    expect(error.code).toBe('incomplete_stream');
    expect(error.partial?.complete).toBe(false);
    expect(error.partial?.content.length).toBeGreaterThan(0);
    expect(error.partial?.content).toBe(seen.join(''));
    expect(countRequests(sim, 'POST', '/v1/chat/completions')).toBe(1);
  });

  it('stopping a stream rejects as aborted with the text received', async () => {
    sim.control.setChunkInterval(20);
    const controller = new AbortController();
    const error = await rejection(
      client.streamChat(ask('a long answer please'), {
        apiKey: sim.apiKey,
        signal: controller.signal,
        onEvent: (e) => {
          if (e.type === 'content') controller.abort();
        },
      }),
    );
    expect(error.code).toBe('aborted');
    expect(error.partial?.content.length).toBeGreaterThan(0);
    expect(error.partial?.complete).toBe(false);
  });

  it('silence between chunks beyond the idle timeout is a timeout with the text received', async () => {
    const impatient = clientFor(sim, { timeouts: { streamIdleMs: 150 } });
    sim.control.injectFailure({
      match: { path: '/v1/chat/completions' },
      kind: 'slow-chunks',
      gapMs: 2000,
    });
    const error = await rejection(
      impatient.streamChat(ask('slowly'), { apiKey: sim.apiKey, onEvent: () => {} }),
    );
    expect(error.code).toBe('timeout');
    expect(error.partial).toBeDefined();
    await impatient.close();
  });

  it('a JSON error on a stream request is an error, and a chat is never retried', async () => {
    sim.control.injectFailure({
      match: { path: '/v1/chat/completions' },
      kind: 'no-channel',
      times: 3,
    });
    const error = await rejection(
      client.streamChat(ask('hi'), { apiKey: sim.apiKey, onEvent: () => {} }),
    );
    expect(error).toMatchObject({ code: 'gateway', status: 503 });
    expect(error.gatewayMessage).toContain('无可用渠道');
    expect(countRequests(sim, 'POST', '/v1/chat/completions')).toBe(1);

    sim.control.clearFailures();
    sim.control.injectFailure({
      match: { path: '/v1/chat/completions' },
      kind: 'server-error',
      times: 3,
    });
    await expect(client.chat(ask('hi'), { apiKey: sim.apiKey })).rejects.toMatchObject({
      code: 'gateway',
      status: 500,
    });
    sim.control.clearFailures();
    sim.control.injectFailure({
      match: { path: '/v1/chat/completions' },
      kind: 'rate-limit',
      times: 3,
    });
    await expect(client.chat(ask('hi'), { apiKey: sim.apiKey })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(countRequests(sim, 'POST', '/v1/chat/completions')).toBe(3);
  });

  it('a refused key is an auth error that never shows the key', async () => {
    const bad = 'sk-IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F';
    const error = await rejection(client.streamChat(ask('hi'), { apiKey: bad, onEvent: () => {} }));
    expect(error.code).toBe('auth');
    expect(JSON.stringify(error.info())).not.toContain('IE1PjHzm');
  });
});
