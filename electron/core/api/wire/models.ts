import { array, looseObject, minLength, optional, record, string, unknown } from 'zod/mini';
import type { output } from 'zod/mini';

/** `/api/v1/models` data: the catalog rows (each row is read leniently, see normalize-catalog). */
export const CatalogWire = array(unknown());

/** `/api/user/available_models`: strings (one-api) or objects `{model, developer_id, order}`. */
export const AvailableModelsWire = array(unknown());

/** `/api/models`: channel type id -> model names. */
export const DashboardModelsWire = record(string(), unknown());

/** One `/v1/models` entry. */
export const RelayModelWire = looseObject({
  id: string().check(minLength(1)),
  owned_by: optional(unknown()),
  created: optional(unknown()),
});
export type RelayModelWire = output<typeof RelayModelWire>;

/** `/v1/models`: `{object:'list', data}` (one-api) or `{success, data}` (new-api). */
export const RelayModelListWire = looseObject({ data: array(unknown()) });
