import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { ChatUsage } from '../../shared/domain/chat.js';
import type { ChatRepriceView, ConversationView } from '../../shared/ipc/chat-views.js';
import { costUsd } from './cost.js';

const MAX_ROWS = 60;

/**
 * What a finished conversation would have cost on other models: the same token counts priced
 * per request at each model's catalog prices, for chat models whose context holds its largest
 * request and whose output limit holds its longest answer. Cheapest first.
 */
export function repriceConversation(
  conversation: ConversationView,
  models: CatalogModel[],
): ChatRepriceView {
  const usages: ChatUsage[] = conversation.messages.flatMap((m) =>
    m.role === 'assistant' && m.usage ? [m.usage] : [],
  );
  const promptTokens = sum(usages.map((u) => u.promptTokens));
  const completionTokens = sum(usages.map((u) => u.completionTokens));
  const largestRequestTokens = Math.max(
    0,
    ...usages.map((u) => u.promptTokens + u.completionTokens),
  );
  const longestAnswer = Math.max(0, ...usages.map((u) => u.completionTokens));
  const actualCostUsd = sum(conversation.messages.map((m) => m.costUsd ?? 0));
  const current = conversation.settings.model;

  const rows = models.flatMap((model) => {
    if (model.types.length > 0 && !model.types.includes('llm')) return [];
    if (model.contextLength !== null && model.contextLength < largestRequestTokens) return [];
    if (model.maxOutput !== null && model.maxOutput < longestAnswer) return [];
    let total = 0;
    for (const usage of usages) {
      const cost = costUsd(usage, model.pricing);
      if (cost === null) return [];
      total += cost;
    }
    return [
      {
        model: model.id,
        costUsd: total,
        contextLength: model.contextLength,
        current: model.id === current,
      },
    ];
  });
  rows.sort((a, b) => a.costUsd - b.costUsd || a.model.localeCompare(b.model));
  // Keep the current model in view even when it is far down the list.
  const top = rows.slice(0, MAX_ROWS);
  const mine = rows.find((row) => row.current);
  if (mine && !top.includes(mine)) top.push(mine);
  return { promptTokens, completionTokens, largestRequestTokens, actualCostUsd, rows: top };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
