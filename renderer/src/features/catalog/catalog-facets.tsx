import { useId } from 'react';
import { Switch } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import { KNOWN_FEATURES, KNOWN_MODALITIES } from '../../../../electron/shared/domain/catalog.js';
import type { KeyAccessView } from '../../../../electron/shared/domain/catalog-key-access.js';
import type { CatalogPrefs } from '../../../../electron/shared/ipc/catalog-schemas.js';

/** A toggle for one facet value: a pressed button, so all of them are in the tab order. */
function Toggle({
  label,
  pressed,
  onToggle,
  testId,
}: {
  label: string;
  pressed: boolean;
  onToggle: () => void;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="facet-toggle"
      aria-pressed={pressed}
      data-testid={testId}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}

const toggled = (list: string[], value: string): string[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * Facets that combine (AND): type, input modalities (all selected must be supported), features
 * (all selected), developer, available to this account, callable by a key.
 */
export function CatalogFacets({
  prefs,
  onChange,
  types,
  developers,
  access,
  canUseAccount,
}: {
  prefs: CatalogPrefs;
  onChange: (patch: Partial<CatalogPrefs>) => void;
  types: string[];
  developers: string[];
  access: KeyAccessView | undefined;
  canUseAccount: boolean;
}) {
  const { t } = useTranslation();
  const ids = { type: useId(), developer: useId(), key: useId(), available: useId() };
  const label = (group: string, value: string): string =>
    t(`catalog.${group}.${value}`, { defaultValue: value });

  return (
    <div className="catalog-facets" role="group" aria-label={t('catalog.facets.label')}>
      <div className="facet-row">
        <label className="facet-field" htmlFor={ids.type}>
          <span className="facet-label">{t('catalog.facets.type')}</span>
          <select
            id={ids.type}
            className="select"
            data-testid="facet-type"
            value={prefs.type ?? ''}
            onChange={(e) => onChange({ type: e.target.value || null })}
          >
            <option value="">{t('catalog.facets.anyType')}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {label('types', type)}
              </option>
            ))}
          </select>
        </label>
        <label className="facet-field" htmlFor={ids.developer}>
          <span className="facet-label">{t('catalog.facets.developer')}</span>
          <select
            id={ids.developer}
            className="select"
            data-testid="facet-developer"
            value={prefs.developer ?? ''}
            onChange={(e) => onChange({ developer: e.target.value || null })}
          >
            <option value="">{t('catalog.facets.anyDeveloper')}</option>
            {developers.map((developer) => (
              <option key={developer} value={developer}>
                {developer}
              </option>
            ))}
          </select>
        </label>
        {canUseAccount && (
          <label className="facet-field" htmlFor={ids.key}>
            <span className="facet-label">{t('catalog.facets.key')}</span>
            <select
              id={ids.key}
              className="select"
              data-testid="facet-key"
              value={prefs.keyId ?? ''}
              onChange={(e) => onChange({ keyId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('catalog.facets.anyKey')}</option>
              {access?.keys.map((key) => (
                <option key={key.id} value={key.id}>
                  {key.usable
                    ? key.name
                    : t('catalog.facets.keyUnusable', {
                        name: key.name,
                        status: t(`catalog.detail.status.${key.status}`),
                      })}
                </option>
              ))}
            </select>
          </label>
        )}
        {canUseAccount && (
          <div className="facet-field facet-switch">
            <Switch.Root
              id={ids.available}
              className="switch"
              data-testid="facet-available"
              checked={prefs.availableOnly}
              onCheckedChange={(availableOnly) => onChange({ availableOnly })}
            >
              <Switch.Thumb className="switch-thumb" />
            </Switch.Root>
            <label htmlFor={ids.available}>{t('catalog.facets.available')}</label>
          </div>
        )}
      </div>
      <div className="facet-row">
        <span className="facet-label" title={t('catalog.facets.modalitiesHint')}>
          {t('catalog.facets.modalities')}
        </span>
        <div className="facet-toggles" role="group" aria-label={t('catalog.facets.modalitiesHint')}>
          {KNOWN_MODALITIES.map((modality) => (
            <Toggle
              key={modality}
              testId={`facet-modality-${modality}`}
              label={label('modalities', modality)}
              pressed={prefs.modalities.includes(modality)}
              onToggle={() => onChange({ modalities: toggled(prefs.modalities, modality) })}
            />
          ))}
        </div>
        <span className="facet-label" title={t('catalog.facets.featuresHint')}>
          {t('catalog.facets.features')}
        </span>
        <div className="facet-toggles" role="group" aria-label={t('catalog.facets.featuresHint')}>
          {KNOWN_FEATURES.map((feature) => (
            <Toggle
              key={feature}
              testId={`facet-feature-${feature}`}
              label={label('features', feature)}
              pressed={prefs.features.includes(feature)}
              onToggle={() => onChange({ features: toggled(prefs.features, feature) })}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
