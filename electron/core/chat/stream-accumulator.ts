import type { ChatResult, ChatStreamEvent, ChatUsage } from '../../shared/domain/chat.js';
import { normalizeUsage } from './normalize-usage.js';

/**
 * Folds chat chunks (streamed deltas or one whole completion) into events and a ChatResult.
 * Complete means a finish_reason was seen: gateways send `[DONE]` even after a broken upstream.
 */
export class ChatAccumulator {
  private content = '';
  private reasoning = '';
  private finishReason: string | null = null;
  private usage: ChatUsage | null = null;
  private model: string;

  constructor(
    requestedModel: string,
    private readonly onEvent: (event: ChatStreamEvent) => void = () => {},
  ) {
    this.model = requestedModel;
  }

  get complete(): boolean {
    return this.finishReason !== null;
  }

  /** One parsed `chat.completion.chunk` (or a non-streamed `chat.completion`). */
  addChunk(chunk: unknown): void {
    if (!chunk || typeof chunk !== 'object') return;
    const c = chunk as Record<string, unknown>;
    if (typeof c.model === 'string' && c.model) this.model = c.model;
    const choices = Array.isArray(c.choices) ? c.choices : [];
    for (const choice of choices) this.addChoice(choice);
    // Usage comes in a final chunk with empty choices (or on the last content chunk).
    const usage = normalizeUsage(c.usage);
    if (usage) {
      this.usage = usage;
      this.onEvent({ type: 'usage', usage });
    }
  }

  result(): ChatResult {
    return {
      model: this.model,
      content: this.content,
      reasoning: this.reasoning === '' ? null : this.reasoning,
      finishReason: this.finishReason,
      usage: this.usage,
      complete: this.complete,
    };
  }

  private addChoice(choice: unknown): void {
    if (!choice || typeof choice !== 'object') return;
    const ch = choice as Record<string, unknown>;
    // Only the first choice is shown (n is never set above 1).
    if (typeof ch.index === 'number' && ch.index !== 0) return;
    const part = (ch.delta ?? ch.message) as Record<string, unknown> | undefined;
    if (part && typeof part === 'object') {
      const reasoning = text(part.reasoning_content) ?? text(part.reasoning);
      if (reasoning) {
        this.reasoning += reasoning;
        this.onEvent({ type: 'reasoning', text: reasoning });
      }
      const content = text(part.content);
      if (content) {
        this.content += content;
        this.onEvent({ type: 'content', text: content });
      }
    }
    if (typeof ch.finish_reason === 'string' && ch.finish_reason) {
      this.finishReason = ch.finish_reason;
      this.onEvent({ type: 'finish', reason: ch.finish_reason });
    }
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
