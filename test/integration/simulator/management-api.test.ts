import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';

type Json = Record<string, unknown>;

describe('simulator management API (one-api flavor)', () => {
  let sim: SimulatorHandle;
  const api = async (
    path: string,
    init: RequestInit = {},
  ): Promise<{ status: number; json: Json }> => {
    const res = await fetch(`${sim.url}${path}`, {
      ...init,
      headers: {
        Authorization: sim.accessToken,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
    return { status: res.status, json: (await res.json()) as Json };
  };

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('accepts raw and Bearer tokens, 401 without a header, 200 success:false for a bad token', async () => {
    const raw = await api('/api/user/self');
    expect(raw.json).toMatchObject({
      success: true,
      data: { quota: 24.69 * 500000, access_token: '' },
    });
    const bearer = await api('/api/user/self', {
      headers: { Authorization: `Bearer ${sim.accessToken}` },
    });
    expect(bearer.json.success).toBe(true);
    const missing = await fetch(`${sim.url}/api/user/self`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      success: false,
      message: '无权进行此操作，未登录且未提供 access token',
    });
    const bad = await api('/api/user/self', { headers: { Authorization: 'f'.repeat(32) } });
    expect(bad).toEqual({
      status: 200,
      json: { success: false, message: '无权进行此操作，access token 无效' },
    });
  });

  it('serves /api/status publicly with the quota unit', async () => {
    const res = await fetch(`${sim.url}/api/status`);
    expect(await res.json()).toMatchObject({
      success: true,
      data: { quota_per_unit: 500000, display_in_currency: true },
    });
  });

  it('lists keys 10 per page, 0-based, id desc, full keys, ignoring size/num', async () => {
    const first = await api('/api/token/?p=0&size=100&num=100&page_size=100');
    const rows = first.json.data as Json[];
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.id)).toEqual([36, 35, 34, 33, 32, 31, 30, 29, 28, 27]);
    expect(rows[0]?.key).toMatch(/^[A-Za-z0-9]{48}$/);
    const last = await api('/api/token/?p=3');
    expect((last.json.data as Json[]).map((r) => r.id)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(new Set(sim.control.keys().map((k) => k.status))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('creates with validation, ignoring id/key/status, and returns the full key', async () => {
    const tooLong = await api('/api/token/', {
      method: 'POST',
      body: JSON.stringify({ name: '名'.repeat(11) }),
    });
    expect(tooLong.json).toEqual({ success: false, message: '参数错误：令牌名称过长' });
    const badNet = await api('/api/token/', {
      method: 'POST',
      body: JSON.stringify({ name: 'x', subnet: '10.0.0.1' }),
    });
    expect(badNet.json.message).toMatch(/^参数错误：无效的网段：/);
    const created = await api('/api/token/', {
      method: 'POST',
      body: JSON.stringify({
        name: 'fresh',
        id: 5,
        key: 'mine',
        status: 2,
        expired_time: -1,
        remain_quota: 500000,
        subnet: '10.0.0.0/8',
      }),
    });
    const data = created.json.data as Json;
    expect(data).toMatchObject({
      id: 37,
      name: 'fresh',
      status: 1,
      expired_time: -1,
      subnet: '10.0.0.0/8',
      models: null,
    });
    expect(data.key).toMatch(/^[A-Za-z0-9]{48}$/);
    const search = await api('/api/token/search?keyword=FRE');
    expect((search.json.data as Json[]).map((r) => r.id)).toEqual([37]);
  });

  it('update overwrites every field from the body and ignores status; status_only changes only status', async () => {
    const updated = await api('/api/token/', {
      method: 'PUT',
      body: JSON.stringify({ id: 37, name: 'renamed', status: 2 }),
    });
    expect(updated.json.data).toMatchObject({
      name: 'renamed',
      status: 1,
      expired_time: 0,
      remain_quota: 0,
      models: null,
      subnet: null,
    });
    const disabled = await api('/api/token/?status_only=1', {
      method: 'PUT',
      body: JSON.stringify({ id: 37, status: 2, name: 'ignored' }),
    });
    expect(disabled.json.data).toMatchObject({ name: 'renamed', status: 2 });
  });

  it('refuses to re-enable expired or exhausted keys until they are fixed', async () => {
    const keys = sim.control.keys();
    const expired = keys.find((k) => k.status === 3);
    const exhausted = keys.find((k) => k.status === 4);
    const enable = (id: number) =>
      api('/api/token/?status_only=true', {
        method: 'PUT',
        body: JSON.stringify({ id, status: 1 }),
      });
    expect((await enable(expired!.id)).json.message).toBe(
      '令牌已过期，无法启用，请先修改令牌过期时间，或者设置为永不过期',
    );
    expect((await enable(exhausted!.id)).json.message).toBe(
      '令牌可用额度已用尽，无法启用，请先修改令牌剩余额度，或者设置为无限额度',
    );
    await api('/api/token/', {
      method: 'PUT',
      body: JSON.stringify({ ...expired, expired_time: -1 }),
    });
    expect((await enable(expired!.id)).json).toMatchObject({ success: true, data: { status: 1 } });
  });

  it('gets and deletes by id with gateway-style errors', async () => {
    expect((await api('/api/token/abc')).json).toEqual({
      success: false,
      message: 'strconv.Atoi: parsing "abc": invalid syntax',
    });
    expect((await api('/api/token/9999')).json).toEqual({
      success: false,
      message: 'record not found',
    });
    expect((await api('/api/token/37', { method: 'DELETE' })).json).toEqual({
      success: true,
      message: '',
    });
    expect((await api('/api/token/37', { method: 'DELETE' })).json).toEqual({
      success: false,
      message: 'record not found',
    });
  });

  it('injects a 429 with an empty body and no Retry-After, once', async () => {
    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'rate-limit' });
    const limited = await fetch(`${sim.url}/api/user/self`, {
      headers: { Authorization: sim.accessToken },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.text()).toBe('');
    expect((await api('/api/user/self')).status).toBe(200);
  });

  it('rotates the access token, invalidating the old one', async () => {
    const old = sim.accessToken;
    const rotated = await api('/api/user/token');
    expect(rotated.json.data).toMatch(/^[0-9a-f]{32}$/);
    expect(sim.accessToken).toBe(rotated.json.data);
    const stale = await api('/api/user/self', { headers: { Authorization: old } });
    expect(stale.json.success).toBe(false);
  });
});

describe('simulator management API (new-api flavor)', () => {
  let sim: SimulatorHandle;
  const api = async (path: string, init: RequestInit = {}): Promise<Json> => {
    const res = await fetch(`${sim.url}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${sim.accessToken}`,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
    return (await res.json()) as Json;
  };

  beforeAll(async () => {
    sim = await startSimulator({ flavor: 'new-api', keys: 25 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('pages 1-based with page_size, masks keys, and reveals through POST /api/token/:id/key', async () => {
    const page = (await api('/api/token/?p=0&page_size=20')).data as Json;
    expect(page).toMatchObject({ page: 1, page_size: 20, total: 25 });
    const second = (await api('/api/token/?p=2&ps=20')).data as { items: Json[] };
    expect(second.items.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
    const row = second.items[4]!;
    expect(row.key).toMatch(/^.{4}\*{10}.{4}$/);
    expect(row).toHaveProperty('model_limits_enabled');
    const revealed = (await api('/api/token/1/key', { method: 'POST' })).data as Json;
    expect(`sk-${String(revealed.key)}`).toBe(sim.apiKey);
  });

  it('creates without data and searches into a paginated object', async () => {
    const created = await api('/api/token/', {
      method: 'POST',
      body: JSON.stringify({
        name: 'nk',
        model_limits_enabled: true,
        model_limits: 'gpt-5',
        allow_ips: '127.0.0.1\n10.0.0.0/8',
      }),
    });
    expect(created).toEqual({ success: true, message: '' });
    const found = (await api('/api/token/search?keyword=nk')).data as {
      items: Json[];
      total: number;
    };
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      name: 'nk',
      model_limits: 'gpt-5',
      allow_ips: '127.0.0.1\n10.0.0.0/8',
    });
  });

  it('rejects a New-Api-User that does not match the user', async () => {
    const res = await fetch(`${sim.url}/api/user/self`, {
      headers: { Authorization: sim.accessToken, 'New-Api-User': '2' },
    });
    expect(res.status).toBe(401);
    const ok = await api('/api/user/self', { headers: { 'New-Api-User': '1' } });
    expect(ok.data).not.toHaveProperty('access_token');
  });
});
