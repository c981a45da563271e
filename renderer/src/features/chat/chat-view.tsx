import { Toast } from 'radix-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ConversationSummary } from '../../../../electron/shared/ipc/views.js';
import { call } from '../../bridge/call.js';
import { ConfirmDialog } from '../../ui/confirm-dialog.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { useToast } from '../../ui/toaster.js';
import './chat.css';
import { ConversationList } from './conversation-list.js';
import { ConversationPane } from './conversation-pane.js';
import { LinkRequestContext } from './markdown.js';
import {
  useChatEvents,
  useConversation,
  useCreateConversation,
  useDeleteConversation,
  useRestoreConversation,
} from './use-chat.js';

const OPEN_KEY = 'aihubmix.chat.open';
const readOpen = (): string | null => {
  try {
    return localStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
};

/** Saves text the user asked to export: a download here, a save dialog in Electron. */
function download(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Chat: the conversations on the left, the open one on the right. */
export function ChatView() {
  const { t } = useTranslation();
  const toast = useToast();
  useChatEvents();
  const [openId, setOpenIdState] = useState<string | null>(readOpen);
  const setOpenId = useCallback((id: string | null) => {
    setOpenIdState(id);
    try {
      if (id) localStorage.setItem(OPEN_KEY, id);
      else localStorage.removeItem(OPEN_KEY);
    } catch {
      // Without storage the open conversation is not restored after a reload.
    }
  }, []);
  const conversation = useConversation(openId);
  const create = useCreateConversation();
  const remove = useDeleteConversation();
  const restore = useRestoreConversation();
  const [deleted, setDeleted] = useState<ConversationSummary | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const newChat = () => {
    void create.mutateAsync({}).then((c) => setOpenId(c.id));
  };

  return (
    <LinkRequestContext.Provider value={setLink}>
      <section className="view chat-view" aria-labelledby="chat-title">
        <h1 id="chat-title" className="visually-hidden">
          {t('chat.title')}
        </h1>
        <ConversationList
          openId={openId}
          onOpen={setOpenId}
          onNew={newChat}
          onDelete={(c) => {
            void remove.mutateAsync({ id: c.id }).then(() => {
              setDeleted(c);
              if (c.id === openId) setOpenId(null);
            });
          }}
          onExport={(id, format) => {
            void call('chat:export', { id, format }).then((file) => {
              download(file.filename, file.mimeType, file.text);
              toast({ title: t('chat.exported', { name: file.filename }), kind: 'success' });
            });
          }}
        />
        <div className="chat-main">
          {create.error && <ErrorAlert error={create.error} />}
          {conversation.data ? (
            <ConversationPane key={conversation.data.id} conversation={conversation.data} />
          ) : (
            <div className="chat-empty muted">{t('chat.pickConversation')}</div>
          )}
        </div>
        <Toast.Root
          className="toast"
          open={deleted !== null}
          duration={8000}
          onOpenChange={(open) => {
            if (!open) setDeleted(null);
          }}
        >
          <div className="alert-body">
            <Toast.Title className="toast-title">{t('chat.deleted')}</Toast.Title>
            <Toast.Description className="toast-description">{deleted?.title}</Toast.Description>
          </div>
          <Toast.Action
            className="btn btn-sm"
            altText={t('chat.undo')}
            onClick={() => {
              if (deleted)
                void restore.mutateAsync({ id: deleted.id }).then(() => setOpenId(deleted.id));
              setDeleted(null);
            }}
          >
            {t('chat.undo')}
          </Toast.Action>
        </Toast.Root>
        <ConfirmDialog
          open={link !== null}
          onOpenChange={(open) => {
            if (!open) setLink(null);
          }}
          title={t('chat.linkTitle')}
          body={t('chat.linkBody', { url: link ?? '' })}
          confirmLabel={t('chat.linkOpen')}
          onConfirm={() => {
            if (link) void call('chat:open-link', { url: link }).catch(() => undefined);
            setLink(null);
          }}
        />
      </section>
    </LinkRequestContext.Provider>
  );
}
