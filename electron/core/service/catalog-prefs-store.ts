import { join } from 'node:path';
import { z } from 'zod';

import {
  catalogPrefsSchema,
  DEFAULT_CATALOG_PREFS,
  type CatalogPrefs,
} from '../../shared/ipc/catalog-schemas.js';
import type { CatalogSortKey } from '../catalog/catalog-query.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';

// The persisted sort keys must be ones the shared query understands (and the reverse).
type PrefsSortKey = CatalogPrefs['sort']['by'];
const _sortKeysMatch: [
  Exclude<PrefsSortKey, CatalogSortKey> | Exclude<CatalogSortKey, PrefsSortKey>,
] extends [never]
  ? true
  : false = true;
void _sortKeysMatch;

const prefsFileSchema = z.object({ version: z.literal(1), prefs: catalogPrefsSchema });

/**
 * The Models view's facets, sort, price unit and watch list in their own small JSON file (not in
 * the settings schema, which another part of the app migrates). Written atomically; a corrupt or
 * outdated file is set aside and the defaults used, never a crash.
 */
export class CatalogPrefsStore {
  private cached: CatalogPrefs | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  private path(): string {
    return join(this.dataDir, 'catalog-prefs.json');
  }

  async get(): Promise<CatalogPrefs> {
    if (this.cached) return this.cached;
    const { value } = await readJsonFile(this.path(), (raw) => prefsFileSchema.parse(raw)).catch(
      () => ({ value: null }),
    );
    this.cached = value?.prefs ?? structuredClone(DEFAULT_CATALOG_PREFS);
    return this.cached;
  }

  async update(patch: Partial<CatalogPrefs>): Promise<CatalogPrefs> {
    const next = catalogPrefsSchema.parse({ ...(await this.get()), ...patch });
    this.cached = next;
    // Writes are chained so a quick succession of facet clicks lands in order.
    const write = this.writing.then(() =>
      writeFileAtomic(this.path(), JSON.stringify({ version: 1, prefs: next })),
    );
    this.writing = write.catch(() => undefined);
    await write;
    return next;
  }
}
