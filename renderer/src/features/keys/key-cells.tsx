import type { ReactNode } from 'react';
import { Tooltip } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { KeyStatus } from '../../../../electron/shared/domain/keys.js';
import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';
import { formatDate, formatRelative, formatUsd } from '../../ui/format.js';
import { CopyIcon, EyeIcon, EyeOffIcon } from '../../ui/icons.js';
import { COMPACT_QUERY, useMediaQuery } from '../../ui/use-media-query.js';
import { quotaShare } from './key-list-model.js';

const STATUS_COLOR: Record<KeyStatus, string> = {
  enabled: 'badge-green',
  disabled: 'badge-gray',
  expired: 'badge-red',
  exhausted: 'badge-amber',
};

export function StatusBadge({ status }: { status: KeyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_COLOR[status]}`} data-status={status}>
      {t(`keys.status.${status}`)}
    </span>
  );
}

/** A small button with a tooltip that also names it for screen readers. */
export function IconButton({
  label,
  tooltip,
  onClick,
  disabled,
  children,
}: {
  label: string;
  tooltip?: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        {/* aria-disabled keeps the button focusable so its tooltip can explain why. */}
        <button
          type="button"
          className="btn btn-icon"
          aria-label={label}
          aria-disabled={disabled || undefined}
          onClick={disabled ? undefined : onClick}
        >
          {children}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={4}>
          {tooltip ?? label}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

export function SecretCell({
  keyView,
  revealed,
  onCopy,
  onReveal,
  onHide,
}: {
  keyView: ApiKeyView;
  revealed: string | undefined;
  onCopy: () => void;
  onReveal: () => void;
  onHide: () => void;
}) {
  const { t } = useTranslation();
  const name = keyView.name;
  const text = revealed ?? keyView.maskedKey;
  return (
    <div className="secret-cell">
      <span className="mono secret-text selectable" title={text ?? undefined}>
        {text ?? <span className="muted">{t('keys.noKey')}</span>}
      </span>
      {revealed ? (
        <IconButton label={t('keys.hideKey', { name })} onClick={onHide}>
          <EyeOffIcon />
        </IconButton>
      ) : (
        <IconButton
          label={t('keys.revealKey', { name })}
          tooltip={keyView.revealable ? undefined : t('keys.cannotReveal')}
          disabled={!keyView.revealable}
          onClick={onReveal}
        >
          <EyeIcon />
        </IconButton>
      )}
      <IconButton
        label={t('keys.copyKey', { name })}
        tooltip={keyView.revealable ? undefined : t('keys.cannotReveal')}
        disabled={!keyView.revealable}
        onClick={onCopy}
      >
        <CopyIcon />
      </IconButton>
    </div>
  );
}

export function QuotaCell({ keyView }: { keyView: ApiKeyView }) {
  const { t } = useTranslation();
  const share = quotaShare(keyView);
  return (
    <div className="quota-cell">
      <div className="quota-text">
        <span className="quota-remain">
          {keyView.unlimited || keyView.remainUsd === null
            ? t('keys.unlimited')
            : formatUsd(keyView.remainUsd)}
        </span>
        <span className="muted">
          {t('keys.usedAmount', { amount: formatUsd(keyView.usedUsd) })}
        </span>
      </div>
      {share && (
        <div
          className="meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share.share * 100)}
          aria-label={t('keys.columns.quota')}
        >
          <div
            className="meter-fill"
            data-level={share.level}
            style={{ width: `${Math.max(2, share.share * 100)}%` }}
          />
        </div>
      )}
    </div>
  );
}

export function ExpiryCell({ keyView, now }: { keyView: ApiKeyView; now: Date }) {
  const { t } = useTranslation();
  const at = keyView.expiresAt;
  if (!at) return <span className="muted">{t('keys.never')}</span>;
  const past = at.getTime() <= now.getTime();
  return (
    <time
      dateTime={at.toISOString()}
      title={formatDate(at)}
      className={past ? 'expired-text' : undefined}
    >
      {past ? t('keys.expired') : formatRelative(at, now)}
    </time>
  );
}

const CHIPS_SHOWN = 2;

export function LimitsCell({ keyView }: { keyView: ApiKeyView }) {
  const { t } = useTranslation();
  // A small window's column has room for one chip beside the "+N" that lists them all.
  const shown = useMediaQuery(COMPACT_QUERY) ? 1 : CHIPS_SHOWN;
  const items = [...keyView.models, ...keyView.subnets];
  if (items.length === 0) {
    return (
      <span className="muted limits-none" title={`${t('keys.allModels')} · ${t('keys.anyIp')}`}>
        {t('keys.allModels')} · {t('keys.anyIp')}
      </span>
    );
  }
  const rest = items.length - shown;
  return (
    <div className="chips chips-cell">
      {items.slice(0, shown).map((item) => (
        <span
          key={item}
          className={`chip ${keyView.subnets.includes(item) ? 'chip-ip' : ''}`}
          title={item}
        >
          {item}
        </span>
      ))}
      {rest > 0 && (
        <Tooltip.Root>
          <Tooltip.Trigger asChild>
            <button type="button" className="chip chip-more" aria-label={items.join(', ')}>
              {t('keys.moreChips', { count: rest })}
            </button>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className="tooltip" sideOffset={4}>
              {items.join(', ')}
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      )}
    </div>
  );
}
