import type { CatalogModelWire } from './wire-types.js';

/** A catalog row plus the server-side attributes `sort_by` uses but the wire does not show. */
export interface CatalogEntry {
  wire: CatalogModelWire;
  /** Position in AiHubMix's default ("order") ranking. */
  order: number;
  /** Tagged for `sort_by=coding`. */
  coding: boolean;
}

/** A compact catalog row for the data files; see toEntry. */
export type Row = [
  id: string,
  desc: string,
  types: string,
  features: string,
  modalities: string,
  maxOutput: number | null,
  context: number | null,
  pricing: CatalogModelWire['pricing'],
  developer: [number, string] | null,
  coding?: boolean,
];

export const OPENAI: [number, string] = [1, 'OpenAI'];
export const ANTHROPIC: [number, string] = [2, 'Anthropic'];
export const GOOGLE: [number, string] = [3, 'Google'];
export const DEEPSEEK: [number, string] = [4, 'DeepSeek'];
export const ALIBABA: [number, string] = [5, 'Alibaba'];
export const MOONSHOT: [number, string] = [6, 'Moonshot'];

export function toEntry(row: Row, order: number): CatalogEntry {
  const [id, desc, types, features, modalities, maxOutput, context, pricing, dev, coding] = row;
  const wire: CatalogModelWire = {
    model_id: id,
    desc,
    types,
    features,
    input_modalities: modalities,
    max_output: maxOutput,
    context_length: context,
  };
  if (pricing) wire.pricing = { ...pricing };
  if (dev) {
    wire.developer_id = dev[0];
    wire.developer_name = dev[1];
  }
  return { wire, order, coding: coding ?? false };
}
