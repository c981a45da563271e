import { useTranslation } from 'react-i18next';

import { useActiveAccount } from '../../queries/use-accounts.js';
import { useBalance, useOpenTopUp, useRefreshBalance } from '../../queries/use-balance.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { formatDateTime, formatNumber, formatRelative, formatUsd } from '../../ui/format.js';
import { RefreshIcon } from '../../ui/icons.js';
import { Sparkline } from '../../ui/sparkline.js';
import { BalanceStatus } from './balance-status.js';
import { forecastText } from './forecast-text.js';
import { LevelBadge } from './level-badge.js';
import { ThresholdsEditor } from './thresholds-editor.js';

/** The balance at a glance, how long it lasts, and the alerts that watch it. */
export function AccountView() {
  const { t } = useTranslation();
  const account = useActiveAccount();
  const balance = useBalance();
  const refresh = useRefreshBalance();
  const topUp = useOpenTopUp();

  const state = balance.data?.state;
  const snapshot = state?.snapshot ?? null;
  const history = balance.data?.history ?? [];
  const forecast = state ? forecastText(t, state.forecast) : null;

  return (
    <section className="view account-view" aria-labelledby="account-title">
      <header className="view-header">
        <h1 id="account-title" className="view-title">
          {t('account.title')}
        </h1>
        {account && <span className="muted">{account.name}</span>}
        <div className="view-actions">
          <button
            type="button"
            className="btn"
            disabled={refresh.isPending}
            onClick={() => refresh.mutate()}
          >
            <RefreshIcon /> {refresh.isPending ? t('account.refreshing') : t('account.refresh')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => topUp.mutate()}>
            {t('account.topUp')}
          </button>
        </div>
      </header>

      {balance.isError && <ErrorAlert error={balance.error} />}
      {refresh.isError && <ErrorAlert error={refresh.error} />}
      {state && <BalanceStatus state={state} />}

      <div className="account-grid">
        <div className="card balance-card">
          <div className="stat-label">
            {t('account.balance')} {state && <LevelBadge level={state.level} />}
          </div>
          <div className="balance-hero" data-testid="balance" aria-live="polite">
            {snapshot ? formatUsd(snapshot.balanceUsd) : '—'}
          </div>
          <div className="muted reading-time">
            {state?.lastGoodAt ? (
              <time
                dateTime={state.lastGoodAt.toISOString()}
                title={formatDateTime(state.lastGoodAt)}
              >
                {t('account.lastReading', { time: formatRelative(state.lastGoodAt) })}
              </time>
            ) : (
              t('account.never')
            )}
            {state?.pausedUntil && state.pausedUntil > new Date() && (
              <> · {t('account.paused', { time: formatDateTime(state.pausedUntil) })}</>
            )}
          </div>
          <h2 className="card-title history-title">{t('account.history')}</h2>
          {history.length >= 2 ? (
            <Sparkline
              points={history}
              label={`${t('account.history')}: ${formatUsd(history[0]?.balanceUsd ?? 0)} → ${formatUsd(history[history.length - 1]?.balanceUsd ?? 0)}`}
            />
          ) : (
            <p className="muted field-hint">{t('account.noHistory')}</p>
          )}
          <dl className="stats">
            <div>
              <dt>{t('account.used')}</dt>
              <dd>{snapshot ? formatUsd(snapshot.usedUsd) : '—'}</dd>
            </div>
            <div>
              <dt>{t('account.requests')}</dt>
              <dd>{snapshot ? formatNumber(snapshot.requestCount) : '—'}</dd>
            </div>
            <div>
              <dt>{t('account.group')}</dt>
              <dd>{snapshot?.group ?? '—'}</dd>
            </div>
          </dl>
        </div>

        <div className="card">
          <h2 className="card-title">{t('account.forecast.title')}</h2>
          {forecast && (
            <>
              <p className="forecast" data-kind={state?.forecast.kind} data-testid="forecast">
                {forecast.main}
              </p>
              {forecast.basis && <p className="muted field-hint">{forecast.basis}</p>}
            </>
          )}
        </div>

        <div className="card thresholds-card">
          <h2 className="card-title">{t('account.thresholds.title')}</h2>
          <p className="muted field-hint">{t('account.thresholds.hint')}</p>
          <ThresholdsEditor />
        </div>
      </div>
    </section>
  );
}
