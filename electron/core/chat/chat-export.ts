import type { ChatExportView, ConversationView } from '../../shared/ipc/chat-views.js';
import { totalCostUsd } from './conversation-model.js';

/**
 * A conversation as a file the user keeps: Markdown to read, JSON to process. The renderer saves
 * the returned text; nothing here touches the disk.
 */
export function exportConversation(
  conversation: ConversationView,
  format: 'markdown' | 'json',
): ChatExportView {
  const base = fileBase(conversation.title || 'conversation');
  if (format === 'json') {
    return {
      filename: `${base}.json`,
      mimeType: 'application/json',
      text: `${JSON.stringify({ version: 1, conversation }, null, 2)}\n`,
    };
  }
  return { filename: `${base}.md`, mimeType: 'text/markdown', text: markdownOf(conversation) };
}

function markdownOf(conversation: ConversationView): string {
  const lines: string[] = [`# ${conversation.title || 'Conversation'}`, ''];
  const { settings } = conversation;
  lines.push(`- Model: ${settings.model ?? 'not chosen'}`);
  lines.push(`- Started: ${conversation.createdAt}`);
  lines.push(`- Total cost: $${totalCostUsd(conversation).toFixed(6)}`);
  lines.push('');
  if (settings.systemPrompt.trim() !== '') {
    lines.push('## System', '', settings.systemPrompt, '');
  }
  for (const m of conversation.messages) {
    if (m.role === 'user') {
      lines.push('## User', '', m.content);
      for (const a of m.attachments) lines.push('', `*(image${a.name ? `: ${a.name}` : ''})*`);
      lines.push('');
      continue;
    }
    lines.push(`## Assistant${m.model ? ` (${m.model})` : ''}`, '');
    if (m.reasoning) {
      lines.push('<details><summary>Reasoning</summary>', '', m.reasoning, '', '</details>', '');
    }
    if (m.content) lines.push(m.content, '');
    if (m.status === 'incomplete' || m.status === 'stopped') lines.push(`*(${m.status})*`, '');
    if (m.error) lines.push(`> Error: ${m.error.gatewayMessage ?? m.error.message}`, '');
    if (m.usage) {
      const cost = m.costUsd === null ? 'unknown' : `$${m.costUsd.toFixed(6)}`;
      lines.push(
        `*${m.usage.promptTokens} prompt + ${m.usage.completionTokens} completion tokens, ${cost}*`,
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function fileBase(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return safe || 'conversation';
}
