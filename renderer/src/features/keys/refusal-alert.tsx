import { useTranslation } from 'react-i18next';

import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';
import { errorText } from '../../ui/error-text.js';
import { WarningIcon } from '../../ui/icons.js';

export interface Refusal {
  key: ApiKeyView;
  error: unknown;
}

/**
 * A refused action says why (the gateway's reason) and offers the fix: an expired or exhausted key
 * is enabled again by editing its expiry or quota, so the button opens the edit dialog.
 */
export function RefusalAlert({
  refusal,
  onFix,
  onDismiss,
}: {
  refusal: Refusal;
  onFix: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { key } = refusal;
  const hint =
    key.status === 'expired'
      ? t('keys.refusedExpired')
      : key.status === 'exhausted'
        ? t('keys.refusedExhausted')
        : null;
  return (
    <div className="alert alert-error refusal" role="alert">
      <WarningIcon />
      <div className="alert-body">
        <div className="alert-title">{t('keys.refused', { name: key.name })}</div>
        <div>{errorText(t, refusal.error)}</div>
        {hint && <div>{hint}</div>}
      </div>
      <button type="button" className="btn btn-sm btn-primary" onClick={onFix}>
        {t('keys.fix')}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
