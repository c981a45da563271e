import type { ChatResult, ChatUsage } from '../../shared/domain/chat.js';
import type {
  ChatActiveView,
  ChatSendView,
  ConversationView,
} from '../../shared/ipc/chat-views.js';
import { isApiError } from '../api/errors.js';
import { chatErrorView } from '../chat/chat-error.js';
import { tokensOf } from '../chat/chat-estimate.js';
import type { ConversationStore } from '../chat/conversation-store.js';
import { newId, requestFor, streamingAnswer } from '../chat/conversation-model.js';
import { costUsd } from '../chat/cost.js';
import { DeltaBatcher } from '../chat/delta-batcher.js';
import type { Session } from './active-account.js';
import { describeErrorForLog } from './dispatch-invoke.js';
import type { ChatCatalog } from './chat-catalog.js';
import type { EventHub } from './event-hub.js';

interface Running {
  controller: AbortController;
  conversationId: string;
  messageId: string;
  done: Promise<void>;
}

/**
 * Streams answers in main and keeps them: the conversation is written before the request goes
 * out, throttled while text arrives and at once when the answer ends, however it ends. Nothing
 * is ever sent again by itself: a failed answer is stored with the gateway's message and a fix,
 * and only the user's explicit Retry or Regenerate sends a new (charged) request.
 */
export class ChatRunner {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly deps: {
      store: ConversationStore;
      hub: EventHub;
      catalog: ChatCatalog;
      now: () => Date;
    },
  ) {}

  isRunning(conversationId: string): boolean {
    return [...this.running.values()].some((r) => r.conversationId === conversationId);
  }

  /** Appends a streaming answer, saves, and starts the request; resolves once it is under way. */
  async start(
    conversation: ConversationView,
    session: Session,
    apiKey: string,
    userMessageId: string | null,
  ): Promise<ChatSendView> {
    const { store, hub } = this.deps;
    const request = requestFor(conversation);
    const answer = streamingAnswer(request.model, this.deps.now());
    conversation.messages.push(answer);
    conversation.updatedAt = answer.createdAt;
    await store.put(conversation);

    const requestId = newId();
    const controller = new AbortController();
    // How much text the renderer has been sent, so each delta says where it starts.
    const sent = { content: 0, reasoning: 0 };
    const batcher = new DeltaBatcher((delta) => {
      hub.emit('chat:delta', {
        requestId,
        conversationId: conversation.id,
        messageId: answer.id,
        ...delta,
        contentOffset: sent.content,
        reasoningOffset: sent.reasoning,
      });
      sent.content += delta.content.length;
      sent.reasoning += delta.reasoning.length;
    });
    const finish = async (result: ChatResult | null, error: unknown): Promise<void> => {
      batcher.flush();
      const outcome = result ?? (isApiError(error) ? error.partial : undefined) ?? null;
      if (outcome) {
        answer.content = outcome.content;
        answer.reasoning = outcome.reasoning;
        answer.model = outcome.model;
      }
      if (result) answer.status = 'complete';
      else if (isApiError(error) && error.code === 'aborted') answer.status = 'stopped';
      else if (isApiError(error) && error.partial) answer.status = 'incomplete';
      else answer.status = 'error';
      answer.error =
        answer.status === 'complete' || answer.status === 'stopped' ? null : chatErrorView(error);
      await this.price(
        answer,
        answer.model ?? request.model,
        outcome?.usage ?? null,
        chars(request),
      );
      conversation.updatedAt = this.deps.now().toISOString();
      await store.flush(conversation.id);
      // Not running from here on: a window told "done" must not find it in `chat:active`.
      this.running.delete(requestId);
      hub.emit('chat:done', { requestId, conversationId: conversation.id, message: answer });
      // The answer cost money: show the new balance in the tray and the window.
      void session.monitor.refreshNow().catch(() => undefined);
    };

    const done = session.client
      .streamChat(request, {
        apiKey,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'content') answer.content += event.text;
          else if (event.type === 'reasoning')
            answer.reasoning = (answer.reasoning ?? '') + event.text;
          else return;
          batcher.push(event.type, event.text);
          store.schedule(conversation.id);
        },
      })
      .then(
        (result) => finish(result, null),
        (error: unknown) => finish(null, error),
      )
      .catch((error: unknown) =>
        console.error(`[chat] could not finish an answer: ${describeErrorForLog(error)}`),
      )
      .finally(() => this.running.delete(requestId));
    this.running.set(requestId, {
      controller,
      conversationId: conversation.id,
      messageId: answer.id,
      done,
    });
    return {
      requestId,
      conversationId: conversation.id,
      userMessageId,
      assistantMessageId: answer.id,
    };
  }

  /** The answers streaming now: a window that reloaded mid-answer learns what Stop stops. */
  active(): ChatActiveView[] {
    return [...this.running.entries()].map(([requestId, run]) => ({
      requestId,
      conversationId: run.conversationId,
      messageId: run.messageId,
    }));
  }

  /** Aborts the request; the partial answer is kept and marked stopped. */
  stop(requestId: string): boolean {
    const run = this.running.get(requestId);
    if (!run) return false;
    run.controller.abort();
    return true;
  }

  stopConversation(conversationId: string): void {
    for (const run of this.running.values()) {
      if (run.conversationId === conversationId) run.controller.abort();
    }
  }

  /** Stops every answer and waits until each is saved (the app is quitting). */
  async stopAll(): Promise<void> {
    const runs = [...this.running.values()];
    for (const run of runs) run.controller.abort();
    await Promise.all(runs.map((run) => run.done));
  }

  /** Tokens × the catalog's prices now; a stopped answer's tokens are estimated from its text. */
  private async price(
    answer: ConversationView['messages'][number],
    model: string,
    usage: ChatUsage | null,
    promptChars: number,
  ): Promise<void> {
    let used = usage;
    answer.usageEstimated = false;
    if (!used && (answer.content !== '' || (answer.reasoning ?? '') !== '')) {
      const completion = tokensOf(answer.content) + tokensOf(answer.reasoning ?? '');
      const prompt = Math.ceil(promptChars / 4);
      used = {
        promptTokens: prompt,
        completionTokens: completion,
        totalTokens: prompt + completion,
        reasoningTokens: null,
        cachedTokens: null,
      };
      answer.usageEstimated = true;
    }
    answer.usage = used;
    const entry = await this.deps.catalog.model(model);
    answer.prices = entry
      ? {
          inputPerMTok: entry.pricing.inputPerMTok,
          outputPerMTok: entry.pricing.outputPerMTok,
          cacheReadPerMTok: entry.pricing.cacheReadPerMTok,
        }
      : null;
    answer.costUsd = used && entry ? costUsd(used, entry.pricing) : null;
  }
}

function chars(request: ReturnType<typeof requestFor>): number {
  return request.messages.reduce(
    (sum, m) =>
      sum +
      (typeof m.content === 'string'
        ? m.content.length
        : m.content.reduce((n, p) => n + (p.type === 'text' ? p.text.length : 0), 0)),
    0,
  );
}
