import type { CatalogModel } from '../../shared/domain/catalog.js';

/** Rough tokens for text: ≈ 4 characters a token, the usual rule of thumb for English. */
export const tokensOf = (text: string): number => Math.ceil(text.length / 4);

/** What an image may cost in prompt tokens (a high-detail tile set; a deliberate upper bound). */
export const IMAGE_TOKENS = 1_000;

/** When neither the user nor the catalog bounds the answer, assume this many output tokens. */
export const DEFAULT_MAX_OUTPUT = 4_096;

export interface EstimateInput {
  /** Everything that will be sent as text: system prompt, history and the new message. */
  promptChars: number;
  images: number;
  maxTokens: number | null;
  model: CatalogModel | null;
  balanceUsd: number | null;
  /** Ask first when the estimate is above this share of the balance (0 = always ask). */
  confirmShare: number;
}

export interface Estimate {
  promptTokens: number;
  maxOutputTokens: number;
  estimateUsd: number | null;
  shareOfBalance: number | null;
  needsConfirm: boolean;
}

/**
 * An upper-bound pre-send estimate from the live catalog prices: the prompt as sent plus the
 * most the model may answer. Meant to catch a surprise, not to predict the bill.
 */
export function estimateCost(input: EstimateInput): Estimate {
  const promptTokens = Math.ceil(input.promptChars / 4) + input.images * IMAGE_TOKENS;
  const maxOutputTokens = input.maxTokens ?? input.model?.maxOutput ?? DEFAULT_MAX_OUTPUT;
  const pricing = input.model?.pricing;
  let estimateUsd: number | null = null;
  if (pricing && pricing.inputPerMTok !== null && pricing.outputPerMTok !== null) {
    estimateUsd =
      (promptTokens * pricing.inputPerMTok + maxOutputTokens * pricing.outputPerMTok) / 1e6;
  }
  const shareOfBalance =
    estimateUsd !== null && input.balanceUsd !== null
      ? input.balanceUsd > 0
        ? estimateUsd / input.balanceUsd
        : Infinity
      : null;
  const needsConfirm = shareOfBalance !== null && shareOfBalance > input.confirmShare;
  return { promptTokens, maxOutputTokens, estimateUsd, shareOfBalance, needsConfirm };
}
