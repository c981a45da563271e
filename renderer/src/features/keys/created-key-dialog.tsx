import { useState } from 'react';
import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { CreatedKeyView } from '../../../../electron/shared/ipc/views.js';
import { useCopyKeys } from '../../queries/use-keys.js';
import { returnFocusOnClose } from '../../ui/focus-return.js';
import { CheckIcon, CopyIcon, WarningIcon } from '../../ui/icons.js';

/**
 * A new key, in full, once. Copy goes through main (`keys:copy`) like every other copy, with the
 * browser clipboard as a fallback when main does not hold the full key.
 */
export function CreatedKeyDialog({
  created,
  onClose,
}: {
  created: CreatedKeyView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const copy = useCopyKeys();
  const [copied, setCopied] = useState(false);

  const copyKey = async () => {
    if (!created?.fullKey) return;
    const result = await copy.mutateAsync([created.key.id]).catch(() => null);
    if (!result || result.copied === 0) await navigator.clipboard.writeText(created.fullKey);
    setCopied(true);
  };

  return (
    <Dialog.Root
      open={created !== null}
      onOpenChange={(open) => {
        if (!open) {
          setCopied(false);
          onClose();
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog" onCloseAutoFocus={returnFocusOnClose}>
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t('created.title')}</Dialog.Title>
            <Dialog.Description className="dialog-description">
              {created?.fullKey ? t('created.body') : t('created.noFullKey')}
            </Dialog.Description>
          </div>
          {created?.fullKey && (
            <div className="dialog-body">
              <div className="created-key">
                <code className="mono selectable" data-testid="created-key">
                  {created.fullKey}
                </code>
                <button type="button" className="btn" onClick={() => void copyKey()}>
                  {copied ? <CheckIcon /> : <CopyIcon />}
                  {copied ? t('app.copied') : t('created.copy')}
                </button>
              </div>
              {created.shownOnce && (
                <div className="alert created-warning" role="note">
                  <WarningIcon />
                  <span className="alert-body">{t('created.shownOnce')}</span>
                </div>
              )}
            </div>
          )}
          <div className="dialog-footer">
            <Dialog.Close className="btn btn-primary">{t('created.done')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
