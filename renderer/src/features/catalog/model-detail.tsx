import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { PriceUnit } from '../../../../electron/core/catalog/catalog-units.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import type { KeyScope } from '../../../../electron/shared/domain/catalog-key-access.js';
import { optionalPriceText, priceText, tokensText } from './catalog-model.js';
import { CostCalculator } from './cost-calculator.js';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * Everything about one model: description, every field in human units, the keys that can call
 * it, a cost calculator, and the two ways onward (chat with it, a key limited to it).
 */
export function ModelDetail({
  model,
  unit,
  locale,
  available,
  keys,
  keysLoading,
  signedIn,
  watched,
  onWatch,
  onClose,
  onChat,
  onCreateKey,
}: {
  model: CatalogModel;
  unit: PriceUnit;
  locale: string;
  available: boolean | null;
  keys: KeyScope[] | null;
  keysLoading: boolean;
  signedIn: boolean;
  watched: boolean;
  onWatch: (on: boolean) => void;
  onClose: () => void;
  onChat: () => void;
  onCreateKey: () => void;
}) {
  const { t } = useTranslation();
  const list = (values: string[], group: string): string =>
    values.length === 0
      ? t('catalog.detail.none')
      : values.map((v) => t(`catalog.${group}.${v}`, { defaultValue: v })).join(', ');
  const tokens = (count: number | null): string =>
    count === null
      ? t('catalog.detail.unknown')
      : `${t('catalog.detail.tokens', { human: tokensText(count) })} (${count.toLocaleString(locale)})`;
  const p = model.pricing;
  const title = useRef<HTMLHeadingElement>(null);
  // Opening a model takes the focus into its details: the pane follows the table in the tab
  // order, and a keyboard user would otherwise tab through every row to reach it.
  useEffect(() => title.current?.focus({ preventScroll: true }), [model.id]);

  return (
    <aside
      className="model-detail"
      aria-labelledby="model-detail-title"
      data-testid="model-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="detail-header">
        <h2 id="model-detail-title" ref={title} tabIndex={-1} className="detail-title selectable">
          {model.id}
        </h2>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={t('catalog.detail.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p className="detail-description">
        {model.description || <span className="muted">{t('catalog.detail.noDescription')}</span>}
      </p>
      <div className="detail-actions">
        <button type="button" className="btn btn-primary btn-sm" onClick={onChat}>
          {t('catalog.detail.chat')}
        </button>
        {signedIn && (
          <button type="button" className="btn btn-sm" onClick={onCreateKey}>
            {t('catalog.detail.createKey')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          data-testid="watch-button"
          title={t('catalog.detail.watchHint')}
          aria-pressed={watched}
          onClick={() => onWatch(!watched)}
        >
          <span aria-hidden="true">{watched ? '★ ' : '☆ '}</span>
          {watched ? t('catalog.detail.watching') : t('catalog.detail.watch')}
        </button>
      </div>

      <h3 className="detail-subtitle">{t('catalog.detail.fields')}</h3>
      <dl className="detail-fields">
        <Field label={t('catalog.detail.developer')}>
          {model.developer ?? t('catalog.detail.unknown')}
        </Field>
        <Field label={t('catalog.detail.types')}>{list(model.types, 'types')}</Field>
        <Field label={t('catalog.detail.modalities')}>
          {list(model.inputModalities, 'modalities')}
        </Field>
        <Field label={t('catalog.detail.features')}>{list(model.features, 'features')}</Field>
        <Field label={t('catalog.detail.context')}>
          <span data-testid="detail-context">{tokens(model.contextLength)}</span>
        </Field>
        <Field label={t('catalog.detail.maxOutput')}>{tokens(model.maxOutput)}</Field>
        {available !== null && (
          <Field label={t('catalog.detail.available')}>
            {available ? t('catalog.detail.availableYes') : t('catalog.detail.availableNo')}
          </Field>
        )}
      </dl>

      <h3 className="detail-subtitle">
        {t('catalog.detail.prices', { unit: t(`catalog.unit.${unit}`) })}
      </h3>
      <dl className="detail-fields" data-testid="detail-prices">
        <Field label={t('catalog.columns.input')}>
          {priceText(t, p.inputPerMTok, unit, locale)}
        </Field>
        <Field label={t('catalog.columns.output')}>
          {priceText(t, p.outputPerMTok, unit, locale)}
        </Field>
        <Field label={t('catalog.columns.cacheRead')}>
          {optionalPriceText(t, p.cacheReadPerMTok, unit, locale)}
        </Field>
        <Field label={t('catalog.columns.cacheWrite')}>
          {optionalPriceText(t, p.cacheWritePerMTok, unit, locale)}
        </Field>
      </dl>

      <h3 className="detail-subtitle">{t('catalog.detail.keys')}</h3>
      <div data-testid="detail-keys">
        {!signedIn ? (
          <p className="muted">{t('catalog.detail.keysSignedOut')}</p>
        ) : keysLoading || keys === null ? (
          <p className="muted">{t('catalog.detail.keysLoading')}</p>
        ) : keys.length === 0 ? (
          <p className="muted">{t('catalog.detail.keysNone')}</p>
        ) : (
          <ul className="detail-keys">
            {keys.map((key) => (
              <li key={key.id} data-key-id={key.id} data-usable={key.usable}>
                <span className="detail-key-name">{key.name}</span>
                <span className={`badge ${key.usable ? 'badge-green' : 'badge-gray'}`}>
                  {t(`catalog.detail.status.${key.status}`)}
                </span>
                <span className="muted">
                  {key.allModels
                    ? t('catalog.detail.keyAll')
                    : t('catalog.detail.keyListed', { count: key.models.length })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <CostCalculator pricing={p} locale={locale} />
    </aside>
  );
}
