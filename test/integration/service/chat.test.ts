import { afterEach, describe, expect, it } from 'vitest';

import type { ChatDoneEvent, ConversationView } from '../../../electron/shared/ipc/views.js';
import { startHarness, type Harness } from './service-harness.js';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const settings = (model: string, keyId = 1) => ({
  model,
  keyId,
  systemPrompt: '',
  temperature: null,
  maxTokens: null,
  reasoningEffort: null,
});

async function signedIn(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(options);
  await h.value('accounts:add', { token: h.sim.accessToken, baseUrl: h.sim.url });
  await h.value('chat:keys');
  return h;
}

const chatRequests = (h: Harness) =>
  h.sim.control.requests().filter((r) => r.path.startsWith('/v1/chat/completions'));

async function send(
  h: Harness,
  conversation: ConversationView,
  text: string,
  model = 'gpt-4o-mini',
): Promise<ChatDoneEvent> {
  const done = h.nextEvent('chat:done', (e) => e.conversationId === conversation.id);
  await h.value('chat:send', { id: conversation.id, text, settings: settings(model) });
  return done;
}

describe('chat against the local gateway', () => {
  it('streams an answer in batched deltas, prices it from usage × catalog and saves it', async () => {
    harness = await signedIn();
    const h = harness;
    const conversation = await h.value('chat:create', {});
    const done = await send(h, conversation, 'Hello there', 'gpt-5');
    const { message } = done;
    expect(message.status).toBe('complete');
    expect(message.content).toContain('Hello from gpt-5');
    expect(message.reasoning).toContain('Let me think');
    expect(message.usage?.completionTokens).toBeGreaterThan(0);
    // gpt-5: 1.25 in / 10 out per 1M.
    const usage = message.usage!;
    expect(message.costUsd).toBeCloseTo(
      (usage.promptTokens * 1.25 + usage.completionTokens * 10) / 1e6,
      12,
    );
    // The gateway bills in quota units (1/500 000 USD): the same cost, rounded to one unit.
    expect(Math.abs(message.costUsd! - h.sim.control.chargedUsd())).toBeLessThan(2e-6);
    const deltas = h.events.filter((e) => e.channel === 'chat:delta');
    expect(deltas.length).toBeGreaterThan(0);
    const streamed = deltas.map((e) => (e.payload as { content: string }).content).join('');
    expect(streamed).toBe(message.content);
    expect(chatRequests(h)).toHaveLength(1);
    // The full key never reaches an event or a view.
    expect(JSON.stringify(h.events)).not.toContain(h.sim.apiKey);
    expect(JSON.stringify(await h.value('chat:keys'))).not.toContain(h.sim.apiKey);

    const saved = await h.value('chat:get', { id: conversation.id });
    expect(saved.title).toBe('Hello there');
    expect(saved.messages.map((m) => m.role)).toEqual(['user', 'assistant']);

    // A new service on the same data folder reopens it exactly as it was.
    const again = await h.restart();
    try {
      expect(await again.value('chat:get', { id: conversation.id })).toEqual(saved);
      const list = await again.value('chat:list');
      expect(list[0]).toMatchObject({ id: conversation.id, messageCount: 2 });
      expect(list[0]!.totalCostUsd).toBeCloseTo(message.costUsd!, 12);
    } finally {
      await again.service.stop();
    }
  });

  it('stop keeps the partial answer, marked stopped', async () => {
    harness = await signedIn({ sim: { chunkIntervalMs: 20 } });
    const h = harness;
    const conversation = await h.value('chat:create', {});
    const done = h.nextEvent('chat:done');
    const sent = await h.value('chat:send', {
      id: conversation.id,
      text: 'Tell me a long story [[long:2000]]',
      settings: settings('gpt-4o-mini'),
    });
    await h.nextEvent('chat:delta', (e) => e.content.length > 0);
    expect(await h.value('chat:stop', { requestId: sent.requestId })).toEqual({ stopped: true });
    const { message } = await done;
    expect(message.status).toBe('stopped');
    expect(message.content.length).toBeGreaterThan(0);
    expect(message.usageEstimated).toBe(true);
    const saved = await h.value('chat:get', { id: conversation.id });
    expect(saved.messages[1]?.content).toBe(message.content);
    expect(chatRequests(h)).toHaveLength(1);
  });

  it('a cut stream is kept and marked incomplete, and is not sent again', async () => {
    harness = await signedIn();
    const h = harness;
    h.sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'stream-cut' });
    const conversation = await h.value('chat:create', {});
    const { message } = await send(h, conversation, 'Please answer in full');
    expect(message.status).toBe('incomplete');
    expect(message.content.length).toBeGreaterThan(0);
    expect(message.error?.fix).toBe('regenerate');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(chatRequests(h)).toHaveLength(1);
  });

  it.each([
    ['rate-limit', 'wait-and-retry', 429],
    ['no-channel', 'pick-another-model', 503],
  ] as const)(
    '%s is stored with the fix, and exactly one request reached the server',
    async (kind, fix, status) => {
      harness = await signedIn();
      const h = harness;
      h.sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind });
      const conversation = await h.value('chat:create', {});
      const { message } = await send(h, conversation, 'Hi');
      expect(message.status).toBe('error');
      expect(message.error).toMatchObject({ fix, status });
      if (kind === 'no-channel') expect(message.error?.gatewayMessage).toContain('无可用渠道');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(chatRequests(h)).toHaveLength(1);

      // Retry is explicit: one more request, and the error answer is replaced.
      const done = h.nextEvent('chat:done');
      await h.value('chat:regenerate', {
        id: conversation.id,
        settings: settings('gpt-4o-mini'),
        charged: true,
      });
      expect((await done).message.status).toBe('complete');
      expect(chatRequests(h)).toHaveLength(2);
      const saved = await h.value('chat:get', { id: conversation.id });
      expect(saved.messages.map((m) => m.status)).toEqual(['complete', 'complete']);
    },
  );

  it('estimates, warns about a key that cannot call the model, and re-prices', async () => {
    harness = await signedIn();
    const h = harness;
    const { keys } = await h.value('chat:keys');
    const limited = keys.find((k) => k.models.length > 0 && k.status === 'enabled')!;
    const disabled = keys.find((k) => k.status === 'disabled')!;
    const outside = 'claude-3-5-haiku';
    expect(limited.models).not.toContain(outside);
    const estimate = await h.value('chat:estimate', {
      id: null,
      text: 'x'.repeat(400),
      images: 0,
      settings: { ...settings(outside, limited.id), maxTokens: 1000 },
    });
    expect(estimate.warnings).toContainEqual({ code: 'model-not-allowed', blocking: true });
    expect(estimate.promptTokens).toBe(100);
    expect(estimate.boundOutputTokens).toBe(1000);
    expect(estimate.bound).toBe('max-tokens');
    expect(estimate.boundUsd).toBeGreaterThan(0);
    expect(estimate.typicalOutputTokens).toBe(1000);
    const off = await h.value('chat:estimate', {
      id: null,
      text: 'hi',
      images: 0,
      settings: settings('gpt-4o-mini', disabled.id),
    });
    expect(off.warnings.map((w) => w.code)).toContain('disabled');

    const conversation = await h.value('chat:create', {});
    await send(h, conversation, 'Compare prices please');
    const reprice = await h.value('chat:reprice', { id: conversation.id });
    expect(reprice.rows.length).toBeGreaterThan(3);
    const costs = reprice.rows.map((r) => r.costUsd);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    expect(reprice.rows.find((r) => r.current)?.model).toBe('gpt-4o-mini');
  });

  it('soft-deletes with undo, searches contents and exports', async () => {
    harness = await signedIn();
    const h = harness;
    const conversation = await h.value('chat:create', {});
    await send(h, conversation, 'Remember the word pelican');
    expect((await h.value('chat:search', { query: 'PELICAN' }))[0]?.id).toBe(conversation.id);
    expect((await h.value('chat:search', { query: 'simulator' }))[0]?.snippet).toContain(
      'simulator',
    );
    const md = await h.value('chat:export', { id: conversation.id, format: 'markdown' });
    expect(md.text).toContain('## User');
    expect(md.filename).toMatch(/\.md$/);
    const json = await h.value('chat:export', { id: conversation.id, format: 'json' });
    expect(JSON.parse(json.text).conversation.id).toBe(conversation.id);
    await h.value('chat:delete', { id: conversation.id });
    expect(await h.value('chat:list')).toEqual([]);
    await h.value('chat:restore', { id: conversation.id });
    expect((await h.value('chat:list')).map((c) => c.id)).toEqual([conversation.id]);
  });
});
