/** Chat over `/v1/chat/completions`, normalized. */
export type ChatRole = 'system' | 'user' | 'assistant';

export type ChatContentPart =
  { type: 'text'; text: string } | { type: 'image_url'; imageUrl: string }; // data: URL or https URL

export interface ChatMessage {
  role: ChatRole;
  content: string | ChatContentPart[];
}

export type ReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh';

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  reasoningEffort?: ReasoningEffort;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  reasoningTokens: number | null;
  cachedTokens: number | null;
}

/** What a stream yields, in order of arrival. */
export type ChatStreamEvent =
  | { type: 'content'; text: string }
  | { type: 'reasoning'; text: string }
  | { type: 'usage'; usage: ChatUsage }
  | { type: 'finish'; reason: string };

export interface ChatResult {
  model: string;
  content: string;
  /** null when the model gave no reasoning. */
  reasoning: string | null;
  finishReason: string | null;
  usage: ChatUsage | null;
  /** false when the stream ended (or was stopped) without a finish_reason. */
  complete: boolean;
}
