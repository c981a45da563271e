import type { ChatUsage } from '../../shared/domain/chat.js';
import { toNumber } from '../api/wire/values.js';

/** OpenAI-style `usage` -> ChatUsage; null when there is no usable usage object. */
export function normalizeUsage(value: unknown): ChatUsage | null {
  if (!value || typeof value !== 'object') return null;
  const u = value as Record<string, unknown>;
  const prompt = toNumber(u.prompt_tokens);
  const completion = toNumber(u.completion_tokens);
  if (prompt === null && completion === null) return null;
  const promptTokens = prompt ?? 0;
  const completionTokens = completion ?? 0;
  return {
    promptTokens,
    completionTokens,
    totalTokens: toNumber(u.total_tokens) ?? promptTokens + completionTokens,
    reasoningTokens: detail(u.completion_tokens_details, 'reasoning_tokens'),
    cachedTokens: detail(u.prompt_tokens_details, 'cached_tokens'),
  };
}

function detail(value: unknown, field: string): number | null {
  if (!value || typeof value !== 'object') return null;
  return toNumber((value as Record<string, unknown>)[field]);
}
