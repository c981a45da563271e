import { useId } from 'react';
import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { CatalogSortKey } from '../../../../electron/core/catalog/catalog-query.js';
import {
  CATALOG_SORT_KEYS,
  type CatalogPrefs,
} from '../../../../electron/shared/ipc/catalog-schemas.js';
import { SearchIcon } from '../../ui/icons.js';
import { activeFacetCount, CLEARED_FACETS } from './catalog-model.js';

/**
 * Above the table: search as you type, the sort (every column, also from the keyboard without
 * reaching the header), the price unit and "clear filters".
 */
export function CatalogToolbar({
  search,
  onSearch,
  prefs,
  onChange,
}: {
  search: string;
  onSearch: (text: string) => void;
  prefs: CatalogPrefs;
  onChange: (patch: Partial<CatalogPrefs>) => void;
}) {
  const { t } = useTranslation();
  const ids = { search: useId(), sort: useId(), order: useId() };
  return (
    <div className="catalog-toolbar">
      <div className="search-field catalog-search">
        <SearchIcon />
        <label htmlFor={ids.search} className="visually-hidden">
          {t('catalog.search')}
        </label>
        <input
          id={ids.search}
          className="input"
          type="search"
          data-testid="catalog-search"
          placeholder={t('catalog.searchPlaceholder')}
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <label className="facet-field" htmlFor={ids.sort}>
        <span className="facet-label">{t('catalog.sort.label')}</span>
        <select
          id={ids.sort}
          className="select"
          data-testid="sort-select"
          value={prefs.sort.by}
          onChange={(e) =>
            onChange({ sort: { by: e.target.value as CatalogSortKey, order: prefs.sort.order } })
          }
        >
          {CATALOG_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`catalog.sort.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="visually-hidden" htmlFor={ids.order}>
        {t('catalog.sort.order')}
      </label>
      <select
        id={ids.order}
        className="select"
        data-testid="order-select"
        value={prefs.sort.order}
        onChange={(e) =>
          onChange({ sort: { by: prefs.sort.by, order: e.target.value as 'asc' | 'desc' } })
        }
      >
        <option value="asc">{t('catalog.sort.asc')}</option>
        <option value="desc">{t('catalog.sort.desc')}</option>
      </select>
      <ToggleGroup.Root
        type="single"
        className="segmented"
        aria-label={t('catalog.unit.label')}
        value={prefs.unit}
        onValueChange={(unit) => {
          if (unit === 'mtok' || unit === 'ktok') onChange({ unit });
        }}
      >
        {(['mtok', 'ktok'] as const).map((unit) => (
          <ToggleGroup.Item
            key={unit}
            value={unit}
            className="segmented-item"
            data-testid={`unit-${unit}`}
            title={t(`catalog.unit.${unit}`)}
            aria-label={t(`catalog.unit.${unit}`)}
          >
            {t(`catalog.unit.short_${unit}`)}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      {activeFacetCount(prefs) > 0 && (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          data-testid="clear-filters"
          onClick={() => onChange(CLEARED_FACETS)}
        >
          {t('catalog.clearFilters')}
        </button>
      )}
    </div>
  );
}
