import { z } from 'zod';

import { REASONING_EFFORTS } from '../../shared/ipc/chat-schemas.js';
import type { ConversationView } from '../../shared/ipc/chat-views.js';

/**
 * A conversation file as the store writes it. Read back through this schema: a file that does
 * not match (hand-edited, truncated by a disk fault) is set aside rather than half-loaded.
 */
const usageSchema = z.object({
  promptTokens: z.number().nonnegative(),
  completionTokens: z.number().nonnegative(),
  totalTokens: z.number().nonnegative(),
  reasoningTokens: z.number().nonnegative().nullable(),
  cachedTokens: z.number().nonnegative().nullable(),
});

const messageSchema = z.object({
  id: z.string().min(1),
  role: z.enum(['user', 'assistant']),
  createdAt: z.string(),
  content: z.string(),
  attachments: z.array(
    z.object({ kind: z.literal('image'), dataUrl: z.string(), name: z.string().nullable() }),
  ),
  reasoning: z.string().nullable(),
  model: z.string().nullable(),
  status: z.enum(['streaming', 'complete', 'incomplete', 'stopped', 'error']),
  usage: usageSchema.nullable(),
  usageEstimated: z.boolean(),
  prices: z
    .object({
      inputPerMTok: z.number().nullable(),
      outputPerMTok: z.number().nullable(),
      cacheReadPerMTok: z.number().nullable(),
    })
    .nullable(),
  costUsd: z.number().nullable(),
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      status: z.number().nullable(),
      gatewayMessage: z.string().nullable(),
      fix: z.enum([
        'wait-and-retry',
        'pick-another-model',
        'fix-key',
        'allow-model-on-key',
        'top-up',
        'check-network',
        'regenerate',
        'check-request',
      ]),
    })
    .nullable(),
});

export const conversationFileSchema = z.object({
  version: z.literal(1),
  conversation: z.object({
    id: z.string().regex(/^[a-z0-9-]{8,64}$/),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    settings: z.object({
      model: z.string().nullable(),
      keyId: z.number().int().nullable(),
      systemPrompt: z.string(),
      temperature: z.number().nullable(),
      maxTokens: z.number().int().nullable(),
      reasoningEffort: z.enum(REASONING_EFFORTS).nullable(),
    }),
    messages: z.array(messageSchema),
    // Files written before answers could be replaced have none.
    replacedCostUsd: z.number().min(0).default(0),
    deletedAt: z.string().nullable(),
  }),
});

export function parseConversationFile(value: unknown): ConversationView {
  return conversationFileSchema.parse(value).conversation;
}
