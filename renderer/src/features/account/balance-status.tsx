import { useTranslation } from 'react-i18next';

import type { MonitorState } from '../../../../electron/shared/domain/balance.js';
import { useNavigation } from '../../shell/navigation.js';
import { WarningIcon } from '../../ui/icons.js';

/** Stale, error and signed-out states, each with what went wrong and what to do. */
export function BalanceStatus({ state }: { state: MonitorState }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const detail = state.lastError?.gatewayMessage ?? state.lastError?.message;
  const text =
    state.level === 'stale'
      ? t('account.stale')
      : state.level === 'error'
        ? t('account.error')
        : state.level === 'signed_out'
          ? t('account.signedOut')
          : null;
  if (!text) return null;
  return (
    <div
      className={`alert ${state.level === 'stale' ? '' : 'alert-error'} account-status`}
      role="alert"
      data-state={state.level}
    >
      <WarningIcon />
      <div className="alert-body">
        <div className="alert-title">{text}</div>
        {detail && <div>{detail}</div>}
      </div>
      {state.level === 'signed_out' && (
        <button type="button" className="btn btn-sm" onClick={() => navigate('onboarding')}>
          {t('account.signIn')}
        </button>
      )}
    </div>
  );
}
