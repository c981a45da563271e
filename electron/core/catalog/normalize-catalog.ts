import type { CatalogModel, ModelPricing } from '../../shared/domain/catalog.js';
import { toList, toNumber, toText } from '../api/wire/values.js';

/**
 * `/api/v1/models` rows -> CatalogModel. The catalog is hand-maintained and odd rows happen
 * (a price as a string, features as an array, a missing context length): such rows are kept
 * with the odd field read as unknown. Only a row without a model id is dropped.
 */
export function normalizeCatalog(rows: unknown[]): CatalogModel[] {
  const models: CatalogModel[] = [];
  rows.forEach((row, index) => {
    const model = normalizeCatalogRow(row, index);
    if (model) models.push(model);
  });
  return models;
}

export function normalizeCatalogRow(row: unknown, serverOrder: number): CatalogModel | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  const id = firstText(r.model_id, r.id, r.model);
  if (id === null) return null;
  return {
    id,
    description: firstText(r.desc, r.description) ?? '',
    types: labels(r.types ?? r.type),
    features: labels(r.features),
    inputModalities: labels(r.input_modalities ?? r.modalities),
    contextLength: count(r.context_length),
    maxOutput: count(r.max_output),
    pricing: pricing(r.pricing),
    developer: firstText(r.developer_name, r.developer) ?? idText(r.developer_id),
    serverOrder,
  };
}

function pricing(value: unknown): ModelPricing {
  const p = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    inputPerMTok: price(p.input),
    outputPerMTok: price(p.output),
    cacheReadPerMTok: price(p.cache_read),
    cacheWritePerMTok: price(p.cache_write),
  };
}

/** USD per 1M tokens; 0 is free, a negative or unreadable price is unknown. */
function price(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && n >= 0 ? n : null;
}

function count(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && n > 0 ? n : null;
}

function labels(value: unknown): string[] {
  return [...new Set(toList(value, /,/).map((item) => item.toLowerCase()))];
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = toText(value)?.trim();
    if (text) return text;
  }
  return null;
}

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return firstText(value);
}
