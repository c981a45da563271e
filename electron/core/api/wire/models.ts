import { z } from 'zod';

/** `/api/v1/models` data: the catalog rows (each row is read leniently, see normalize-catalog). */
export const CatalogWire = z.array(z.unknown());

/** `/api/user/available_models`: strings (one-api) or objects `{model, developer_id, order}`. */
export const AvailableModelsWire = z.array(z.unknown());

/** `/api/models`: channel type id -> model names. */
export const DashboardModelsWire = z.record(z.string(), z.unknown());

/** One `/v1/models` entry. */
export const RelayModelWire = z.looseObject({
  id: z.string().min(1),
  owned_by: z.unknown().optional(),
  created: z.unknown().optional(),
});
export type RelayModelWire = z.infer<typeof RelayModelWire>;

/** `/v1/models`: `{object:'list', data}` (one-api) or `{success, data}` (new-api). */
export const RelayModelListWire = z.looseObject({ data: z.array(z.unknown()) });
