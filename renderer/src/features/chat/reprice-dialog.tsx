import { useQuery } from '@tanstack/react-query';
import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import { call } from '../../bridge/call.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { formatNumber } from '../../ui/format.js';
import { formatCost } from './message-item.js';

/** What the same token counts would have cost on other models that can hold them. */
export function RepriceDialog({
  conversationId,
  open,
  onOpenChange,
}: {
  conversationId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const reprice = useQuery({
    queryKey: ['chat', 'reprice', conversationId],
    queryFn: () => call('chat:reprice', { id: conversationId }),
    enabled: open,
  });
  const view = reprice.data;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t('chat.repriceTitle')}</Dialog.Title>
            <Dialog.Description className="dialog-description">
              {view &&
                t('chat.repriceIntro', {
                  prompt: formatNumber(view.promptTokens),
                  completion: formatNumber(view.completionTokens),
                  largest: formatNumber(view.largestRequestTokens),
                  cost: formatCost(view.actualCostUsd),
                })}
            </Dialog.Description>
          </div>
          <div className="dialog-body reprice-body">
            {reprice.error && <ErrorAlert error={reprice.error} />}
            {view && view.promptTokens === 0 && <p className="muted">{t('chat.repriceEmpty')}</p>}
            {view && view.promptTokens > 0 && (
              <table className="reprice-table">
                <thead>
                  <tr>
                    <th scope="col">{t('chat.repriceModel')}</th>
                    <th scope="col">{t('chat.repriceCost')}</th>
                    <th scope="col">{t('chat.repriceContext')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.rows.map((row) => (
                    <tr key={row.model} data-current={row.current}>
                      <td>
                        {row.model}{' '}
                        {row.current && (
                          <span className="badge badge-gray">{t('chat.repriceCurrent')}</span>
                        )}
                      </td>
                      <td className="num">{formatCost(row.costUsd)}</td>
                      <td className="num">
                        {row.contextLength === null ? '?' : formatNumber(row.contextLength)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div className="dialog-footer">
            <Dialog.Close className="btn">{t('app.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
