import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';

import type { CatalogModel } from '../../shared/domain/catalog.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';

const price = z.number().finite().nullable();
const catalogModelSchema = z.object({
  id: z.string(),
  description: z.string(),
  types: z.array(z.string()),
  features: z.array(z.string()),
  inputModalities: z.array(z.string()),
  contextLength: z.number().nullable(),
  maxOutput: z.number().nullable(),
  pricing: z.object({
    inputPerMTok: price,
    outputPerMTok: price,
    cacheReadPerMTok: price,
    cacheWritePerMTok: price,
  }),
  developer: z.string().nullable(),
  serverOrder: z.number(),
}) satisfies z.ZodType<CatalogModel>;

const cacheFileSchema = z.object({
  version: z.literal(1),
  baseUrl: z.string(),
  etag: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
  models: z.array(catalogModelSchema),
  // Absent in files written before it was kept; null when the account's list was not known.
  available: z
    .object({ accountId: z.string(), models: z.array(z.string()) })
    .nullable()
    .optional(),
});

export interface AccountModels {
  accountId: string;
  models: string[];
}

export interface CachedCatalog {
  etag: string | null;
  fetchedAt: Date;
  models: CatalogModel[];
  /**
   * The account's usable models (`/api/user/available_models`) as last fetched with the catalog.
   * Kept so a start from the cache already has them: without it, every start's revalidation saw
   * them "change" from unknown and pushed the whole catalog to the window a second time. Tagged
   * with the account: two accounts on one gateway share the catalog file, not their lists.
   */
  available?: AccountModels | null;
}

/**
 * The model catalog on disk, one file per gateway, so the Models page opens instantly and the
 * next fetch can be a cheap If-None-Match revalidation. Validated on read: a corrupt file is set
 * aside and the catalog fetched afresh.
 */
export class CatalogCache {
  constructor(private readonly dataDir: string) {}

  private path(baseUrl: string): string {
    const digest = createHash('sha256').update(baseUrl).digest('hex').slice(0, 24);
    return join(this.dataDir, 'catalog', `${digest}.json`);
  }

  async read(baseUrl: string): Promise<CachedCatalog | null> {
    const { value } = await readJsonFile(this.path(baseUrl), (raw) => cacheFileSchema.parse(raw));
    if (!value || value.baseUrl !== baseUrl) return null;
    return {
      etag: value.etag,
      fetchedAt: new Date(value.fetchedAt),
      models: value.models,
      available: value.available ?? null,
    };
  }

  async write(baseUrl: string, catalog: CachedCatalog): Promise<void> {
    const file: z.infer<typeof cacheFileSchema> = {
      version: 1,
      baseUrl,
      etag: catalog.etag,
      fetchedAt: catalog.fetchedAt.toISOString(),
      models: catalog.models,
      available: catalog.available ?? null,
    };
    await writeFileAtomic(this.path(baseUrl), JSON.stringify(file));
  }
}
