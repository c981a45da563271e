import { afterEach, describe, expect, it } from 'vitest';

import type { MonitorState } from '../../../electron/shared/domain/balance.js';
import { startHarness, type Harness } from './service-harness.js';

/**
 * The money side of chat against the local gateway: each answer's cost is usage × the catalog's
 * per-1M prices, the conversation's total is what the gateway charged (answers replaced by
 * Regenerate included), and the balance is read again after every answer.
 */
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const settings = {
  model: 'gpt-5',
  keyId: 1,
  systemPrompt: '',
  temperature: null,
  maxTokens: null,
  reasoningEffort: null,
};

describe('chat costs', () => {
  it('totals what was charged, replaced answers included, and refreshes the balance', async () => {
    const h = (harness = await startHarness());
    await h.value('accounts:add', { token: h.sim.accessToken, baseUrl: h.sim.url });
    await h.value('chat:keys');
    const conversation = await h.value('chat:create', {});
    const before = h.sim.control.balanceUsd();

    let done = h.nextEvent('chat:done');
    const balance = h.nextEvent(
      'balance:changed',
      (s: MonitorState) => (s.snapshot?.balanceUsd ?? Infinity) < before,
    );
    await h.value('chat:send', { id: conversation.id, text: 'Hello', settings });
    const first = (await done).message;
    // gpt-5: $1.25 in / $10 out per 1M tokens.
    const usage = first.usage!;
    expect(first.costUsd).toBeCloseTo(
      (usage.promptTokens * 1.25 + usage.completionTokens * 10) / 1e6,
      12,
    );
    expect((await balance).snapshot?.balanceUsd).toBeCloseTo(h.sim.control.balanceUsd(), 6);

    done = h.nextEvent('chat:done');
    await h.value('chat:regenerate', { id: conversation.id, settings, charged: true });
    const second = (await done).message;
    const saved = await h.value('chat:get', { id: conversation.id });
    expect(saved.messages).toHaveLength(2);
    expect(saved.replacedCostUsd).toBeCloseTo(first.costUsd!, 12);
    const [summary] = await h.value('chat:list');
    const charged = h.sim.control.chargedUsd();
    expect(summary!.totalCostUsd).toBeCloseTo(first.costUsd! + second.costUsd!, 12);
    // The gateway bills in quota units (1/500,000 USD): equal within one unit per request.
    expect(Math.abs(summary!.totalCostUsd - charged)).toBeLessThan(4e-6);
    const markdown = await h.value('chat:export', { id: conversation.id, format: 'markdown' });
    expect(markdown.text).toContain(`Total cost: $${summary!.totalCostUsd.toFixed(6)}`);
  });
});
