import { randomBytes } from 'node:crypto';
import type { CatalogEntry } from './catalog-entry.js';
import { generatedCatalog } from './catalog-generated.js';
import { realisticCatalog } from './catalog-realistic.js';
import { FailureQueue } from './failures.js';
import { seedKeys, type KeyRecord } from './key-record.js';
import { createRng, generateKeyString } from './prng.js';
import { QUOTA_PER_USD, type Flavor, type RecordedRequest } from './wire-types.js';

export type AvailableModelsShape = 'strings' | 'objects';

export interface StateInit {
  flavor: Flavor;
  accessToken: string;
  balanceUsd: number;
  catalog: 'realistic' | { generated: number };
  keys: number;
  latencyMs: number;
  chunkIntervalMs: number;
  availableModels: AvailableModelsShape;
  /** The models the account's group may use; null = every catalog model. */
  accountModels?: string[] | null;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** All in-process state of one simulator: the account, its keys, the catalog, test controls. */
export class SimulatorState {
  readonly userId = 1;
  readonly username = 'demo';
  flavor: Flavor;
  accessToken: string;
  quota: number;
  usedQuota = 1_234_567;
  requestCount = 321;
  chargedQuota = 0;
  latencyMs: number;
  chunkIntervalMs: number;
  availableModels: AvailableModelsShape;
  /** `/api/user/available_models` lists only these (catalog order kept); null = all. */
  accountModels: ReadonlySet<string> | null;
  catalog: CatalogEntry[];
  readonly keys = new Map<number, KeyRecord>();
  readonly failures = new FailureQueue();
  requests: RecordedRequest[] = [];
  private nextKeyId: number;
  private readonly keyRng = createRng(777);

  constructor(init: StateInit) {
    this.flavor = init.flavor;
    this.accessToken = init.accessToken;
    this.quota = usdToQuota(init.balanceUsd);
    this.latencyMs = init.latencyMs;
    this.chunkIntervalMs = init.chunkIntervalMs;
    this.availableModels = init.availableModels;
    this.accountModels = init.accountModels ? new Set(init.accountModels) : null;
    this.catalog =
      init.catalog === 'realistic' ? realisticCatalog() : generatedCatalog(init.catalog.generated);
    const llms = this.catalog.filter((e) => e.wire.types.split(',').includes('llm'));
    const seeded = seedKeys(
      init.keys,
      this.userId,
      nowSeconds(),
      llms.map((e) => e.wire.model_id),
    );
    for (const k of seeded) this.keys.set(k.id, k);
    this.nextKeyId = seeded.length + 1;
  }

  rotateAccessToken(): string {
    this.accessToken = randomBytes(16).toString('hex');
    return this.accessToken;
  }

  /** Keys in id-desc order, as every flavor lists them. */
  keysDesc(): KeyRecord[] {
    return [...this.keys.values()].sort((a, b) => b.id - a.id);
  }

  createKey(
    fields: Omit<
      KeyRecord,
      'id' | 'userId' | 'key' | 'status' | 'createdTime' | 'accessedTime' | 'usedQuota'
    >,
  ): KeyRecord {
    const now = nowSeconds();
    const record: KeyRecord = {
      ...fields,
      id: this.nextKeyId++,
      userId: this.userId,
      key: generateKeyString(this.keyRng),
      status: 1,
      createdTime: now,
      accessedTime: now,
      usedQuota: 0,
    };
    this.keys.set(record.id, record);
    return record;
  }

  /** Finds a key by its secret, with or without `sk-`. */
  keyBySecret(secret: string): KeyRecord | undefined {
    const bare = secret.startsWith('sk-') ? secret.slice(3) : secret;
    for (const k of this.keys.values()) if (k.key === bare) return k;
    return undefined;
  }

  findModel(id: string): CatalogEntry | undefined {
    return this.catalog.find((e) => e.wire.model_id === id);
  }

  /** Charges the account and the key; returns the quota charged. */
  charge(key: KeyRecord, usd: number): number {
    // one-api rounds the quota up and charges at least 1 unit for a priced request.
    const quota = usd > 0 ? Math.max(1, Math.ceil(usd * QUOTA_PER_USD)) : 0;
    this.quota -= quota;
    this.usedQuota += quota;
    this.requestCount += 1;
    this.chargedQuota += quota;
    key.usedQuota += quota;
    if (!key.unlimitedQuota) key.remainQuota -= quota;
    key.accessedTime = nowSeconds();
    return quota;
  }
}

export function usdToQuota(usd: number): number {
  return Math.round(usd * QUOTA_PER_USD);
}
