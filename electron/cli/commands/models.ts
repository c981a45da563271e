import { queryCatalog, type CatalogSort } from '../../core/catalog/catalog-query.js';
import {
  KNOWN_FEATURES,
  KNOWN_MODALITIES,
  KNOWN_MODEL_TYPES,
  type CatalogModel,
  type CatalogQuery,
} from '../../shared/domain/catalog.js';
import { listOption } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { formatPrice } from '../../core/money-format.js';
import { SORT_CHOICES } from '../spec/commands.js';
import { renderTable, type Column } from '../table.js';

/** The `models --json` item fixed by issue 3. */
export interface ModelJson {
  id: string;
  description: string;
  types: string[];
  features: string[];
  input_modalities: string[];
  context_length: number | null;
  max_output: number | null;
  price_input_per_mtok: number | null;
  price_output_per_mtok: number | null;
  price_cache_read_per_mtok: number | null;
  price_cache_write_per_mtok: number | null;
  available: boolean | null;
}

export function modelToJson(model: CatalogModel, available: ReadonlySet<string> | null): ModelJson {
  return {
    id: model.id,
    description: model.description,
    types: [...model.types],
    features: [...model.features],
    input_modalities: [...model.inputModalities],
    context_length: model.contextLength,
    max_output: model.maxOutput,
    price_input_per_mtok: model.pricing.inputPerMTok,
    price_output_per_mtok: model.pricing.outputPerMTok,
    price_cache_read_per_mtok: model.pricing.cacheReadPerMTok,
    price_cache_write_per_mtok: model.pricing.cacheWritePerMTok,
    available: available === null ? null : available.has(model.id),
  };
}

type SortChoice = (typeof SORT_CHOICES)[number];

function parseSort(text: string | undefined): SortChoice {
  const value = (text ?? 'default').toLowerCase();
  const choice = SORT_CHOICES.find((candidate) => candidate === value);
  if (!choice) {
    throw new UsageError(
      `Unknown sort "${text}".`,
      `hubmix models --sort ${SORT_CHOICES.join('|')}`,
    );
  }
  return choice;
}

/**
 * A filter value that neither the documented list nor the catalog knows is a typo (`--type llms`):
 * say so, rather than "No models match". Values the catalog has are accepted even when new.
 */
function checkFilterValues(
  option: string,
  wanted: readonly string[],
  known: readonly string[],
  models: readonly CatalogModel[],
  valuesOf: (model: CatalogModel) => readonly string[],
): void {
  const present = new Set([...known, ...models.flatMap(valuesOf)]);
  const unknown = wanted.find((value) => !present.has(value));
  if (unknown === undefined) return;
  throw new UsageError(
    `Unknown ${option} value "${unknown}".`,
    `hubmix models ${option} ${[...present].sort().join('|')}`,
  );
}

/** "128K", "1M": context sizes read at a glance. */
export function formatTokens(count: number | null): string {
  if (count === null) return '—';
  if (count >= 1_000_000) return `${Number((count / 1_000_000).toFixed(1))}M`;
  if (count >= 1_000) return `${Math.round(count / 1_000)}K`;
  return String(count);
}

const COLUMNS: Column[] = [
  { header: 'MODEL', shrink: true, min: 16 },
  { header: 'TYPE', dropOrder: 2 },
  { header: 'CONTEXT', align: 'right' },
  { header: 'IN $/M', align: 'right' },
  { header: 'OUT $/M', align: 'right' },
  { header: 'FEATURES', shrink: true, min: 8, dropOrder: 1 },
  { header: 'DESCRIPTION', shrink: true, min: 24, dropOrder: 0 },
];

export function modelsTable(
  models: readonly CatalogModel[],
  available: ReadonlySet<string> | null,
  width: number,
): string[] {
  const columns = available
    ? [...COLUMNS.slice(0, 1), { header: 'AVAIL' }, ...COLUMNS.slice(1)]
    : COLUMNS;
  const rows = models.map((model) => {
    const cells = [
      model.id,
      model.types.join(','),
      formatTokens(model.contextLength),
      formatPrice(model.pricing.inputPerMTok),
      formatPrice(model.pricing.outputPerMTok),
      model.features.join(','),
      model.description,
    ];
    if (available) cells.splice(1, 0, available.has(model.id) ? 'yes' : 'no');
    return cells;
  });
  return renderTable(columns, rows, width);
}

export async function runModels(ctx: CliContext): Promise<void> {
  const sort = parseSort(ctx.option('sort'));
  const order = ctx.flag('desc') ? 'desc' : 'asc';
  const type = ctx.option('type')?.trim().toLowerCase();
  // Coding scores exist only on the server: let it order, and keep its order here.
  const serverQuery: CatalogQuery = sort === 'coding' ? { sortBy: 'coding', sortOrder: order } : {};
  const wantAvailable = ctx.flag('available');

  const [catalog, availableIds] = await Promise.all([
    ctx.publicApi().then((api) => api.getCatalog(serverQuery, null, { signal: ctx.signal })),
    wantAvailable
      ? ctx.api().then((api) => api.getAvailableModels({ signal: ctx.signal }))
      : Promise.resolve(null),
  ]);
  const available = availableIds ? new Set(availableIds) : null;

  const clientSort: CatalogSort =
    sort === 'price'
      ? { by: 'input', order }
      : sort === 'context'
        ? { by: 'context_length', order }
        : sort === 'coding'
          ? { by: 'server_order', order: 'asc' }
          : { by: 'server_order', order };
  const filter = {
    ...(type ? { type } : {}),
    modalities: listOption(ctx.args.values, 'modalities') ?? [],
    features: listOption(ctx.args.values, 'features') ?? [],
    search: ctx.option('search') ?? '',
  };
  checkFilterValues(
    '--type',
    type ? [type] : [],
    KNOWN_MODEL_TYPES,
    catalog.models,
    (m) => m.types,
  );
  checkFilterValues(
    '--modalities',
    filter.modalities,
    KNOWN_MODALITIES,
    catalog.models,
    (m) => m.inputModalities,
  );
  checkFilterValues(
    '--features',
    filter.features,
    KNOWN_FEATURES,
    catalog.models,
    (m) => m.features,
  );
  const models = queryCatalog(catalog.models, filter, clientSort);

  if (ctx.json) {
    ctx.out.writeJson(models.map((model) => modelToJson(model, available)));
    return;
  }
  if (models.length === 0) {
    ctx.out.line('No models match.');
    return;
  }
  const [header, ...rows] = modelsTable(models, available, ctx.out.columns);
  ctx.out.line(ctx.out.style(header ?? '', 'bold'));
  ctx.out.lines(rows);
  ctx.out.note(`${models.length} models; prices in USD per 1M tokens.`);
}
