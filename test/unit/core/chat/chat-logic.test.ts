import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../../../electron/core/api/errors.js';
import { chatErrorView } from '../../../../electron/core/chat/chat-error.js';
import {
  DEFAULT_CHAT_SETTINGS,
  newConversation,
} from '../../../../electron/core/chat/conversation-model.js';
import { DeltaBatcher } from '../../../../electron/core/chat/delta-batcher.js';
import { keyWarnings } from '../../../../electron/core/chat/key-warnings.js';
import { repriceConversation } from '../../../../electron/core/chat/reprice.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import type { ChatKeyView } from '../../../../electron/shared/ipc/views.js';

const model = (
  id: string,
  input: number | null,
  output: number | null,
  context = 128_000,
): CatalogModel => ({
  id,
  description: '',
  types: ['llm'],
  features: [],
  inputModalities: ['text'],
  contextLength: context,
  maxOutput: 8192,
  pricing: {
    inputPerMTok: input,
    outputPerMTok: output,
    cacheReadPerMTok: null,
    cacheWritePerMTok: null,
  },
  developer: null,
  serverOrder: 0,
});

describe('DeltaBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most one event per interval, with everything in order', () => {
    const sent: Array<{ content: string; reasoning: string }> = [];
    const batcher = new DeltaBatcher((d) => sent.push(d), 17);
    // 200 chunks a second for one second.
    for (let i = 0; i < 200; i++) {
      batcher.push(i < 20 ? 'reasoning' : 'content', `${i},`);
      vi.advanceTimersByTime(5);
    }
    batcher.flush();
    expect(sent.length).toBeLessThanOrEqual(60);
    const all = sent.map((d) => d.reasoning + d.content).join('');
    expect(all.split(',').filter(Boolean).map(Number)).toEqual([...Array(200).keys()]);
    batcher.flush();
    expect(sent.length).toBeLessThanOrEqual(60);
  });
});

describe('keyWarnings', () => {
  const key: ChatKeyView = {
    id: 1,
    name: 'k',
    maskedKey: 'sk-abcd…wxyz',
    status: 'enabled',
    models: [],
    expiresAt: null,
    remainUsd: null,
    unlimited: true,
    held: 'memory',
  };
  const now = new Date('2026-03-01T00:00:00Z');
  it('says why the gateway would refuse', () => {
    expect(keyWarnings(key, 'gpt-5', now)).toEqual([]);
    expect(keyWarnings(null, 'gpt-5', now)).toEqual([{ code: 'no-key', blocking: true }]);
    const codes = (k: Partial<ChatKeyView>) =>
      keyWarnings({ ...key, ...k }, 'gpt-5', now).map((w) => w.code);
    expect(codes({ models: ['gpt-4o'] })).toEqual(['model-not-allowed']);
    expect(codes({ status: 'disabled' })).toEqual(['disabled']);
    expect(codes({ expiresAt: '2026-02-01T00:00:00Z' })).toEqual(['expired']);
    expect(codes({ unlimited: false, remainUsd: 0 })).toEqual(['exhausted']);
    expect(codes({ unlimited: false, remainUsd: 0.01 })).toEqual(['low-key-quota']);
    expect(codes({ held: null })).toEqual(['no-secret']);
  });
});

describe('repriceConversation', () => {
  it('prices the real token counts on models whose context fits, cheapest first', () => {
    const c = newConversation({ ...DEFAULT_CHAT_SETTINGS, model: 'mid' }, new Date());
    const usage = {
      promptTokens: 1000,
      completionTokens: 500,
      totalTokens: 1500,
      reasoningTokens: null,
      cachedTokens: null,
    };
    c.messages.push({
      id: 'a',
      role: 'assistant',
      createdAt: '',
      content: 'x',
      attachments: [],
      reasoning: null,
      model: 'mid',
      status: 'complete',
      usage,
      usageEstimated: false,
      prices: null,
      costUsd: 0.003,
      error: null,
    });
    const view = repriceConversation(c, [
      model('mid', 1, 4),
      model('cheap', 0.1, 0.4),
      model('small', 0.01, 0.01, 1000),
      model('unknown', null, 1),
      model('dear', 10, 40),
    ]);
    expect(view.rows.map((r) => r.model)).toEqual(['cheap', 'mid', 'dear']);
    expect(view.rows[1]).toMatchObject({ current: true, costUsd: (1000 * 1 + 500 * 4) / 1e6 });
    expect(view.largestRequestTokens).toBe(1500);
  });
});

describe('chatErrorView', () => {
  it('keeps the gateway message and names a fix', () => {
    const e = chatErrorView(
      new ApiError('gateway', 'refused', {
        status: 403,
        gatewayMessage: 'user quota is not enough',
      }),
    );
    expect(e).toMatchObject({
      fix: 'top-up',
      gatewayMessage: 'user quota is not enough',
      status: 403,
    });
    expect(chatErrorView(new ApiError('auth', 'no', { status: 401 })).fix).toBe('fix-key');
    expect(
      chatErrorView(
        new ApiError('gateway', 'no', { status: 403, gatewayMessage: '该令牌无权使用模型：x' }),
      ).fix,
    ).toBe('allow-model-on-key');
  });
});

describe('chatBlocks', () => {
  it('cuts an endless paragraph into settled blocks and leaves code alone', async () => {
    const { chatBlocks } =
      await import('../../../../renderer/src/features/chat/markdown-blocks.js');
    const long = 'word '.repeat(1000);
    const blocks = chatBlocks(long);
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.join('')).toBe(long);
    const code = `\`\`\`js\n${'x = 1;\n'.repeat(400)}\`\`\``;
    expect(chatBlocks(code)).toHaveLength(1);
  });
});
