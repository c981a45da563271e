import { describe, expect, it } from 'vitest';
import { readSse } from '../../../../electron/core/api/sse.js';
import { ChatAccumulator } from '../../../../electron/core/chat/stream-accumulator.js';
import type { ChatStreamEvent } from '../../../../electron/shared/domain/chat.js';

async function* packets(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const part of parts) yield typeof part === 'string' ? encoder.encode(part) : part;
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

async function run(...parts: (string | Uint8Array)[]) {
  const events: ChatStreamEvent[] = [];
  const acc = new ChatAccumulator('requested', (e) => events.push(e));
  const { sawDone } = await readSse(packets(...parts), {
    onData: (d) => acc.addChunk(JSON.parse(d)),
  });
  return { events, result: acc.result(), sawDone };
}

describe('readSse + ChatAccumulator', () => {
  it('reads content, reasoning, the usage-only final chunk and [DONE]; ignores comments', async () => {
    const usage = {
      model: 'm',
      choices: [],
      usage: {
        prompt_tokens: 10,
        completion_tokens: 5,
        total_tokens: 15,
        completion_tokens_details: { reasoning_tokens: 2 },
        prompt_tokens_details: { cached_tokens: 4 },
      },
    };
    const { events, result, sawDone } = await run(
      ': PING\n\n',
      chunk({ role: 'assistant', reasoning_content: 'thinking…' }),
      chunk({ reasoning: ' more' }),
      chunk({ content: 'Hel' }),
      ': retrying\n\n',
      chunk({ content: 'lo' }, 'stop'),
      `data: ${JSON.stringify(usage)}\n\n`,
      'data: [DONE]\n\n',
    );
    expect(sawDone).toBe(true);
    expect(result).toEqual({
      model: 'm',
      content: 'Hello',
      reasoning: 'thinking… more',
      finishReason: 'stop',
      usage: {
        promptTokens: 10,
        completionTokens: 5,
        totalTokens: 15,
        reasoningTokens: 2,
        cachedTokens: 4,
      },
      complete: true,
    });
    expect(events.map((e) => e.type)).toEqual([
      'reasoning',
      'reasoning',
      'content',
      'content',
      'finish',
      'usage',
    ]);
  });

  it('reassembles events split across packets, even inside a multi-byte character', async () => {
    const whole = chunk({ content: '你好' }, 'stop') + 'data: [DONE]\n\n';
    const bytes = new TextEncoder().encode(whole);
    // A byte offset one past the start of '你' (3 bytes in UTF-8): the character is split.
    const inside = new TextEncoder().encode(whole.slice(0, whole.indexOf('你'))).length + 1;
    const parts = [
      bytes.slice(0, 7),
      bytes.slice(7, inside),
      bytes.slice(inside, inside + 3),
      bytes.slice(inside + 3),
    ];
    const { result } = await run(...parts);
    expect(result.content).toBe('你好');
    expect(result.complete).toBe(true);
  });

  it('a stream cut before any finish_reason is incomplete even when [DONE] arrives', async () => {
    const { result, sawDone } = await run(chunk({ content: 'partial ans' }), 'data: [DONE]\n\n');
    expect(sawDone).toBe(true);
    expect(result).toMatchObject({ content: 'partial ans', complete: false, finishReason: null });
  });

  it('a body that just ends keeps what arrived, including a last event without its blank line', async () => {
    const { result, sawDone } = await run(
      chunk({ content: 'a' }),
      'data: {"choices":[{"delta":{"content":"b"}}]}',
    );
    expect(sawDone).toBe(false);
    expect(result.content).toBe('ab');
    expect(result.complete).toBe(false);
  });
});
