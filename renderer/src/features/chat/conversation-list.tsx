import { DropdownMenu } from 'radix-ui';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ConversationSummary } from '../../../../electron/shared/ipc/views.js';
import { DotsIcon, PlusIcon, SearchIcon } from '../../ui/icons.js';
import { formatCost } from './message-item.js';
import { useChatSearch, useConversations, useRenameConversation } from './use-chat.js';

/** New, search (titles and contents), and per conversation: rename, export, re-price, delete. */
export function ConversationList({
  openId,
  onOpen,
  onNew,
  onDelete,
  onExport,
}: {
  openId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDelete: (conversation: ConversationSummary) => void;
  onExport: (id: string, format: 'markdown' | 'json') => void;
}) {
  const { t } = useTranslation();
  const list = useConversations();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const search = useChatSearch(deferred);
  const rename = useRenameConversation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const hits = deferred === '' ? null : new Set(search.data?.map((h) => h.id) ?? []);
  const shown = (list.data ?? []).filter((c) => hits === null || hits.has(c.id));
  const snippets = new Map(search.data?.map((h) => [h.id, h.snippet]) ?? []);

  return (
    <nav className="chat-list" aria-label={t('chat.conversations')}>
      <div className="chat-list-head">
        <button type="button" className="btn btn-primary" onClick={onNew}>
          <PlusIcon /> {t('chat.newChat')}
        </button>
        <label className="search-field">
          <SearchIcon aria-hidden />
          <input
            className="input"
            type="search"
            aria-label={t('chat.search')}
            placeholder={t('chat.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {list.data && list.data.length === 0 && (
        <p className="muted chat-list-empty">{t('chat.empty')}</p>
      )}
      {hits && shown.length === 0 && <p className="muted chat-list-empty">{t('chat.noResults')}</p>}
      <ul className="chat-list-items">
        {shown.map((c) => {
          const name = c.title || t('chat.untitled');
          return (
            <li key={c.id} className="chat-list-item" data-active={c.id === openId}>
              {renaming === c.id ? (
                <form
                  className="chat-rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (title.trim()) rename.mutate({ id: c.id, title: title.trim() });
                    setRenaming(null);
                  }}
                >
                  <input
                    className="input"
                    aria-label={t('chat.renameLabel')}
                    autoFocus
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                    onBlur={() => setRenaming(null)}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                  />
                </form>
              ) : (
                <button
                  type="button"
                  className="chat-list-open"
                  aria-current={c.id === openId ? 'true' : undefined}
                  onClick={() => onOpen(c.id)}
                >
                  <span className="chat-list-title">{name}</span>
                  <span className="chat-list-meta muted">
                    {t('chat.total', { cost: formatCost(c.totalCostUsd) })}
                  </span>
                  {snippets.get(c.id) && (
                    <span className="chat-list-snippet muted">{snippets.get(c.id)}</span>
                  )}
                </button>
              )}
              <DropdownMenu.Root>
                <DropdownMenu.Trigger
                  className="btn btn-icon btn-sm"
                  aria-label={t('chat.actions', { title: name })}
                >
                  <DotsIcon />
                </DropdownMenu.Trigger>
                <DropdownMenu.Portal>
                  <DropdownMenu.Content className="menu" align="end">
                    <DropdownMenu.Item
                      className="menu-item"
                      onSelect={() => {
                        setTitle(c.title);
                        setRenaming(c.id);
                      }}
                    >
                      {t('chat.rename')}
                    </DropdownMenu.Item>
                    <DropdownMenu.Item
                      className="menu-item"
                      onSelect={() => onExport(c.id, 'markdown')}
                    >
                      {t('chat.exportMd')}
                    </DropdownMenu.Item>
                    <DropdownMenu.Item
                      className="menu-item"
                      onSelect={() => onExport(c.id, 'json')}
                    >
                      {t('chat.exportJson')}
                    </DropdownMenu.Item>
                    <DropdownMenu.Separator className="menu-separator" />
                    <DropdownMenu.Item
                      className="menu-item menu-item-danger"
                      onSelect={() => onDelete(c)}
                    >
                      {t('chat.delete')}
                    </DropdownMenu.Item>
                  </DropdownMenu.Content>
                </DropdownMenu.Portal>
              </DropdownMenu.Root>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
