/** Deterministic replies and token counts for the simulated chat model. */

export interface ChatMessageInput {
  role: string;
  content: string | Array<{ type?: string; text?: string }> | null;
}

export interface PlannedReply {
  reasoning: string[];
  content: string[];
  finishReason: 'stop' | 'length';
}

const LONG_MARKER = /\[\[long:(\d{1,7})\]\]/;
const FILLER =
  'The simulator streams this filler text so that long replies can be measured end to end. ';

/** ≈ 4 characters per token, like the usual rule of thumb; at least 1 for non-empty text. */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}

export function messageText(m: ChatMessageInput): string {
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => p.text ?? '').join('');
  return '';
}

export function promptTokens(messages: ChatMessageInput[]): number {
  return Math.max(1, countTokens(messages.map(messageText).join('\n')));
}

function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

function fixedPieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * The reply mentions the model and echoes the last user message. `[[long:N]]` in the prompt asks
 * for about N tokens (for benchmarks), sent in bigger pieces. Thinking models reason first.
 */
export function planReply(
  model: string,
  messages: ChatMessageInput[],
  thinking: boolean,
  maxTokens: number | undefined,
): PlannedReply {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const prompt = lastUser ? messageText(lastUser) : '';
  const long = LONG_MARKER.exec(prompt);
  let content: string;
  let pieces: (text: string) => string[] = words;
  if (long) {
    const target = Number(long[1]) * 4;
    content = FILLER.repeat(Math.ceil(target / FILLER.length)).slice(0, target);
    pieces = (text) => fixedPieces(text, 32);
  } else {
    const echo = prompt.length > 200 ? `${prompt.slice(0, 200)}…` : prompt;
    content = `Hello from ${model}! You said: "${echo}". This answer comes from the local AiHubMix simulator.`;
  }
  let finishReason: PlannedReply['finishReason'] = 'stop';
  if (maxTokens !== undefined && countTokens(content) > maxTokens) {
    content = content.slice(0, maxTokens * 4);
    finishReason = 'length';
  }
  const reasoning = thinking
    ? words(`Let me think about what the user asked ${model}. I will answer briefly and clearly. `)
    : [];
  return { reasoning, content: pieces(content), finishReason };
}
