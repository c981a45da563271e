import type {
  CatalogFetchResult,
  CatalogModel,
  CatalogQuery,
  RelayModel,
} from '../../shared/domain/catalog.js';
import { normalizeCatalog } from '../catalog/normalize-catalog.js';
import type { RequestOptions } from './aihubmix-api.js';
import type { GatewayCaller } from './caller.js';
import { readEnvelope } from './envelope.js';
import type { HttpRequest } from './http.js';
import { validate } from './validate.js';
import {
  AvailableModelsWire,
  CatalogWire,
  DashboardModelsWire,
  RelayModelListWire,
  RelayModelWire,
} from './wire/models.js';
import { toList, toNumber, toText } from './wire/values.js';

/** The public catalog, the account's model lists and the key-scoped `/v1/models`. */
export class CatalogEndpoints {
  constructor(private readonly caller: GatewayCaller) {}

  async getCatalog(
    query: CatalogQuery = {},
    cached: { etag: string; models: CatalogModel[] } | null = null,
    options: RequestOptions = {},
  ): Promise<CatalogFetchResult> {
    const req: HttpRequest = {
      method: 'GET',
      path: '/api/v1/models',
      query: catalogParams(query),
      ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
      // The catalog is public; sending the access token would only risk it for nothing.
      auth: { kind: 'none' },
      fallback: 'connection',
    };
    let data: unknown;
    const res = await this.caller.text(req, { ...options, retry: true }, (r) => {
      if (r.status !== 304) data = readEnvelope(r).data;
    });
    const etag = headerText(res.headers.etag);
    if (res.status === 304 && cached) {
      return { models: cached.models, etag: etag ?? cached.etag, notModified: true };
    }
    const rows = validate(CatalogWire, data ?? [], res, 'a model catalog');
    return { models: normalizeCatalog(rows), etag, notModified: false };
  }

  async getAvailableModels(options: RequestOptions = {}): Promise<string[]> {
    const res = await this.caller.management(this.manage('/api/user/available_models'), {
      ...options,
      retry: true,
    });
    const rows = validate(AvailableModelsWire, res.data ?? [], res, 'a model list');
    const ids = rows.map((row) => {
      if (typeof row === 'string') return row.trim();
      if (row && typeof row === 'object') {
        const r = row as Record<string, unknown>;
        return (toText(r.model) ?? toText(r.id) ?? toText(r.name) ?? '').trim();
      }
      return '';
    });
    return [...new Set(ids.filter((id) => id !== ''))];
  }

  async getDashboardModels(options: RequestOptions = {}): Promise<Record<string, string[]>> {
    const res = await this.caller.management(this.manage('/api/models'), {
      ...options,
      retry: true,
    });
    const record = validate(DashboardModelsWire, res.data ?? {}, res, 'a model map');
    const out: Record<string, string[]> = {};
    for (const [channel, names] of Object.entries(record)) out[channel] = toList(names, /,/);
    return out;
  }

  async listRelayModels(apiKey: string, options: RequestOptions = {}): Promise<RelayModel[]> {
    const res = await this.caller.relay(this.relay('/v1/models', apiKey), {
      ...options,
      retry: true,
    });
    const list = validate(RelayModelListWire, res.json, res, 'a model list');
    return list.data.flatMap((row) => {
      const parsed = RelayModelWire.safeParse(row);
      return parsed.success ? [toRelayModel(parsed.data)] : [];
    });
  }

  async getRelayModel(
    apiKey: string,
    model: string,
    options: RequestOptions = {},
  ): Promise<RelayModel> {
    const path = `/v1/models/${encodeURIComponent(model)}`;
    const res = await this.caller.relay(this.relay(path, apiKey), { ...options, retry: true });
    // new-api wraps it as {success, data}; one-api answers the bare model object.
    const json = res.json as Record<string, unknown> | null;
    const body =
      json && typeof json === 'object' && json.data && typeof json.data === 'object'
        ? json.data
        : json;
    return toRelayModel(validate(RelayModelWire, body, res, 'a model'));
  }

  private manage(path: string): HttpRequest {
    return { method: 'GET', path, auth: { kind: 'token' }, fallback: 'connection' };
  }

  private relay(path: string, apiKey: string): HttpRequest {
    return { method: 'GET', path, auth: { kind: 'key', apiKey }, fallback: 'connection' };
  }
}

function catalogParams(query: CatalogQuery): Record<string, string | undefined> {
  const list = (items: string[] | undefined): string | undefined =>
    items && items.length > 0
      ? items
          .map((item) => item.trim())
          .filter(Boolean)
          .join(',')
      : undefined;
  return {
    type: query.type || undefined,
    modalities: list(query.modalities),
    features: list(query.features),
    model: query.model?.trim() || undefined,
    sort_by: query.sortBy,
    sort_order: query.sortOrder,
  };
}

function toRelayModel(wire: RelayModelWire): RelayModel {
  const created = toNumber(wire.created);
  return {
    id: wire.id,
    ownedBy: toText(wire.owned_by) || null,
    created: created !== null && created > 0 ? new Date(created * 1000) : null,
  };
}

function headerText(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text : null;
}
