import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';

import type { SeenModel } from '../../shared/domain/catalog-changes.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';

const price = z.number().finite().nullable();
const seenFileSchema = z.object({
  version: z.literal(1),
  baseUrl: z.string(),
  seenAt: z.iso.datetime(),
  models: z.array(
    z.object({
      id: z.string(),
      pricing: z.object({
        inputPerMTok: price,
        outputPerMTok: price,
        cacheReadPerMTok: price,
        cacheWritePerMTok: price,
      }),
    }),
  ),
});

export interface SeenSnapshot {
  seenAt: Date;
  models: SeenModel[];
}

/**
 * The catalog as the user last saw it, one file per gateway, written atomically: the change feed
 * compares against it, so a crash mid-write must never turn the whole catalog into "new".
 * A corrupt file is set aside and the next look starts a fresh baseline.
 */
export class CatalogSeenStore {
  constructor(private readonly dataDir: string) {}

  private path(baseUrl: string): string {
    const digest = createHash('sha256').update(baseUrl).digest('hex').slice(0, 24);
    return join(this.dataDir, 'catalog', `${digest}.seen.json`);
  }

  async read(baseUrl: string): Promise<SeenSnapshot | null> {
    const { value } = await readJsonFile(this.path(baseUrl), (raw) => seenFileSchema.parse(raw));
    if (!value || value.baseUrl !== baseUrl) return null;
    return { seenAt: new Date(value.seenAt), models: value.models };
  }

  async write(baseUrl: string, snapshot: SeenSnapshot): Promise<void> {
    const file: z.infer<typeof seenFileSchema> = {
      version: 1,
      baseUrl,
      seenAt: snapshot.seenAt.toISOString(),
      models: snapshot.models,
    };
    await writeFileAtomic(this.path(baseUrl), JSON.stringify(file));
  }
}
