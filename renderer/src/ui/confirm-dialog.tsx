import { AlertDialog } from 'radix-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from './error-alert.js';
import { returnFocusOnClose, trackFocusOutsideOverlays } from './focus-return.js';

/** A destructive confirmation (delete a key, sign out): Cancel has the initial focus. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  body,
  confirmLabel,
  onConfirm,
  busy,
  error,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  /** A failed attempt, shown inside the dialog so the user can retry or cancel. */
  error?: unknown;
}) {
  const { t } = useTranslation();
  // Opened from code (a menu item, a batch bar), the dialog has no trigger for Radix to return
  // focus to: the keyboard user is put back where they were before the menu opened.
  useEffect(trackFocusOutsideOverlays, []);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="overlay" />
        <AlertDialog.Content className="dialog dialog-sm" onCloseAutoFocus={returnFocusOnClose}>
          <div className="dialog-header">
            <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">{body}</AlertDialog.Description>
          </div>
          {error !== undefined && error !== null && (
            <div className="dialog-body">
              <ErrorAlert error={error} />
            </div>
          )}
          <div className="dialog-footer">
            <AlertDialog.Cancel className="btn">{t('app.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action
              className="btn btn-danger btn-solid"
              disabled={busy}
              onClick={(event) => {
                // Keep the dialog open until the caller closes it, so a failure can be shown.
                event.preventDefault();
                onConfirm();
              }}
            >
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
