import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import { SearchIcon } from '../../ui/icons.js';
import type { StatusFilter } from './key-list-model.js';

const FILTERS: StatusFilter[] = ['all', 'enabled', 'disabled', 'expired', 'exhausted'];

export function KeysToolbar({
  search,
  onSearch,
  status,
  onStatus,
  counts,
}: {
  search: string;
  onSearch: (value: string) => void;
  status: StatusFilter;
  onStatus: (value: StatusFilter) => void;
  counts: Record<StatusFilter, number>;
}) {
  const { t } = useTranslation();
  return (
    <div className="keys-toolbar">
      <div className="search-field keys-search">
        <SearchIcon />
        <input
          type="search"
          className="input input-wide"
          placeholder={t('keys.search')}
          aria-label={t('keys.search')}
          value={search}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <ToggleGroup.Root
        type="single"
        className="segmented"
        aria-label={t('keys.filter')}
        value={status}
        // Clicking the active filter again keeps it instead of leaving no filter selected.
        onValueChange={(value) => value && onStatus(value as StatusFilter)}
      >
        {FILTERS.map((filter) => (
          <ToggleGroup.Item key={filter} value={filter} className="segmented-item">
            {filter === 'all' ? t('keys.all') : t(`keys.status.${filter}`)}
            <span className="filter-count">{counts[filter]}</span>
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
    </div>
  );
}
