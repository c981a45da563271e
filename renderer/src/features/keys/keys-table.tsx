import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Checkbox } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';
import { CheckIcon } from '../../ui/icons.js';
import { useNow } from '../../ui/use-now.js';
import type { KeyQuery, SortKey } from './key-list-model.js';
import { KeyRow, type KeyRowActions } from './key-row.js';

const ROW_HEIGHT = 48;

const COLUMNS: { id: string; label: string; sort?: SortKey }[] = [
  { id: 'name', label: 'keys.columns.name', sort: 'name' },
  { id: 'status', label: 'keys.columns.status', sort: 'status' },
  { id: 'key', label: 'keys.columns.key' },
  { id: 'quota', label: 'keys.columns.quota', sort: 'remain' },
  { id: 'expires', label: 'keys.columns.expires', sort: 'expires' },
  { id: 'limits', label: 'keys.columns.limits' },
  { id: 'enabled', label: 'keys.columns.enabled' },
];

/**
 * Every key of the account in one scrolling table; only the rows in view are in the DOM, so
 * thousands of keys scroll and filter smoothly. The header stays put (sticky) inside the scroller.
 */
export function KeysTable({
  keys,
  total,
  selection,
  revealed,
  sort,
  onSort,
  onSelectAll,
  actions,
}: {
  keys: ApiKeyView[];
  total: number;
  selection: ReadonlySet<number>;
  revealed: ReadonlyMap<number, string>;
  sort: KeyQuery['sort'];
  onSort: (key: SortKey) => void;
  onSelectAll: (on: boolean) => void;
  actions: KeyRowActions;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler cannot memoize; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => keys[index]?.id ?? index,
  });
  const now = useNow();
  const selectedShown = keys.filter((k) => selection.has(k.id)).length;
  const allState =
    selectedShown === 0 ? false : selectedShown === keys.length ? true : 'indeterminate';

  return (
    <div
      ref={scroller}
      className="keys-scroller"
      role="table"
      aria-label={t('keys.title')}
      aria-rowcount={keys.length + 1}
      data-total={total}
    >
      <div className="key-row key-header" role="row" aria-rowindex={1}>
        <div role="columnheader" className="cell-check">
          <Checkbox.Root
            className="checkbox"
            checked={allState}
            disabled={keys.length === 0}
            aria-label={t('keys.selectAll')}
            onCheckedChange={(on) => onSelectAll(on === true)}
          >
            <Checkbox.Indicator>
              <CheckIcon width={11} height={11} />
            </Checkbox.Indicator>
          </Checkbox.Root>
        </div>
        {COLUMNS.map((column) => {
          const active = column.sort !== undefined && sort.key === column.sort;
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className="sort-button"
                  data-active={active}
                  onClick={() => column.sort && onSort(column.sort)}
                >
                  {t(column.label)}
                  <span aria-hidden="true" className="sort-arrow">
                    {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(column.label)
              )}
            </div>
          );
        })}
        <div role="columnheader">
          <span className="visually-hidden">{t('keys.columns.actions')}</span>
        </div>
      </div>
      <div className="keys-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const key = keys[item.index];
          if (!key) return null;
          return (
            <KeyRow
              key={key.id}
              keyView={key}
              index={item.index}
              top={item.start}
              selected={selection.has(key.id)}
              revealed={revealed.get(key.id)}
              now={now}
              actions={actions}
            />
          );
        })}
      </div>
    </div>
  );
}
