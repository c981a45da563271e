import type { CatalogModel } from '../../shared/domain/catalog.js';
import { DEFAULT_OUTPUT_CAP } from '../../shared/ipc/chat-schemas.js';
import type { ChatEstimateBound } from '../../shared/ipc/chat-views.js';

/** Rough tokens for text: ≈ 4 characters a token, the usual rule of thumb for English. */
export const tokensOf = (text: string): number => Math.ceil(text.length / 4);

/** What an image may cost in prompt tokens (a high-detail tile set; a deliberate upper bound). */
export const IMAGE_TOKENS = 1_000;

/** A typical chat answer's length in tokens: what the "≈" figure assumes. */
export const TYPICAL_OUTPUT = 1_000;

/**
 * Without a max tokens the check assumes DEFAULT_OUTPUT_CAP: a model's own maximum (128K for
 * gpt-5) is almost never reached and would make every message ask first. The UI says it is
 * assumed and shows the worst case beside it.
 */
export { DEFAULT_OUTPUT_CAP };

export interface EstimateInput {
  /** Everything that will be sent as text: system prompt, history and the new message. */
  promptChars: number;
  images: number;
  maxTokens: number | null;
  model: CatalogModel | null;
  balanceUsd: number | null;
  /** Ask first when the realistic bound is above this share of the balance (0 = always ask). */
  confirmShare: number;
}

export interface Estimate {
  promptTokens: number;
  typicalOutputTokens: number;
  /** The output the cost check assumes: the user's max tokens, else the default cap. */
  boundOutputTokens: number;
  bound: ChatEstimateBound;
  /** The most the model may write (the user's max tokens, else its catalog maximum); null unknown. */
  worstOutputTokens: number | null;
  typicalUsd: number | null;
  boundUsd: number | null;
  worstUsd: number | null;
  /** boundUsd / balance. */
  shareOfBalance: number | null;
  needsConfirm: boolean;
}

/**
 * A pre-send estimate from the live catalog prices, in three figures: a typical answer, a
 * realistic bound (what the confirmation is about) and the worst case the model allows. Meant to
 * catch a surprise without asking about every message, not to predict the bill.
 */
export function estimateCost(input: EstimateInput): Estimate {
  const promptTokens = Math.ceil(input.promptChars / 4) + input.images * IMAGE_TOKENS;
  const modelMax = input.model?.maxOutput ?? null;
  const bound: ChatEstimateBound =
    input.maxTokens !== null
      ? 'max-tokens'
      : modelMax !== null && modelMax <= DEFAULT_OUTPUT_CAP
        ? 'model-max'
        : 'default-cap';
  const boundOutputTokens =
    bound === 'max-tokens'
      ? (input.maxTokens ?? 0)
      : bound === 'model-max'
        ? (modelMax ?? 0)
        : DEFAULT_OUTPUT_CAP;
  const typicalOutputTokens = Math.min(TYPICAL_OUTPUT, boundOutputTokens);
  const worstOutputTokens = input.maxTokens ?? modelMax;

  const pricing = input.model?.pricing;
  const price = (output: number | null): number | null =>
    pricing && pricing.inputPerMTok !== null && pricing.outputPerMTok !== null && output !== null
      ? (promptTokens * pricing.inputPerMTok + output * pricing.outputPerMTok) / 1e6
      : null;
  const boundUsd = price(boundOutputTokens);
  const shareOfBalance =
    boundUsd !== null && input.balanceUsd !== null
      ? input.balanceUsd > 0
        ? boundUsd / input.balanceUsd
        : Infinity
      : null;
  return {
    promptTokens,
    typicalOutputTokens,
    boundOutputTokens,
    bound,
    worstOutputTokens,
    typicalUsd: price(typicalOutputTokens),
    boundUsd,
    worstUsd: price(worstOutputTokens),
    shareOfBalance,
    needsConfirm: shareOfBalance !== null && shareOfBalance > input.confirmShare,
  };
}
