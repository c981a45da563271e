/**
 * The simulator's own view of the AiHubMix wire format. Deliberately not shared with the client
 * (electron/core, electron/shared): if the client misreads the API, a shared type would hide it.
 */

export type Flavor = 'one-api' | 'new-api';

/** USD per 1M tokens, as `/api/v1/models` really reports it (the docs say per 1K). */
export interface CatalogPricingWire {
  input: number;
  output: number;
  cache_read?: number;
  cache_write?: number;
}

/** One item of AiHubMix's public `/api/v1/models`. Lists are comma-separated strings. */
export interface CatalogModelWire {
  model_id: string;
  desc: string;
  types: string;
  features: string;
  input_modalities: string;
  max_output: number | null;
  context_length: number | null;
  pricing?: CatalogPricingWire;
  developer_id?: number;
  developer_name?: string;
}

/** A key as one-api (and AiHubMix) serializes it: full key without `sk-`. */
export interface OneApiTokenWire {
  id: number;
  user_id: number;
  key: string;
  status: number;
  name: string;
  created_time: number;
  accessed_time: number;
  expired_time: number;
  remain_quota: number;
  unlimited_quota: boolean;
  used_quota: number;
  models: string | null;
  subnet: string | null;
}

/** A key as new-api (latest) serializes it: masked key, model_limits / allow_ips. */
export interface NewApiTokenWire {
  id: number;
  user_id: number;
  key: string;
  status: number;
  name: string;
  created_time: number;
  accessed_time: number;
  expired_time: number;
  remain_quota: number;
  unlimited_quota: boolean;
  model_limits_enabled: boolean;
  model_limits: string;
  allow_ips: string | null;
  used_quota: number;
  group: string;
  cross_group_retry: boolean;
  DeletedAt: null;
}

export type TokenWire = OneApiTokenWire | NewApiTokenWire;

/** Token status constants shared by one-api and new-api. */
export const TOKEN_STATUS = { enabled: 1, disabled: 2, expired: 3, exhausted: 4 } as const;

/** QuotaPerUnit: 500 000 quota units per USD (one-api/new-api default, AiHubMix hard-codes it). */
export const QUOTA_PER_USD = 500_000;

/** A received request as the control API reports it. Only the headers tests care about. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: {
    authorization?: string;
    'if-none-match'?: string;
    'new-api-user'?: string;
    cookie?: string;
  };
  body?: unknown;
}
