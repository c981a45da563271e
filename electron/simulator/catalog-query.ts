import type { CatalogEntry } from './catalog-entry.js';
import type { CatalogModelWire } from './wire-types.js';

// `/api/v1/models` still accepts the old type names and maps them onto the new ones.
const TYPE_ALIASES: Record<string, string> = {
  t2t: 'llm',
  t2i: 'image_generation',
  t2v: 'video',
  reranking: 'rerank',
};

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

function ratio(entry: CatalogEntry): number {
  const p = entry.wire.pricing;
  // one-api's model_ratio: 1 = $2 per 1M input tokens. Unpriced rows sort last (ascending).
  return p ? p.input / 2 : Number.POSITIVE_INFINITY;
}

function compare(a: CatalogEntry, b: CatalogEntry, sortBy: string): number {
  switch (sortBy) {
    case 'model_ratio':
      return ratio(a) - ratio(b);
    case 'context_length': {
      // The real server compares the column as TEXT, so "8192" > "65536". Reproduced on purpose.
      const x = a.wire.context_length === null ? '' : String(a.wire.context_length);
      const y = b.wire.context_length === null ? '' : String(b.wire.context_length);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'coding':
      return Number(b.coding) - Number(a.coding) || a.order - b.order;
    default:
      return a.order - b.order;
  }
}

/** Filters and sorts the catalog the way AiHubMix's `/api/v1/models` does. */
export function queryCatalog(
  entries: readonly CatalogEntry[],
  query: URLSearchParams,
): CatalogModelWire[] {
  let result = [...entries];
  const type = query.get('type')?.trim().toLowerCase();
  if (type) {
    const wanted = TYPE_ALIASES[type] ?? type;
    result = result.filter((e) => list(e.wire.types).includes(wanted));
  }
  const modalities = list(query.get('modalities') ?? '');
  if (modalities.length > 0) {
    result = result.filter((e) => {
      const have = list(e.wire.input_modalities);
      return modalities.every((m) => have.includes(m));
    });
  }
  const features = list(query.get('features') ?? '');
  if (features.length > 0) {
    result = result.filter((e) => {
      const have = list(e.wire.features);
      return features.every((f) => have.includes(f));
    });
  }
  const model = query.get('model')?.trim().toLowerCase();
  if (model) result = result.filter((e) => e.wire.model_id.toLowerCase().includes(model));

  const sortBy = query.get('sort_by') ?? 'order';
  const desc = query.get('sort_order')?.toLowerCase() === 'desc';
  // "coding" is a priority ranking, not a direction-sensitive value.
  const direction = desc && sortBy !== 'coding' ? -1 : 1;
  result.sort((a, b) => direction * compare(a, b, sortBy) || a.order - b.order);
  return result.map((e) => e.wire);
}
