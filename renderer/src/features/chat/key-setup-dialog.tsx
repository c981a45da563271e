import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ChatKeysView, ChatKeyView } from '../../../../electron/shared/ipc/views.js';
import { call } from '../../bridge/call.js';
import { useAccounts } from '../../queries/use-accounts.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { chatKeys } from './use-chat.js';

/**
 * Makes a key usable for chat without ever showing it here: paste the full key of a key whose
 * secret the gateway masks (main keeps it in the keychain), or create a dedicated chat key.
 */
export function KeySetupDialog({
  open,
  onOpenChange,
  selected,
  model,
  onReady,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  selected: ChatKeyView | null;
  model: string | null;
  onReady: (keyId: number) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const activeId = useAccounts().data?.activeId ?? null;
  const [pasted, setPasted] = useState('');
  const [name, setName] = useState('chat');
  const [quota, setQuota] = useState('5');
  const [unlimited, setUnlimited] = useState(false);
  const [days, setDays] = useState('30');
  const [limit, setLimit] = useState(true);
  const done = (view: ChatKeysView, keyId: number) => {
    client.setQueryData(chatKeys.keys(activeId), view);
    onReady(keyId);
    onOpenChange(false);
  };
  const paste = useMutation({
    mutationFn: (keyId: number) => call('chat:set-key', { keyId, pastedKey: pasted.trim() }),
    onSuccess: (view, keyId) => done(view, keyId),
  });
  const create = useMutation({
    mutationFn: () =>
      call('chat:create-key', {
        name: name.trim(),
        unlimited,
        quotaUsd: Number(quota) || 0,
        expiresInDays: days.trim() === '' ? null : Math.max(1, Math.floor(Number(days))),
        models: limit && model ? [model] : [],
      }),
    onSuccess: (view) => done(view, view.preferredKeyId ?? 0),
  });

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t('chat.setup.title')}</Dialog.Title>
            <Dialog.Description className="dialog-description">
              {t('chat.setup.intro')}
            </Dialog.Description>
          </div>
          <div className="dialog-body">
            {selected && selected.held === null && (
              <form
                className="setup-section"
                onSubmit={(event) => {
                  event.preventDefault();
                  paste.mutate(selected.id);
                }}
              >
                <h3 className="setup-title">
                  {t('chat.setup.pasteTitle', { name: selected.name })}
                </h3>
                <label className="field">
                  <span className="field-label">{t('chat.setup.pasteLabel')}</span>
                  <input
                    className="input"
                    type="password"
                    autoComplete="off"
                    value={pasted}
                    onChange={(e) => setPasted(e.target.value)}
                  />
                </label>
                {paste.error && <ErrorAlert error={paste.error} />}
                <button
                  type="submit"
                  className="btn btn-primary"
                  disabled={pasted.trim() === '' || paste.isPending}
                >
                  {t('chat.setup.pasteSave')}
                </button>
              </form>
            )}
            <form
              className="setup-section"
              onSubmit={(event) => {
                event.preventDefault();
                create.mutate();
              }}
            >
              <h3 className="setup-title">{t('chat.setup.createTitle')}</h3>
              <label className="field">
                <span className="field-label">{t('chat.setup.name')}</span>
                <input
                  className="input"
                  maxLength={30}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </label>
              <label className="field-row">
                <input
                  type="checkbox"
                  checked={unlimited}
                  onChange={(e) => setUnlimited(e.target.checked)}
                />
                {t('chat.setup.unlimited')}
              </label>
              {!unlimited && (
                <label className="field">
                  <span className="field-label">{t('chat.setup.quota')}</span>
                  <input
                    className="input"
                    type="number"
                    min={0}
                    step="0.5"
                    value={quota}
                    onChange={(e) => setQuota(e.target.value)}
                  />
                </label>
              )}
              <label className="field">
                <span className="field-label">{t('chat.setup.expiresInDays')}</span>
                <input
                  className="input"
                  type="number"
                  min={1}
                  value={days}
                  onChange={(e) => setDays(e.target.value)}
                />
              </label>
              {model && (
                <label className="field-row">
                  <input
                    type="checkbox"
                    checked={limit}
                    onChange={(e) => setLimit(e.target.checked)}
                  />
                  {t('chat.setup.limitToModel', { model })}
                </label>
              )}
              {create.error && <ErrorAlert error={create.error} />}
              <button
                type="submit"
                className="btn btn-primary"
                disabled={name.trim() === '' || create.isPending}
              >
                {t('chat.setup.create')}
              </button>
            </form>
          </div>
          <div className="dialog-footer">
            <Dialog.Close className="btn">{t('app.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
