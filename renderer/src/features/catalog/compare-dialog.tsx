import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { PriceUnit } from '../../../../electron/core/catalog/catalog-units.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import { compareMarks, optionalPriceText, priceText, tokensText } from './catalog-model.js';

/** Two to four models side by side, the cheapest and the largest context marked. */
export function CompareDialog({
  open,
  onOpenChange,
  models,
  unit,
  locale,
  onRemove,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  models: CatalogModel[];
  unit: PriceUnit;
  locale: string;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const marks = compareMarks(models);
  const list = (values: string[], group: string): string =>
    values.map((v) => t(`catalog.${group}.${v}`, { defaultValue: v })).join(', ') || '—';
  const rows: { label: string; cell: (m: CatalogModel) => string }[] = [
    { label: 'developer', cell: (m) => m.developer ?? '—' },
    { label: 'type', cell: (m) => list(m.types, 'types') },
    { label: 'context', cell: (m) => tokensText(m.contextLength) },
    { label: 'maxOutput', cell: (m) => tokensText(m.maxOutput) },
    { label: 'input', cell: (m) => priceText(t, m.pricing.inputPerMTok, unit, locale) },
    { label: 'output', cell: (m) => priceText(t, m.pricing.outputPerMTok, unit, locale) },
    {
      label: 'cacheRead',
      cell: (m) => optionalPriceText(t, m.pricing.cacheReadPerMTok, unit, locale),
    },
    {
      label: 'cacheWrite',
      cell: (m) => optionalPriceText(t, m.pricing.cacheWritePerMTok, unit, locale),
    },
    { label: 'modalities', cell: (m) => list(m.inputModalities, 'modalities') },
    { label: 'features', cell: (m) => list(m.features, 'features') },
  ];

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog compare-dialog" data-testid="compare-dialog">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t('catalog.compare.title')}</Dialog.Title>
            <Dialog.Description className="dialog-description">
              {t(`catalog.unit.${unit}`)}
            </Dialog.Description>
          </div>
          <div className="dialog-body compare-body">
            <table className="compare-table">
              <thead>
                <tr>
                  <td />
                  {models.map((model) => (
                    <th key={model.id} scope="col" data-model-id={model.id}>
                      <div className="compare-id">{model.id}</div>
                      <div className="compare-marks">
                        {marks.cheapest === model.id && (
                          <span className="badge badge-green" data-testid="mark-cheapest">
                            {t('catalog.compare.cheapest')}
                          </span>
                        )}
                        {marks.largest === model.id && (
                          <span className="badge badge-amber" data-testid="mark-largest">
                            {t('catalog.compare.largest')}
                          </span>
                        )}
                      </div>
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        aria-label={t('catalog.compare.remove', { id: model.id })}
                        onClick={() => onRemove(model.id)}
                      >
                        ×
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{t(`catalog.compare.row.${row.label}`)}</th>
                    {models.map((model) => (
                      <td key={model.id}>{row.cell(model)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="dialog-footer">
            <Dialog.Close asChild>
              <button type="button" className="btn">
                {t('app.close')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
