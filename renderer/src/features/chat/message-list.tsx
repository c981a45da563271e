import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChatMessageRecord } from '../../../../electron/shared/ipc/views.js';
import { MessageItem } from './message-item.js';

/**
 * The conversation, virtualized: only the messages near the viewport are in the DOM, so a chat
 * of hundreds of long answers scrolls like a short one. It follows the end while an answer
 * streams, unless the user scrolled up to read.
 */
export function MessageList({
  messages,
  onRegenerate,
}: {
  messages: ChatMessageRecord[];
  onRegenerate: (() => void) | null;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const lastTop = useRef(0);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 160,
    overscan: 4,
    getItemKey: (index) => messages[index]?.id ?? index,
    // Follow the end on every measurement, not only on renders that change the total: the
    // cost line that appears when an answer ends was otherwise left just below the fold.
    onChange: (instance) => {
      const element = instance.scrollElement;
      if (element && pinned.current && !instance.isScrolling) {
        element.scrollTop = element.scrollHeight;
      }
    },
  });
  const total = virtualizer.getTotalSize();

  useEffect(() => {
    const element = scrollRef.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [total, messages.length]);

  useEffect(() => {
    pinned.current = true;
  }, [messages.length]);

  return (
    <div
      ref={scrollRef}
      className="message-scroll"
      role="log"
      aria-label={t('chat.messages')}
      aria-live="off"
      tabIndex={0}
      onScroll={(event) => {
        const e = event.currentTarget;
        const nearEnd = e.scrollHeight - e.scrollTop - e.clientHeight < 80;
        // Only scrolling up lets go of the end. Our own scroll to the end fires this event a
        // frame later, when a fast answer may have grown by more than 80 px already.
        if (e.scrollTop < lastTop.current - 1) pinned.current = nearEnd;
        else if (nearEnd) pinned.current = true;
        lastTop.current = e.scrollTop;
      }}
    >
      <div className="message-canvas" style={{ height: total }}>
        {virtualizer.getVirtualItems().map((item) => {
          const message = messages[item.index];
          if (!message) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="message-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <MessageItem
                message={message}
                last={item.index === messages.length - 1}
                onRegenerate={item.index === messages.length - 1 ? onRegenerate : null}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
