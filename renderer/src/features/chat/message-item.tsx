import { Collapsible } from 'radix-ui';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChatMessageRecord } from '../../../../electron/shared/ipc/views.js';
import { formatNumber, formatUsd } from '../../ui/format.js';
import { ChevronIcon, WarningIcon } from '../../ui/icons.js';
import { seedLive, useLiveText } from './live-store.js';
import { Markdown } from './markdown.js';

export const formatCost = (usd: number): string => formatUsd(usd, usd !== 0 && usd < 0.01 ? 6 : 4);

function Reasoning({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Collapsible.Root className="reasoning">
      <Collapsible.Trigger className="reasoning-toggle btn btn-ghost btn-sm">
        <ChevronIcon aria-hidden /> {t('chat.reasoning', { count: text.length })}
      </Collapsible.Trigger>
      <Collapsible.Content className="reasoning-body selectable">{text}</Collapsible.Content>
    </Collapsible.Root>
  );
}

function Footer({ message }: { message: ChatMessageRecord }) {
  const { t } = useTranslation();
  if (!message.usage) return null;
  const usage = {
    prompt: formatNumber(message.usage.promptTokens),
    completion: formatNumber(message.usage.completionTokens),
  };
  return (
    <div
      className="message-meta"
      data-testid="message-cost"
      data-prompt={message.usage.promptTokens}
      data-completion={message.usage.completionTokens}
    >
      <span>{message.model}</span>
      <span>{t(message.usageEstimated ? 'chat.usageEstimated' : 'chat.usage', usage)}</span>
      <span className="message-cost" data-cost={message.costUsd ?? ''}>
        {message.costUsd === null ? t('chat.costUnknown') : formatCost(message.costUsd)}
      </span>
    </div>
  );
}

function ErrorBlock({ message }: { message: ChatMessageRecord }) {
  const { t } = useTranslation();
  const error = message.error;
  if (!error) return null;
  const incomplete = message.status === 'incomplete';
  return (
    <div className={`alert ${incomplete ? 'alert-warning' : 'alert-error'}`} role="alert">
      <WarningIcon />
      <div className="alert-body">
        <div className="alert-title">
          {incomplete ? t('chat.statusIncomplete') : t('chat.errorTitle')}
          {error.status !== null && ` (HTTP ${error.status})`}
        </div>
        {error.gatewayMessage && (
          <div className="selectable">
            {t('chat.gatewaySaid', { message: error.gatewayMessage })}
          </div>
        )}
        {!error.gatewayMessage && !incomplete && <div className="selectable">{error.message}</div>}
        <div>{t(`chat.fix.${error.fix}`)}</div>
      </div>
    </div>
  );
}

/**
 * An answer's text and reasoning. While it streams the text comes from the live store (only this
 * message re-renders); when it ends the same tree stays mounted with the saved text, so nothing
 * is parsed again.
 */
function AnswerBody({ message }: { message: ChatMessageRecord }) {
  const { t } = useTranslation();
  const streaming = message.status === 'streaming';
  useEffect(() => {
    if (streaming)
      seedLive(message.id, { content: message.content, reasoning: message.reasoning ?? '' });
  }, [streaming, message.id, message.content, message.reasoning]);
  const live = useLiveText(message.id);
  const content = streaming ? (live?.content ?? message.content) : message.content;
  const reasoning = streaming
    ? (live?.reasoning ?? message.reasoning ?? '')
    : (message.reasoning ?? '');
  return (
    <>
      {reasoning !== '' && <Reasoning text={reasoning} />}
      {streaming && content === '' && (
        <div className="muted streaming-note" role="status">
          {t('chat.streaming')}
        </div>
      )}
      {content !== '' && <Markdown text={content} streaming={streaming} />}
    </>
  );
}

/**
 * One message. Memoized: a finished message re-renders only when its own record changes, never
 * because another message is streaming.
 */
export const MessageItem = memo(function MessageItem({
  message,
  last,
  onRegenerate,
}: {
  message: ChatMessageRecord;
  last: boolean;
  onRegenerate: (() => void) | null;
}) {
  const { t } = useTranslation();
  if (message.role === 'user') {
    return (
      <article className="message message-user" aria-label={t('chat.you')}>
        {message.attachments.length > 0 && (
          <div className="message-images">
            {message.attachments.map((a, i) => (
              <img key={i} src={a.dataUrl} alt={a.name ?? ''} className="message-image" />
            ))}
          </div>
        )}
        {message.content !== '' && <div className="message-text selectable">{message.content}</div>}
      </article>
    );
  }
  const streaming = message.status === 'streaming';
  const failed = message.status === 'error';
  return (
    <article
      className="message message-assistant"
      aria-label={t('chat.assistant')}
      data-status={message.status}
      aria-busy={streaming}
    >
      <AnswerBody message={message} />
      {message.status === 'stopped' && (
        <div className="status-note" data-testid="status-stopped">
          {t('chat.statusStopped')}
        </div>
      )}
      <ErrorBlock message={message} />
      <Footer message={message} />
      {last && !streaming && onRegenerate && (
        <div className="message-actions">
          <button
            type="button"
            className="btn btn-sm"
            onClick={onRegenerate}
            aria-describedby={`charged-${message.id}`}
          >
            {failed ? t('chat.retry') : t('chat.regenerate')}
          </button>
          <span id={`charged-${message.id}`} className="muted">
            {t('chat.chargedNote')}
          </span>
        </div>
      )}
    </article>
  );
});
