import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  ChatAttachment,
  ChatSendView,
  ChatSettingsView,
  ConversationView,
} from '../../../../electron/shared/ipc/views.js';
import { useSettings } from '../../queries/use-settings.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { takeChosenModel } from '../catalog/chosen-model.js';
import { ChatOptions } from './chat-options.js';
import { rememberSettings, resolveSettings } from './chat-settings.js';
import { Composer } from './composer.js';
import { KeySetupDialog } from './key-setup-dialog.js';
import { MessageList } from './message-list.js';
import { formatCost } from './message-item.js';
import { RepriceDialog } from './reprice-dialog.js';
import { useChatCatalog, useChatKeys, useSendMutation, useStop } from './use-chat.js';

/** The open conversation: its messages, the pickers and options, and the composer. */
export function ConversationPane({ conversation }: { conversation: ConversationView }) {
  const { t } = useTranslation();
  const catalog = useChatCatalog();
  const keys = useChatKeys();
  const appSettings = useSettings();
  const sendMutation = useSendMutation();
  const stop = useStop();
  // What this window sent; after a reload it is unknown and Stop finds the request itself.
  const [sent, setSent] = useState<ChatSendView | null>(null);
  const [setupOpen, setSetupOpen] = useState(false);
  const [repriceOpen, setRepriceOpen] = useState(false);
  // A model picked in the Models view ("Chat with this model") applies to a new conversation.
  const [chosen] = useState(() => (conversation.messages.length === 0 ? takeChosenModel() : null));
  const [overrides, setOverrides] = useState<Partial<ChatSettingsView>>({});
  const settings = useMemo(
    () => ({
      ...resolveSettings(conversation.settings, chosen, keys.data, catalog.data),
      ...overrides,
    }),
    [conversation.settings, chosen, keys.data, catalog.data, overrides],
  );
  const change = useCallback(
    (patch: Partial<ChatSettingsView>) => setOverrides((o) => ({ ...o, ...patch })),
    [],
  );
  const model = catalog.data?.models.find((m) => m.id === settings.model) ?? null;
  const selectedKey = keys.data?.keys.find((k) => k.id === settings.keyId) ?? null;
  const live = conversation.messages.find((m) => m.status === 'streaming') ?? null;
  const streaming = live !== null;
  // Answers replaced by Regenerate were charged too.
  const total = conversation.messages.reduce(
    (sum, m) => sum + (m.costUsd ?? 0),
    conversation.replacedCostUsd,
  );

  const onSend = async (text: string, attachments: ChatAttachment[]): Promise<boolean> => {
    rememberSettings(settings);
    const result = await sendMutation
      .mutateAsync({ kind: 'send', request: { id: conversation.id, text, attachments, settings } })
      .catch(() => null);
    if (result) setSent(result);
    return result !== null;
  };

  const onRegenerate = useCallback(() => {
    void sendMutation
      .mutateAsync({
        kind: 'regenerate',
        request: { id: conversation.id, settings, charged: true },
      })
      .then(setSent)
      .catch(() => undefined);
  }, [sendMutation, conversation.id, settings]);

  return (
    <section className="chat-pane" aria-labelledby="chat-pane-title">
      <header className="chat-pane-head">
        <h2 id="chat-pane-title" className="chat-pane-title">
          {conversation.title || t('chat.untitled')}
        </h2>
        <span className="muted" data-testid="conversation-total" data-cost={total}>
          {t('chat.total', { cost: formatCost(total) })}
        </span>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => setRepriceOpen(true)}
          disabled={streaming}
        >
          {t('chat.reprice')}
        </button>
      </header>
      {conversation.messages.length === 0 ? (
        <div className="chat-empty muted">{t('chat.startHint')}</div>
      ) : (
        <MessageList
          messages={conversation.messages}
          onRegenerate={streaming ? null : onRegenerate}
        />
      )}
      {sendMutation.error && <ErrorAlert error={sendMutation.error} />}
      <ChatOptions
        settings={settings}
        onChange={change}
        catalog={catalog.data}
        keys={keys.data}
        supportsReasoning={model?.features.includes('thinking') ?? false}
        onSetupKey={() => setSetupOpen(true)}
      />
      <Composer
        conversationId={conversation.id}
        // The last answer's status too: counting messages alone, the estimate made while it
        // streamed (empty) was kept, and its tokens were left out of the next message's.
        historyVersion={`${conversation.messages.length}:${conversation.messages.at(-1)?.status ?? ''}`}
        settings={settings}
        streaming={streaming}
        confirmShare={appSettings.data?.chatCostConfirmShare ?? 0.05}
        onSend={onSend}
        onStop={() => {
          if (!live) return;
          stop.mutate({
            conversationId: conversation.id,
            messageId: live.id,
            requestId: sent?.assistantMessageId === live.id ? sent.requestId : null,
          });
        }}
      />
      <KeySetupDialog
        open={setupOpen}
        onOpenChange={setSetupOpen}
        selected={selectedKey}
        model={settings.model}
        onReady={(keyId) => change({ keyId })}
      />
      <RepriceDialog
        conversationId={conversation.id}
        open={repriceOpen}
        onOpenChange={setRepriceOpen}
      />
    </section>
  );
}
