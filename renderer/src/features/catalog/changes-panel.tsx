import { useTranslation } from 'react-i18next';

import type { PriceUnit } from '../../../../electron/core/catalog/catalog-units.js';
import type {
  CatalogChanges,
  PriceChange,
} from '../../../../electron/shared/domain/catalog-changes.js';
import { formatDateTime } from '../../ui/format.js';
import { priceText } from './catalog-model.js';

/** "Since you last looked": new, removed and repriced models, with a way to mark them seen. */
export function ChangesPanel({
  changes,
  unit,
  locale,
  busy,
  onShow,
  onMarkSeen,
}: {
  changes: CatalogChanges;
  unit: PriceUnit;
  locale: string;
  busy: boolean;
  onShow: (id: string) => void;
  onMarkSeen: () => void;
}) {
  const { t } = useTranslation();
  const total = changes.added.length + changes.removed.length + changes.repriced.length;
  const change = (c: PriceChange): string => {
    const from = priceText(t, c.before, unit, locale);
    const to = priceText(t, c.after, unit, locale);
    const pct = c.percent === null ? '' : ` (${c.percent > 0 ? '+' : ''}${c.percent}%)`;
    return `${t(`catalog.changes.field.${c.field}`)} ${from} → ${to}${pct}`;
  };
  const show = (id: string) => (
    <button
      type="button"
      className="link-button"
      aria-label={t('catalog.changes.show', { id })}
      onClick={() => onShow(id)}
    >
      {id}
    </button>
  );

  return (
    <section
      className="changes-panel card"
      aria-labelledby="changes-title"
      data-testid="changes-panel"
    >
      <header className="changes-header">
        <h2 id="changes-title" className="card-title">
          {t('catalog.changes.title')}
        </h2>
        {changes.since && (
          <span className="muted">
            {t('catalog.changes.since', { when: formatDateTime(changes.since) })}
          </span>
        )}
        <button
          type="button"
          className="btn btn-sm"
          disabled={busy || total === 0}
          onClick={onMarkSeen}
          data-testid="mark-seen"
        >
          {t('catalog.changes.markSeen')}
        </button>
      </header>
      {total === 0 ? (
        <p className="muted">{t('catalog.changes.none')}</p>
      ) : (
        <div className="changes-groups">
          {changes.added.length > 0 && (
            <div data-testid="changes-added">
              <h3 className="detail-subtitle">{t('catalog.changes.added')}</h3>
              <ul>
                {changes.added.map((id) => (
                  <li key={id}>{show(id)}</li>
                ))}
              </ul>
            </div>
          )}
          {changes.removed.length > 0 && (
            <div data-testid="changes-removed">
              <h3 className="detail-subtitle">{t('catalog.changes.removed')}</h3>
              <ul>
                {changes.removed.map((id) => (
                  <li key={id} className="removed-id">
                    {id}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {changes.repriced.length > 0 && (
            <div data-testid="changes-repriced">
              <h3 className="detail-subtitle">{t('catalog.changes.repriced')}</h3>
              <ul>
                {changes.repriced.map((model) => (
                  <li key={model.id}>
                    {show(model.id)}{' '}
                    <span className="price-change">{model.changes.map(change).join('; ')}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
