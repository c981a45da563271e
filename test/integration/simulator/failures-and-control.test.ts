import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';

describe('simulator failure injection and controls', () => {
  let sim: SimulatorHandle;
  const self = (headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${sim.url}/api/user/self`, { headers: { Authorization: sim.accessToken, ...headers } });

  beforeAll(async () => {
    sim = await startSimulator({ keys: 3, balanceUsd: 5 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('replaces responses with each failure kind, `times` times, matching path with or without slash', async () => {
    sim.control.injectFailure({
      match: { method: 'GET', path: '/api/user/self/' },
      kind: 'non-json',
      times: 2,
    });
    for (let i = 0; i < 2; i++) {
      const res = await self();
      expect(res.status).toBe(502);
      expect(await res.text()).toMatch(/^<html>/);
    }
    expect((await self()).status).toBe(200);

    sim.control.injectFailure({ match: { path: /^\/api\/user/ }, kind: 'success-false' });
    const failed = (await (await self()).json()) as { success: boolean; message: string };
    expect(failed.success).toBe(false);
    expect(failed.message).toMatch(/[\u4e00-\u9fff]/);

    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'invalid-token' });
    expect(await (await self()).json()).toEqual({
      success: false,
      message: '无权进行此操作，access token 无效',
    });

    sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'no-channel' });
    const noChannel = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sim.apiKey}` },
      body: JSON.stringify({ model: 'gpt-5', messages: [] }),
    });
    expect(noChannel.status).toBe(503);
    const body = (await noChannel.json()) as { error: { message: string } };
    expect(body.error.message).toContain('当前分组 default 下对于模型 gpt-5 无可用渠道');

    sim.control.injectFailure({ match: { path: '/api/user/self' }, kind: 'server-error' });
    sim.control.clearFailures();
    expect((await self()).status).toBe(200);
  });

  it('logs requests with the headers that matter and the parsed body', async () => {
    sim.control.clearRequests();
    await self({ Cookie: 'session=abc', 'New-Api-User': '1' });
    await fetch(`${sim.url}/api/token/?p=1`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sim.accessToken}` },
      body: JSON.stringify({ name: 'logged' }),
    });
    expect(sim.control.requests()).toEqual([
      {
        method: 'GET',
        path: '/api/user/self',
        query: {},
        headers: { authorization: sim.accessToken, cookie: 'session=abc', 'new-api-user': '1' },
      },
      {
        method: 'POST',
        path: '/api/token/',
        query: { p: '1' },
        headers: { authorization: `Bearer ${sim.accessToken}` },
        body: { name: 'logged' },
      },
    ]);
  });

  it('switches balance, flavor and the available-models shape between requests', async () => {
    sim.control.setBalanceUsd(1.5);
    const data = ((await (await self()).json()) as { data: { quota: number } }).data;
    expect(data.quota).toBe(750000);
    expect(sim.control.balanceUsd()).toBe(1.5);

    const models = async (): Promise<unknown[]> =>
      (
        (await (
          await fetch(`${sim.url}/api/user/available_models`, {
            headers: { Authorization: sim.accessToken },
          })
        ).json()) as { data: unknown[] }
      ).data;
    const strings = await models();
    expect(strings).toEqual([...(strings as string[])].sort());
    sim.control.setAvailableModelsShape('objects');
    expect((await models())[0]).toMatchObject({
      model: expect.any(String),
      developer_id: expect.any(Number),
      order: 0,
    });

    sim.control.setFlavor('new-api');
    const list = (await (
      await fetch(`${sim.url}/api/token/`, { headers: { Authorization: sim.accessToken } })
    ).json()) as {
      data: { items: unknown[] };
    };
    expect(list.data.items.length).toBeGreaterThan(0);
    sim.control.setFlavor('one-api');
  });

  it('ends open streams when closed, and refuses new connections afterwards', async () => {
    const local = await startSimulator({ chunkIntervalMs: 20 });
    const res = await fetch(`${local.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${local.apiKey}` },
      body: JSON.stringify({
        model: 'gpt-5',
        stream: true,
        messages: [{ role: 'user', content: '[[long:20000]]' }],
      }),
    });
    const reader = res.body!.getReader();
    await reader.read();
    await local.close();
    await expect(
      (async () => {
        while (!(await reader.read()).done);
      })(),
    ).rejects.toThrow();
    await expect(fetch(`${local.url}/api/status`)).rejects.toThrow();
  });
});
