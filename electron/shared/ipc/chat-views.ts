import type { ChatUsage, ReasoningEffort } from '../domain/chat.js';

/**
 * Chat as the renderer sees it and as conversations are stored on disk (the store validates the
 * same shape with zod on read). Times are ISO strings so a file reads back exactly as it was.
 */

export type ChatMessageStatus = 'streaming' | 'complete' | 'incomplete' | 'stopped' | 'error';

/** What to do about a failed or partial answer; the renderer words it in the user's language. */
export type ChatFixCode =
  | 'wait-and-retry'
  | 'pick-another-model'
  | 'fix-key'
  | 'allow-model-on-key'
  | 'top-up'
  | 'check-network'
  | 'regenerate'
  | 'check-request';

export interface ChatErrorView {
  code: string;
  message: string;
  status: number | null;
  /** The gateway's own words, redacted. */
  gatewayMessage: string | null;
  fix: ChatFixCode;
}

export interface ChatAttachment {
  kind: 'image';
  /** data:image/...;base64,... (never a remote URL: the CSP forbids fetching them). */
  dataUrl: string;
  name: string | null;
}

export interface ChatPriceSnapshot {
  inputPerMTok: number | null;
  outputPerMTok: number | null;
  cacheReadPerMTok: number | null;
}

export interface ChatMessageRecord {
  id: string;
  role: 'user' | 'assistant';
  createdAt: string;
  content: string;
  attachments: ChatAttachment[];
  /** Assistant only below. */
  reasoning: string | null;
  model: string | null;
  status: ChatMessageStatus;
  usage: ChatUsage | null;
  /** true when the gateway reported no usage (a stopped answer) and tokens were estimated. */
  usageEstimated: boolean;
  /** The catalog's prices when the answer was priced, so a reopened chat shows the same cost. */
  prices: ChatPriceSnapshot | null;
  costUsd: number | null;
  error: ChatErrorView | null;
}

export interface ChatSettingsView {
  model: string | null;
  keyId: number | null;
  systemPrompt: string;
  temperature: number | null;
  maxTokens: number | null;
  reasoningEffort: ReasoningEffort | null;
}

export interface ConversationView {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  settings: ChatSettingsView;
  messages: ChatMessageRecord[];
  /**
   * What answers replaced by Regenerate cost: they are gone from the messages but were charged,
   * so the conversation's total still counts them.
   */
  replacedCostUsd: number;
  /** Soft delete: hidden, restorable until purged. */
  deletedAt: string | null;
}

export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: string;
  messageCount: number;
  totalCostUsd: number;
  model: string | null;
  streaming: boolean;
}

export interface ChatSearchHit {
  id: string;
  title: string;
  updatedAt: string;
  /** A few words around the first match in the contents; null when only the title matched. */
  snippet: string | null;
}

export interface ChatExportView {
  filename: string;
  mimeType: string;
  text: string;
}

export interface ChatSendView {
  requestId: string;
  conversationId: string;
  userMessageId: string | null;
  assistantMessageId: string;
}

export type ChatKeyWarningCode =
  | 'no-key'
  | 'no-secret'
  | 'disabled'
  | 'expired'
  | 'exhausted'
  | 'model-not-allowed'
  | 'low-key-quota';

export interface ChatKeyWarning {
  code: ChatKeyWarningCode;
  /** Blocking warnings would make the gateway refuse the request. */
  blocking: boolean;
}

export interface ChatKeyView {
  id: number;
  name: string;
  maskedKey: string | null;
  status: 'enabled' | 'disabled' | 'expired' | 'exhausted';
  models: string[];
  expiresAt: string | null;
  remainUsd: number | null;
  unlimited: boolean;
  /** Where main holds the full key: 'memory' (this run) or 'keychain'; null = not held. */
  held: 'memory' | 'keychain' | null;
}

export interface ChatKeysView {
  keys: ChatKeyView[];
  /** The key the user chose last for chat on this account. */
  preferredKeyId: number | null;
}

/**
 * What the cost check assumes about the answer's length: the user's max tokens, the model's own
 * maximum when that is small, or a default cap (no max tokens set and a large model maximum).
 */
export type ChatEstimateBound = 'max-tokens' | 'model-max' | 'default-cap';

export interface ChatEstimateView {
  promptTokens: number;
  /** A typical answer's length (≈ 1,000 tokens, less when the bound is lower). */
  typicalOutputTokens: number;
  /** The realistic bound the confirmation is about. */
  boundOutputTokens: number;
  bound: ChatEstimateBound;
  /** The most the model may write; null when the catalog does not say. */
  worstOutputTokens: number | null;
  /** USD for the prompt plus each output length; null when the model's prices are unknown. */
  typicalUsd: number | null;
  boundUsd: number | null;
  worstUsd: number | null;
  balanceUsd: number | null;
  /** boundUsd / balance; null when either is unknown. */
  shareOfBalance: number | null;
  /** The realistic bound is above the share of the balance set in Settings. */
  needsConfirm: boolean;
  warnings: ChatKeyWarning[];
  /** The model takes images. */
  acceptsImages: boolean;
  supportsReasoning: boolean;
}

export interface ChatRepriceRow {
  model: string;
  costUsd: number;
  contextLength: number | null;
  current: boolean;
}

export interface ChatRepriceView {
  promptTokens: number;
  completionTokens: number;
  /** The largest single request (prompt + answer), which a model's context must hold. */
  largestRequestTokens: number;
  actualCostUsd: number;
  rows: ChatRepriceRow[];
}

export interface ChatDeltaEvent {
  requestId: string;
  conversationId: string;
  messageId: string;
  /** Text appended since the last event. */
  content: string;
  reasoning: string;
  /**
   * Where that text starts in the answer's content and reasoning. A window that reloaded seeds
   * the answer from `chat:get`, which may already hold some of it: the offsets let it append
   * only what it does not have, instead of showing text twice.
   */
  contentOffset: number;
  reasoningOffset: number;
}

/** An answer still streaming in main, so a reloaded window can stop it. */
export interface ChatActiveView {
  requestId: string;
  conversationId: string;
  messageId: string;
}

export interface ChatDoneEvent {
  requestId: string;
  conversationId: string;
  message: ChatMessageRecord;
}
