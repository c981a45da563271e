import { describe, expect, it } from 'vitest';
import { TokenWire } from '../../../../electron/core/api/wire/token.js';
import { normalizeKey, normalizeSecret } from '../../../../electron/core/keys/normalize-key.js';

const now = new Date('2026-06-01T00:00:00Z');
const future = Math.floor(now.getTime() / 1000) + 86_400;
const past = Math.floor(now.getTime() / 1000) - 86_400;
const FULL = 'IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F';

const key = (fields: Record<string, unknown>) =>
  normalizeKey(
    TokenWire.parse({
      id: 1,
      name: 'k',
      status: 1,
      remain_quota: 500_000,
      expired_time: -1,
      ...fields,
    }),
    500_000,
    now,
  );

describe('normalizeKey: status', () => {
  it.each([
    [{ status: 1 }, 'enabled'],
    [{ status: 0 }, 'disabled'],
    [{ status: 2 }, 'disabled'],
    [{ status: 3 }, 'expired'],
    [{ status: 4 }, 'exhausted'],
    [{ status: '1' }, 'enabled'],
    [{ status: 1, expired_time: past }, 'expired'],
    [{ status: 1, expired_time: future }, 'enabled'],
    [{ status: 1, expired_time: -1 }, 'enabled'],
    [{ status: 1, remain_quota: 0 }, 'exhausted'],
    [{ status: 1, remain_quota: 0, unlimited_quota: true }, 'enabled'],
    [{ status: 2, expired_time: past }, 'expired'],
  ])('%o -> %s', (fields, status) => {
    expect(key(fields).status).toBe(status);
  });
});

describe('normalizeKey: secret', () => {
  it.each([
    [FULL, { kind: 'full', value: `sk-${FULL}` }],
    [`sk-${FULL}`, { kind: 'full', value: `sk-${FULL}` }],
    ['IE1P**********d44F', { kind: 'masked', value: 'sk-IE1P**********d44F' }],
    ['sk-IE1P••••d44F', { kind: 'masked', value: 'sk-IE1P••••d44F' }],
    ['', { kind: 'absent' }],
    [undefined, { kind: 'absent' }],
    [null, { kind: 'absent' }],
  ])('%s', (raw, expected) => {
    expect(normalizeSecret(raw)).toEqual(expected);
  });
});

describe('normalizeKey: fields in every shape', () => {
  it('one-api: comma models and subnet, numbers as strings', () => {
    const k = key({
      id: '12',
      remain_quota: '250000',
      used_quota: '1000000',
      expired_time: String(future),
      created_time: 1_700_000_000,
      accessed_time: 0,
      models: 'gpt-5, gpt-4o,',
      subnet: '10.0.0.0/8,192.168.1.0/24',
      key: FULL,
    });
    expect(k).toMatchObject({
      id: 12,
      remainUsd: 0.5,
      usedUsd: 2,
      expiresAt: new Date(future * 1000),
      createdAt: new Date(1_700_000_000_000),
      accessedAt: null,
      models: ['gpt-5', 'gpt-4o'],
      subnets: ['10.0.0.0/8', '192.168.1.0/24'],
      unlimited: false,
    });
  });

  it('new-api: model_limits and newline allow_ips', () => {
    const k = key({
      models: undefined,
      model_limits_enabled: true,
      model_limits: 'a,b',
      allow_ips: '1.2.3.4\n5.6.7.8\n',
    });
    expect(k.models).toEqual(['a', 'b']);
    expect(k.subnets).toEqual(['1.2.3.4', '5.6.7.8']);
  });

  it('unlimited keys have no USD budget; never-expiring keys no expiry', () => {
    const k = key({ unlimited_quota: true, expired_time: -1 });
    expect(k.remainUsd).toBeNull();
    expect(k.expiresAt).toBeNull();
  });

  it('an AiHubMix list entry with nothing but an id is still a key', () => {
    const k = normalizeKey(TokenWire.parse({ id: 5 }), 500_000, now);
    expect(k).toMatchObject({
      id: 5,
      name: '',
      secret: { kind: 'absent' },
      models: [],
      subnets: [],
    });
  });
});
