import { useDeferredValue, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  ChatAttachment,
  ChatEstimateView,
  ChatSettingsView,
} from '../../../../electron/shared/ipc/views.js';
import { ConfirmDialog } from '../../ui/confirm-dialog.js';
import { formatUsd } from '../../ui/format.js';
import { WarningIcon } from '../../ui/icons.js';
import { readImages } from './attachments.js';
import { EstimateLine, percent } from './estimate-line.js';
import { formatCost } from './message-item.js';
import { useEstimate } from './use-chat.js';

/** The message box: text, images, the pre-send estimate and warnings, Send and Stop. */
export function Composer({
  conversationId,
  historyVersion,
  settings,
  streaming,
  confirmShare,
  onSend,
  onStop,
}: {
  conversationId: string;
  /** Changes whenever the history changes (a message added, an answer ended). */
  historyVersion: string;
  settings: ChatSettingsView;
  streaming: boolean;
  confirmShare: number;
  onSend: (text: string, attachments: ChatAttachment[]) => Promise<boolean>;
  onStop: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [images, setImages] = useState<ChatAttachment[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const deferredText = useDeferredValue(text);
  const estimate = useEstimate(
    {
      id: conversationId,
      text: deferredText,
      images: images.length,
      settings,
    },
    historyVersion,
  );
  const e: ChatEstimateView | undefined = estimate.data;
  const blocking = e?.warnings.filter((w) => w.blocking) ?? [];
  const canSend =
    !streaming &&
    (text.trim() !== '' || images.length > 0) &&
    blocking.length === 0 &&
    settings.model !== null;

  const addFiles = async (files: Iterable<File>) => {
    if (e && !e.acceptsImages) {
      setNotice(t('chat.imagesNotSupported', { model: settings.model ?? '' }));
      return;
    }
    const read = await readImages(files, images.length);
    setImages((list) => [...list, ...read.images]);
    setNotice(read.tooLarge ? t('chat.imageTooLarge') : null);
  };

  const send = async () => {
    if (!canSend) return;
    if (e?.needsConfirm && !confirming) {
      setConfirming(true);
      return;
    }
    if (confirming) setTimeout(() => boxRef.current?.focus(), 0);
    setConfirming(false);
    const sent = await onSend(text, images);
    if (sent) {
      setText('');
      setImages([]);
      setNotice(null);
    }
  };

  return (
    <div
      className="composer"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void addFiles(event.dataTransfer.files);
      }}
    >
      {e?.warnings.map((w) => (
        <div
          key={w.code}
          className={`alert ${w.blocking ? 'alert-error' : 'alert-info'}`}
          role="alert"
          data-testid={`warning-${w.code}`}
        >
          <WarningIcon />
          <div className="alert-body">
            {t(`chat.warn.${w.code}`, { model: settings.model ?? '' })}
          </div>
        </div>
      ))}
      {notice && (
        <div className="alert alert-info" role="status">
          <div className="alert-body">{notice}</div>
        </div>
      )}
      {images.length > 0 && (
        <ul className="attachment-list">
          {images.map((image, index) => (
            <li key={index} className="attachment">
              <img src={image.dataUrl} alt={image.name ?? ''} />
              <button
                type="button"
                className="btn btn-icon btn-sm"
                aria-label={t('chat.removeAttachment', { name: image.name ?? index + 1 })}
                onClick={() => setImages((list) => list.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <textarea
        ref={boxRef}
        className="input composer-input"
        aria-label={t('chat.composer')}
        autoFocus
        placeholder={t('chat.placeholder')}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPaste={(event) => {
          const files = [...event.clipboardData.files];
          if (files.length > 0) {
            event.preventDefault();
            void addFiles(files);
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void send();
          }
        }}
      />
      <div className="composer-bar">
        <input
          ref={fileRef}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          multiple
          hidden
          data-testid="attach-input"
          onChange={(event) => {
            if (event.target.files) void addFiles([...event.target.files]);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => fileRef.current?.click()}
          disabled={e !== undefined && !e.acceptsImages}
          title={
            e && !e.acceptsImages
              ? t('chat.imagesNotSupported', { model: settings.model ?? '' })
              : undefined
          }
        >
          {t('chat.attach')}
        </button>
        <EstimateLine estimate={e} />
        {streaming ? (
          <button type="button" className="btn btn-danger" onClick={onStop}>
            {t('chat.stop')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canSend}
            onClick={() => void send()}
          >
            {t('chat.send')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          // The dialog has no trigger to return to: without this, Cancel leaves the keyboard
          // user on <body>, and Enter no longer sends. After Radix's own focus restore.
          if (!open) setTimeout(() => boxRef.current?.focus(), 0);
        }}
        title={t('chat.confirmTitle', {
          cost: e?.boundUsd != null ? formatCost(e.boundUsd) : '?',
        })}
        body={t('chat.confirmBody', {
          share: percent(e?.shareOfBalance ?? 0),
          balance: formatUsd(e?.balanceUsd ?? 0),
          limit: percent(confirmShare),
        })}
        confirmLabel={t('chat.confirmSend')}
        onConfirm={() => void send()}
      />
    </div>
  );
}
