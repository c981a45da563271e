import { randomUUID } from 'node:crypto';

import type { ChatMessage, ChatRequest } from '../../shared/domain/chat.js';
import type {
  ChatAttachment,
  ChatMessageRecord,
  ChatSettingsView,
  ConversationSummary,
  ConversationView,
} from '../../shared/ipc/chat-views.js';

/** Building blocks of a conversation: new records, titles, totals and what is sent. */

export const DEFAULT_CHAT_SETTINGS: ChatSettingsView = {
  model: null,
  keyId: null,
  systemPrompt: '',
  temperature: null,
  maxTokens: null,
  reasoningEffort: null,
};

export const newId = (): string => randomUUID();

export function newConversation(settings: ChatSettingsView, now: Date): ConversationView {
  const at = now.toISOString();
  return {
    id: newId(),
    title: '',
    createdAt: at,
    updatedAt: at,
    settings,
    messages: [],
    replacedCostUsd: 0,
    deletedAt: null,
  };
}

function blankMessage(role: 'user' | 'assistant', now: Date): ChatMessageRecord {
  return {
    id: newId(),
    role,
    createdAt: now.toISOString(),
    content: '',
    attachments: [],
    reasoning: null,
    model: null,
    status: 'complete',
    usage: null,
    usageEstimated: false,
    prices: null,
    costUsd: null,
    error: null,
  };
}

export function userMessage(
  text: string,
  attachments: ChatAttachment[],
  now: Date,
): ChatMessageRecord {
  return { ...blankMessage('user', now), content: text, attachments };
}

export function streamingAnswer(model: string, now: Date): ChatMessageRecord {
  return { ...blankMessage('assistant', now), model, status: 'streaming' };
}

/** The first words of the first message: enough to find the conversation again. */
export function titleFrom(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'Image';
  return line.length > 48 ? `${line.slice(0, 47).trimEnd()}…` : line;
}

/** Every answer's cost, those replaced by Regenerate included: what the gateway charged. */
export function totalCostUsd(conversation: ConversationView): number {
  return conversation.messages.reduce(
    (sum, m) => sum + (m.costUsd ?? 0),
    conversation.replacedCostUsd,
  );
}

export function summaryOf(conversation: ConversationView): ConversationSummary {
  return {
    id: conversation.id,
    title: conversation.title,
    updatedAt: conversation.updatedAt,
    messageCount: conversation.messages.length,
    totalCostUsd: totalCostUsd(conversation),
    model: conversation.settings.model,
    streaming: conversation.messages.some((m) => m.status === 'streaming'),
  };
}

/**
 * The request for the next answer: the system prompt, then every user message and every answer
 * that has text (a failed one is left out: it was never part of the dialogue).
 */
export function requestFor(conversation: ConversationView): ChatRequest {
  const { settings } = conversation;
  if (!settings.model) throw new Error('requestFor: no model');
  const messages: ChatMessage[] = [];
  if (settings.systemPrompt.trim() !== '') {
    messages.push({ role: 'system', content: settings.systemPrompt });
  }
  for (const m of conversation.messages) {
    if (m.role === 'assistant') {
      if (m.status !== 'streaming' && m.content !== '') {
        messages.push({ role: 'assistant', content: m.content });
      }
      continue;
    }
    if (m.attachments.length === 0) {
      messages.push({ role: 'user', content: m.content });
    } else {
      messages.push({
        role: 'user',
        content: [
          ...(m.content === '' ? [] : [{ type: 'text' as const, text: m.content }]),
          ...m.attachments.map((a) => ({ type: 'image_url' as const, imageUrl: a.dataUrl })),
        ],
      });
    }
  }
  const request: ChatRequest = { model: settings.model, messages };
  if (settings.temperature !== null) request.temperature = settings.temperature;
  if (settings.maxTokens !== null) request.maxTokens = settings.maxTokens;
  if (settings.reasoningEffort !== null) request.reasoningEffort = settings.reasoningEffort;
  return request;
}

/** Characters of text that a request for this conversation would send (for the estimate). */
export function promptChars(
  conversation: ConversationView | null,
  extra: string,
  system: string,
): number {
  let chars = system.length + extra.length;
  for (const m of conversation?.messages ?? []) {
    if (m.role === 'user' || (m.status !== 'error' && m.status !== 'streaming'))
      chars += m.content.length;
  }
  return chars;
}
