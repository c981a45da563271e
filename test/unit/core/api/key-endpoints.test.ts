import { afterEach, describe, expect, it } from 'vitest';
import { mockGateway, ok } from './mock-gateway.js';

type Gateway = ReturnType<typeof mockGateway>;
let gw: Gateway;
afterEach(async () => {
  await gw.agent.close();
});

const stored = {
  id: 9,
  user_id: 1,
  key: 'IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F',
  status: 1,
  name: 'laptop',
  created_time: 1_700_000_000,
  accessed_time: 1_700_000_000,
  expired_time: 4_102_444_800,
  remain_quota: 1_000_000,
  unlimited_quota: false,
  used_quota: 5,
  models: 'gpt-5,gpt-4o',
  subnet: '10.0.0.0/8',
  group: 'vip',
};

describe('updateKey', () => {
  it('PUTs the full object as read with only the patched fields changed, and no status or secret', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/token/9', 200, ok(stored));
    gw.on('PUT', '/api/token/', 200, ok({ ...stored, name: 'renamed' }));
    const key = await gw.client.updateKey(9, { name: 'renamed', quotaUsd: 3 });
    expect(key.name).toBe('renamed');
    const put = gw.seen.find((s) => s.method === 'PUT');
    const { status: _s, key: _k, ...untouched } = stored;
    expect(put?.body).toEqual({ ...untouched, name: 'renamed', remain_quota: 1_500_000 });
  });

  it('reads the key afresh when the gateway answers without data (new-api)', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/token/9', 200, ok(stored));
    gw.on('PUT', '/api/token/', 200, { success: true, message: '' });
    gw.on('GET', '/api/token/9', 200, ok({ ...stored, expired_time: -1 }));
    expect((await gw.client.updateKey(9, { expiresAt: null })).expiresAt).toBeNull();
  });
});

describe('setKeyEnabled', () => {
  it('sends only id and status with status_only', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('PUT', '/api/token/', 200, ok({ ...stored, status: 2 }));
    expect((await gw.client.setKeyEnabled(9, false)).status).toBe('disabled');
    const put = gw.seen.find((s) => s.method === 'PUT');
    expect(put?.path).toContain('status_only=true');
    expect(put?.body).toEqual({ id: 9, status: 2 });
  });

  it('explains how to fix an expired key the gateway refuses to enable', async () => {
    gw = mockGateway();
    gw.on('PUT', '/api/token/', 200, {
      success: false,
      message: '令牌已过期，无法启用，请先修改令牌过期时间，或者设置为永不过期',
    });
    await expect(gw.client.setKeyEnabled(9, true)).rejects.toMatchObject({
      code: 'gateway',
      message:
        'This key has expired. Change its expiry (or set it to never expire), then enable it.',
    });
  });
});

describe('createKey', () => {
  it('uses the created key from the response when there is one', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('POST', '/api/token/', 200, ok({ ...stored, id: 10 }));
    const created = await gw.client.createKey({
      name: 'laptop',
      unlimited: false,
      quotaUsd: 2,
      expiresAt: null,
      models: [],
      subnets: [],
    });
    expect(created).toMatchObject({
      source: 'response',
      key: { id: 10, secret: { kind: 'full' } },
    });
    expect(gw.seen.find((s) => s.method === 'POST')?.body).toMatchObject({
      name: 'laptop',
      remain_quota: 1_000_000,
      expired_time: -1,
    });
  });

  it('locates the newest key of that name when the response has no data', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('POST', '/api/token/', 200, { success: true, message: '' });
    gw.on(
      'GET',
      '/api/token/',
      200,
      ok({
        items: [
          { ...stored, id: 12, key: 'IE1P**********d44F' },
          { ...stored, id: 11, name: 'other' },
          { ...stored, id: 3 },
        ],
        total: 3,
        page: 1,
        page_size: 100,
      }),
    );
    const created = await gw.client.createKey({
      name: 'laptop',
      unlimited: true,
      quotaUsd: 0,
      expiresAt: null,
      models: [],
      subnets: [],
    });
    expect(created).toMatchObject({
      source: 'located',
      key: { id: 12, secret: { kind: 'masked' } },
    });
  });
});
