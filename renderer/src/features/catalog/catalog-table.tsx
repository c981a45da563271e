import { memo, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';

import type {
  CatalogSort,
  CatalogSortKey,
} from '../../../../electron/core/catalog/catalog-query.js';
import type { PriceUnit } from '../../../../electron/core/catalog/catalog-units.js';
import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import {
  optionalPriceText,
  priceText,
  priceWords,
  tokensText,
  type PriceWords,
} from './catalog-model.js';

const ROW_HEIGHT = 40;

interface Column {
  id: string;
  label: string;
  sort?: CatalogSortKey;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { id: 'model', label: 'catalog.columns.model', sort: 'name' },
  { id: 'type', label: 'catalog.columns.type' },
  { id: 'context', label: 'catalog.columns.context', sort: 'context_length', numeric: true },
  { id: 'max', label: 'catalog.columns.maxOutput', sort: 'max_output', numeric: true },
  { id: 'input', label: 'catalog.columns.input', sort: 'input', numeric: true },
  { id: 'output', label: 'catalog.columns.output', sort: 'output', numeric: true },
  { id: 'cache-read', label: 'catalog.columns.cacheRead', sort: 'cache_read', numeric: true },
  { id: 'cache-write', label: 'catalog.columns.cacheWrite', sort: 'cache_write', numeric: true },
];

/**
 * A row's words, looked up once per table render: a row that called useTranslation itself paid
 * for an i18n subscription per mount, and rows mount with every keystroke that changes results.
 */
export interface RowWords extends PriceWords {
  unavailable: string;
  watched: string;
  compare: (id: string) => string;
  type: (type: string) => string;
}

export interface RowProps {
  words: RowWords;
  model: CatalogModel;
  unit: PriceUnit;
  locale: string;
  selected: boolean;
  compared: boolean;
  unavailable: boolean;
  watched: boolean;
  onOpen: (id: string) => void;
  onCompare: (id: string, on: boolean) => void;
}

/** One model; memoized so a keystroke re-renders only rows whose model or state changed. */
const ModelRow = memo(function ModelRow({
  words,
  model,
  unit,
  locale,
  selected,
  compared,
  unavailable,
  watched,
  onOpen,
  onCompare,
}: RowProps) {
  const p = model.pricing;
  return (
    <>
      <div role="cell" className="cell-check">
        {/* A native checkbox: a row mounts with every keystroke that changes the results, and
            this one costs a fraction of a styled primitive. */}
        <input
          type="checkbox"
          className="row-check"
          checked={compared}
          aria-label={words.compare(model.id)}
          onChange={(e) => onCompare(model.id, e.target.checked)}
        />
      </div>
      <div role="cell" className="cell-model">
        <button
          type="button"
          className="model-open"
          aria-pressed={selected}
          onClick={() => onOpen(model.id)}
          title={model.description || model.id}
        >
          <span className="model-id">{model.id}</span>
          {model.developer && <span className="model-dev">{model.developer}</span>}
        </button>
        {watched && (
          <span className="model-watched" title={words.watched}>
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{words.watched}</span>
          </span>
        )}
        {unavailable && (
          <span className="model-unavailable" title={words.unavailable}>
            <span className="visually-hidden">{words.unavailable}</span>
          </span>
        )}
      </div>
      <div role="cell" className="cell-type">
        {model.types.map(words.type).join(', ') || '—'}
      </div>
      <div role="cell" className="num" data-col="context">
        {tokensText(model.contextLength)}
      </div>
      <div role="cell" className="num" data-col="max">
        {tokensText(model.maxOutput)}
      </div>
      <div role="cell" className="num" data-col="input">
        {priceText(words, p.inputPerMTok, unit, locale)}
      </div>
      <div role="cell" className="num" data-col="output">
        {priceText(words, p.outputPerMTok, unit, locale)}
      </div>
      <div role="cell" className="num" data-col="cache-read">
        {optionalPriceText(words, p.cacheReadPerMTok, unit, locale)}
      </div>
      <div role="cell" className="num" data-col="cache-write">
        {optionalPriceText(words, p.cacheWritePerMTok, unit, locale)}
      </div>
    </>
  );
});

/**
 * The whole catalog in one scroller; only the rows in view are in the DOM, so thousands of models
 * filter, sort and scroll at frame rate. The header stays put (sticky) inside the scroller.
 */
export function CatalogTable({
  models,
  count,
  sort,
  onSort,
  unit,
  locale,
  selectedId,
  compared,
  available,
  watched,
  onOpen,
  onCompare,
}: {
  models: CatalogModel[];
  /** Rows of the whole result; more than `models` while only the first rows are in. */
  count: number;
  sort: CatalogSort;
  onSort: (by: CatalogSortKey) => void;
  unit: PriceUnit;
  locale: string;
  selectedId: string | null;
  compared: ReadonlySet<string>;
  available: ReadonlySet<string> | null;
  /** Watch-listed ids, starred in their rows. */
  watched: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onCompare: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler cannot memoize; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: models.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => models[index]?.id ?? index,
  });
  const unitLabel = t(`catalog.unit.short_${unit}`);
  const words = useMemo<RowWords>(() => {
    const types = new Map<string, string>();
    // One lookup for every row's checkbox label: i18next's interpolation per row cost ~0.5 ms each.
    const [before = '', after = ''] = t('catalog.compareRow', { id: '\u0000' }).split('\u0000');
    return {
      ...priceWords(t),
      unavailable: t('catalog.unavailable'),
      watched: t('catalog.detail.watching'),
      compare: (id) => `${before}${id}${after}`,
      type: (type) => {
        let label = types.get(type);
        if (label === undefined) {
          label = t(`catalog.types.${type}`, { defaultValue: type });
          types.set(type, label);
        }
        return label;
      },
    };
  }, [t]);

  return (
    <div
      ref={scroller}
      className="catalog-scroller"
      role="table"
      aria-label={t('catalog.title')}
      aria-rowcount={count + 1}
      data-testid="catalog-table"
      data-count={count}
    >
      <div className="model-row model-header" role="row" aria-rowindex={1}>
        <div role="columnheader" className="cell-check">
          <span className="visually-hidden">{t('catalog.columns.compare')}</span>
        </div>
        {COLUMNS.map((column) => {
          const active = column.sort !== undefined && sort.by === column.sort;
          const label = t(column.label);
          return (
            <div
              key={column.id}
              role="columnheader"
              className={column.numeric ? 'num' : undefined}
              aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className="sort-button"
                  data-active={active}
                  data-testid={`sort-${column.sort}`}
                  aria-label={t('catalog.sort.toggle', { column: label })}
                  onClick={() => column.sort && onSort(column.sort)}
                >
                  {label}
                  {['input', 'output'].includes(column.id) && (
                    <span className="unit-hint">{unitLabel}</span>
                  )}
                  <span aria-hidden="true" className="sort-arrow">
                    {active ? (sort.order === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                label
              )}
            </div>
          );
        })}
      </div>
      <div className="catalog-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const model = models[item.index];
          if (!model) return null;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className="model-row"
              data-testid="model-row"
              data-model-id={model.id}
              data-selected={model.id === selectedId}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ModelRow
                words={words}
                model={model}
                unit={unit}
                locale={locale}
                selected={model.id === selectedId}
                compared={compared.has(model.id)}
                unavailable={available !== null && !available.has(model.id)}
                watched={watched.has(model.id)}
                onOpen={onOpen}
                onCompare={onCompare}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
