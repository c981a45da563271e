import { afterEach, describe, expect, it } from 'vitest';

import type { ChatDeltaEvent } from '../../../electron/shared/ipc/views.js';
import { startHarness, type Harness } from './service-harness.js';

/**
 * A window that reloads mid-answer: it must find the running request (to stop it) and be able
 * to put the saved text and the deltas together without doubling any of it.
 */
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const settings = {
  model: 'gpt-4o-mini',
  keyId: 1,
  systemPrompt: '',
  temperature: null,
  maxTokens: null,
  reasoningEffort: null,
};

describe('chat after a window reload', () => {
  it('lists the running answer, numbers its deltas by offset, and stops by the listed id', async () => {
    const h = (harness = await startHarness({ sim: { chunkIntervalMs: 10 } }));
    await h.value('accounts:add', { token: h.sim.accessToken, baseUrl: h.sim.url });
    await h.value('chat:keys');
    const conversation = await h.value('chat:create', {});
    expect(await h.value('chat:active')).toEqual([]);
    const done = h.nextEvent('chat:done');
    const sent = await h.value('chat:send', {
      id: conversation.id,
      text: 'A long one [[long:3000]]',
      settings,
    });
    await h.nextEvent('chat:delta', (e) => e.contentOffset > 200);

    // The reloaded window knows nothing but what it can ask for.
    const active = await h.value('chat:active');
    expect(active).toEqual([
      {
        requestId: sent.requestId,
        conversationId: conversation.id,
        messageId: sent.assistantMessageId,
      },
    ]);
    const snapshot = (await h.value('chat:get', { id: conversation.id })).messages.at(-1)!;
    expect(snapshot.status).toBe('streaming');
    await h.nextEvent('chat:delta');
    expect(await h.value('chat:stop', { requestId: active[0]!.requestId })).toEqual({
      stopped: true,
    });
    const { message } = await done;
    expect(message.status).toBe('stopped');
    expect(await h.value('chat:active')).toEqual([]);

    // Offsets are contiguous, and they place every delta in the final text.
    const deltas = h.events
      .filter((e) => e.channel === 'chat:delta')
      .map((e) => e.payload as ChatDeltaEvent);
    let at = 0;
    for (const d of deltas) {
      expect(d.contentOffset).toBe(at);
      expect(message.content.slice(at, at + d.content.length)).toBe(d.content);
      at += d.content.length;
    }
    expect(at).toBe(message.content.length);
    // The snapshot is a prefix of the answer, so it can be merged with the deltas by offset.
    expect(message.content.startsWith(snapshot.content)).toBe(true);
  });
});
