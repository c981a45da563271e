import { z } from 'zod';

/**
 * Runtime schemas for the Models view's persisted preferences: the facets and sort that survive a
 * restart, the price unit and the watch list. The same schema validates the renderer's requests
 * and the prefs file read back from disk.
 */

export const CATALOG_SORT_KEYS = [
  'server_order',
  'name',
  'input',
  'output',
  'cache_read',
  'cache_write',
  'context_length',
  'max_output',
] as const;

const label = z.string().trim().min(1).max(40);

export const catalogSortSchema = z
  .object({ by: z.enum(CATALOG_SORT_KEYS), order: z.enum(['asc', 'desc']) })
  .strict();

export const catalogPrefsSchema = z
  .object({
    type: label.nullable(),
    /** Every selected modality must be supported. */
    modalities: z.array(label).max(10),
    /** Every selected feature must be present. */
    features: z.array(label).max(20),
    developer: z.string().trim().min(1).max(80).nullable(),
    availableOnly: z.boolean(),
    /** Only models this key may call. */
    keyId: z.number().int().positive().nullable(),
    sort: catalogSortSchema,
    unit: z.enum(['mtok', 'ktok']),
    /** Model ids whose changes raise a catalog:watch-alert. */
    watchlist: z.array(z.string().trim().min(1).max(200)).max(500),
  })
  .strict();

export type CatalogPrefs = z.infer<typeof catalogPrefsSchema>;

export const catalogPrefsPatchSchema = catalogPrefsSchema.partial().strict();

export const DEFAULT_CATALOG_PREFS: CatalogPrefs = {
  type: null,
  modalities: [],
  features: [],
  developer: null,
  availableOnly: false,
  keyId: null,
  sort: { by: 'server_order', order: 'asc' },
  unit: 'mtok',
  watchlist: [],
};
