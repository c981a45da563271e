import { useTranslation } from 'react-i18next';

import type { BalanceLevel } from '../../../../electron/shared/domain/balance.js';

const COLOR: Record<BalanceLevel, string> = {
  healthy: 'badge-green',
  low: 'badge-amber',
  critical: 'badge-red',
  depleted: 'badge-red',
  stale: 'badge-gray',
  signed_out: 'badge-gray',
  error: 'badge-red',
};

export function LevelBadge({ level }: { level: BalanceLevel }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${COLOR[level]}`} data-level={level}>
      {t(`account.level.${level}`)}
    </span>
  );
}
