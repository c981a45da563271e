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

export interface ChatEstimateView {
  promptTokens: number;
  maxOutputTokens: number;
  /** Upper bound in USD; null when the model's prices are unknown. */
  estimateUsd: number | null;
  balanceUsd: number | null;
  /** estimate / balance; null when either is unknown. */
  shareOfBalance: number | null;
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
}

export interface ChatDoneEvent {
  requestId: string;
  conversationId: string;
  message: ChatMessageRecord;
}
