import { createRng, generateKeyString, type Rng } from './prng.js';
import { TOKEN_STATUS, type Flavor, type TokenWire } from './wire-types.js';

/** The server's own record of a key, independent of which flavor serializes it. */
export interface KeyRecord {
  id: number;
  userId: number;
  key: string; // 48 chars, no `sk-`
  status: number;
  name: string;
  createdTime: number;
  accessedTime: number;
  expiredTime: number; // -1 = never
  remainQuota: number;
  unlimitedQuota: boolean;
  usedQuota: number;
  models: string[] | null; // null = every model
  subnets: string[] | null; // null = any address
  group: string;
}

/** new-api (latest) MaskTokenKey: first 4 + 10 stars + last 4. */
export function maskKey(key: string): string {
  return `${key.slice(0, 4)}${'*'.repeat(10)}${key.slice(-4)}`;
}

export function toWire(record: KeyRecord, flavor: Flavor, reveal: boolean): TokenWire {
  const base = {
    id: record.id,
    user_id: record.userId,
    status: record.status,
    name: record.name,
    created_time: record.createdTime,
    accessed_time: record.accessedTime,
    expired_time: record.expiredTime,
    remain_quota: record.remainQuota,
    unlimited_quota: record.unlimitedQuota,
    used_quota: record.usedQuota,
  };
  if (flavor === 'one-api') {
    return {
      ...base,
      key: record.key,
      models: record.models === null ? null : record.models.join(','),
      subnet: record.subnets === null ? null : record.subnets.join(','),
    };
  }
  return {
    ...base,
    key: reveal ? record.key : maskKey(record.key),
    model_limits_enabled: record.models !== null && record.models.length > 0,
    model_limits: record.models?.join(',') ?? '',
    allow_ips: record.subnets === null ? null : record.subnets.join('\n'),
    group: record.group,
    cross_group_retry: false,
    DeletedAt: null,
  };
}

const NAMES = [
  'laptop',
  'ci',
  'staging',
  'cursor',
  'cline',
  'prod-api',
  'notebook',
  'bot',
  'eval',
  'intern',
];
const DAY = 86_400;

/**
 * Seeds `count` keys (at least one) deterministically: id 1 is the demo key (enabled, unlimited,
 * every model); the others cycle through every status, with some unlimited, some restricted to
 * models or subnets, created over several months.
 */
export function seedKeys(
  count: number,
  userId: number,
  now: number,
  models: string[],
): KeyRecord[] {
  const rng: Rng = createRng(4242);
  const records: KeyRecord[] = [];
  const total = Math.max(1, count);
  for (let id = 1; id <= total; id++) {
    const created = now - (total - id + 1) * 5 * DAY - rng.int(DAY);
    const record: KeyRecord = {
      id,
      userId,
      key: generateKeyString(rng),
      status: TOKEN_STATUS.enabled,
      name: id === 1 ? 'demo' : `${rng.pick(NAMES)}-${id}`,
      createdTime: created,
      accessedTime: Math.min(now, created + rng.int(30 * DAY)),
      expiredTime: -1,
      remainQuota: (1 + rng.int(40)) * 125_000,
      unlimitedQuota: id === 1,
      usedQuota: rng.int(2_000_000),
      models: null,
      subnets: null,
      group: 'default',
    };
    if (id > 1) {
      switch (id % 6) {
        case 0:
          record.status = TOKEN_STATUS.disabled;
          break;
        case 1:
          record.status = TOKEN_STATUS.expired;
          record.expiredTime = now - (1 + rng.int(60)) * DAY;
          break;
        case 2:
          record.status = TOKEN_STATUS.exhausted;
          record.remainQuota = 0;
          break;
        case 3:
          record.unlimitedQuota = true;
          break;
        case 4:
          record.models = models.slice(0, 2 + rng.int(2));
          record.expiredTime = now + (10 + rng.int(200)) * DAY;
          break;
        case 5:
          record.subnets = id % 4 === 1 ? ['10.0.0.0/8', '192.168.1.0/24'] : ['127.0.0.1/32'];
          break;
      }
    }
    records.push(record);
  }
  return records;
}
