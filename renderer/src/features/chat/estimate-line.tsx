import { useTranslation } from 'react-i18next';

import type { ChatEstimateView } from '../../../../electron/shared/ipc/views.js';
import { formatNumber } from '../../ui/format.js';
import { formatCost } from './message-item.js';

export const percent = (share: number): string =>
  Number.isFinite(share) ? `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%` : '∞';

const BASIS = {
  'max-tokens': 'chat.estimateBasisMaxTokens',
  'model-max': 'chat.estimateBasisModelMax',
  'default-cap': 'chat.estimateBasisDefaultCap',
} as const;

/**
 * The pre-send estimate: what a typical answer costs, the realistic bound the confirmation is
 * about (and where that bound comes from), and the worst case only when it is higher. One
 * "up to 128K tokens" figure would scare on every message and teach users to ignore it.
 */
export function EstimateLine({ estimate: e }: { estimate: ChatEstimateView | undefined }) {
  const { t } = useTranslation();
  if (!e) return <span className="muted composer-estimate" data-testid="estimate" />;
  if (e.typicalUsd === null || e.boundUsd === null) {
    return (
      <span className="muted composer-estimate" data-testid="estimate" aria-live="polite">
        {t('chat.estimateUnknown')}
      </span>
    );
  }
  const share =
    e.shareOfBalance !== null
      ? ` (${t('chat.estimateShare', { share: percent(e.shareOfBalance) })})`
      : '';
  const worse =
    e.worstUsd !== null &&
    e.worstOutputTokens !== null &&
    e.worstOutputTokens > e.boundOutputTokens;
  return (
    <span
      className="muted composer-estimate"
      data-testid="estimate"
      data-typical={e.typicalUsd}
      data-bound={e.boundUsd}
      data-bound-kind={e.bound}
      aria-live="polite"
    >
      <span className="estimate-main">
        {t('chat.estimate', { cost: formatCost(e.typicalUsd) })} ·{' '}
        {t('chat.estimateBound', { cost: formatCost(e.boundUsd) })}
        {share}
      </span>
      <span className="estimate-basis">
        {t(BASIS[e.bound], {
          prompt: formatNumber(e.promptTokens),
          typical: formatNumber(e.typicalOutputTokens),
          output: formatNumber(e.boundOutputTokens),
        })}
        {worse &&
          ` · ${t('chat.estimateWorst', {
            cost: formatCost(e.worstUsd ?? 0),
            output: formatNumber(e.worstOutputTokens ?? 0),
          })}`}
      </span>
    </span>
  );
}
