/** A model of the AiHubMix catalog (`/api/v1/models`), normalized. */
export const KNOWN_MODEL_TYPES = [
  'llm',
  'image_generation',
  'video',
  'tts',
  'stt',
  'embedding',
  'rerank',
] as const;
export const KNOWN_FEATURES = [
  'thinking',
  'tools',
  'function_calling',
  'web',
  'deepsearch',
  'long_context',
  'structured_outputs',
] as const;
export const KNOWN_MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'] as const;

/**
 * Prices in USD per 1M tokens. The docs say per 1K, but the numbers are per 1M (gpt-5 lists 1.25
 * in and 10 out). null = the catalog gave no price ("unknown"); 0 = free.
 */
export interface ModelPricing {
  inputPerMTok: number | null;
  outputPerMTok: number | null;
  cacheReadPerMTok: number | null;
  cacheWritePerMTok: number | null;
}

export interface CatalogModel {
  id: string;
  description: string;
  /** Unknown values are kept as they came (lower-cased), never dropped. */
  types: string[];
  features: string[];
  inputModalities: string[];
  contextLength: number | null;
  maxOutput: number | null;
  pricing: ModelPricing;
  developer: string | null;
  /** Position in the server's default order (0-based). */
  serverOrder: number;
}

export type CatalogSortBy = 'model_ratio' | 'context_length' | 'coding' | 'order';

/** Server-side filters of `/api/v1/models` (all optional, combined with AND). */
export interface CatalogQuery {
  type?: string;
  modalities?: string[];
  features?: string[];
  /** Fuzzy model-name match (`model=`). */
  model?: string;
  sortBy?: CatalogSortBy;
  sortOrder?: 'asc' | 'desc';
}

export interface CatalogFetchResult {
  models: CatalogModel[];
  etag: string | null;
  /** true when the server answered 304 and `models` are the cached ones passed in. */
  notModified: boolean;
}

/** One entry of `/v1/models` (the OpenAI-compatible list, scoped to an sk- key). */
export interface RelayModel {
  id: string;
  ownedBy: string | null;
  created: Date | null;
}
