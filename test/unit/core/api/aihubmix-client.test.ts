import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../electron/core/api/errors.js';
import { BASE, mockGateway, ok, TOKEN } from './mock-gateway.js';

type Gateway = ReturnType<typeof mockGateway>;
let gw: Gateway;
afterEach(async () => {
  await gw.agent.close();
});

const self = { id: 7, username: 'ann', quota: 1_000_000, used_quota: 250_000, request_count: 2 };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('account', () => {
  it('sends the raw token without cookies, converts quota, then sends New-Api-User', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({ quota_per_unit: 500_000 }));
    gw.on('GET', '/api/user/self', 200, ok(self), { times: 2 });
    const account = await gw.client.getAccount();
    expect(account).toMatchObject({ userId: 7, balanceUsd: 2, usedUsd: 0.5 });
    await gw.client.getAccount();
    const selfCalls = gw.seen.filter((s) => s.path === '/api/user/self');
    expect(selfCalls[0]?.headers.authorization).toBe(TOKEN);
    expect(selfCalls[0]?.headers.cookie).toBeUndefined();
    expect(selfCalls[0]?.headers['new-api-user']).toBeUndefined();
    expect(selfCalls[1]?.headers['new-api-user']).toBe('7');
    // Status is asked once and cached.
    expect(gw.seen.filter((s) => s.path === '/api/status')).toHaveLength(1);
  });

  it('uses quota_per_unit from /api/status, and 500 000 when status fails', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({ quota_per_unit: '1000000' }));
    gw.on('GET', '/api/user/self', 200, ok(self));
    expect((await gw.client.getAccount()).balanceUsd).toBe(1);

    const broken = mockGateway({ retry: { attempts: 1 } });
    broken.on('GET', '/api/status', 500, '<html>oops</html>');
    broken.on('GET', '/api/user/self', 200, ok(self));
    expect((await broken.client.getAccount()).balanceUsd).toBe(2);
    await broken.agent.close();
  });

  it('HTTP 200 + success:false about the access token is an auth error naming the fix', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 200, {
      success: false,
      message: '无权进行此操作，access token 无效',
    });
    const error = await failure(gw.client.getAccount());
    expect(error.code).toBe('auth');
    expect(error.message).toContain('Generate System Access Token');
    expect(error.message).toContain('/api/user/self');
    expect(error.endpoint).toBe('/api/user/self');
  });

  it('401 is auth and is not retried', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 401, {
      success: false,
      message: '无权进行此操作，未登录且未提供 access token',
    });
    expect((await failure(gw.client.getAccount())).code).toBe('auth');
    expect(gw.slept).toEqual([]);
  });

  it('429 with an empty body is rate_limited after bounded retries', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 429, '', { times: 3 });
    const error = await failure(gw.client.getAccount());
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(gw.seen.filter((s) => s.path === '/api/user/self')).toHaveLength(3);
    expect(gw.slept).toEqual([250, 500]);
  });

  it('a 502 then a success is retried transparently', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 502, '<html>Bad Gateway</html>');
    gw.on('GET', '/api/user/self', 200, ok(self));
    expect((await gw.client.getAccount()).balanceUsd).toBe(2);
  });

  it('a non-JSON 200 is invalid_response naming the endpoint', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 200, '<html>login</html>');
    const error = await failure(gw.client.getAccount());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('GET /api/user/self');
  });

  it('rotateAccessToken accepts a bare string or {token}, is never retried, and uses the new token', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/user/token', 200, ok('new-token-1234567890abcdef'));
    await expect(gw.client.rotateAccessToken()).resolves.toBe('new-token-1234567890abcdef');
    gw.on('GET', '/api/user/token', 200, ok({ token: 'other-token-1234567890abcd' }));
    await expect(gw.client.rotateAccessToken()).resolves.toBe('other-token-1234567890abcd');
    expect(gw.seen[1]?.headers.authorization).toBe('new-token-1234567890abcdef');
    gw.on('GET', '/api/user/token', 503, '');
    expect((await failure(gw.client.rotateAccessToken())).code).toBe('gateway');
    expect(gw.seen.filter((s) => s.path === '/api/user/token')).toHaveLength(3);
  });
});

describe('relay errors', () => {
  it('adds sk- to the Bearer key and reports the gateway message redacted', async () => {
    gw = mockGateway();
    const leaked = 'sk-IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F';
    gw.on(
      'GET',
      '/v1/models',
      503,
      { error: { message: `no channel for ${leaked} (request id: x)`, type: 'one_api_error' } },
      { times: 3 },
    );
    const error = await failure(
      gw.client.listRelayModels('IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F'),
    );
    expect(gw.seen[0]?.headers.authorization).toBe(`Bearer ${leaked}`);
    expect(error).toMatchObject({ code: 'gateway', status: 503 });
    expect(error.gatewayMessage).toContain('no channel for');
    expect(`${error.message} ${error.gatewayMessage}`).not.toContain('IE1PjHzm');
  });

  it('401 on /v1 is auth about the API key; 429 is rate_limited', async () => {
    gw = mockGateway({ retry: { attempts: 1 } });
    gw.on('GET', '/v1/models', 401, { error: { message: '无效的令牌', type: 'one_api_error' } });
    const auth = await failure(gw.client.listRelayModels('sk-abc'));
    expect(auth).toMatchObject({ code: 'auth', gatewayMessage: '无效的令牌' });
    expect(auth.message).toContain('API key');
    gw.on('GET', '/v1/models', 429, { error: { message: '当前分组上游负载已饱和，请稍后再试' } });
    expect((await failure(gw.client.listRelayModels('sk-abc'))).code).toBe('rate_limited');
  });

  it('never puts the access token in an error message', async () => {
    gw = mockGateway();
    gw.on('GET', '/api/status', 200, ok({}));
    gw.on('GET', '/api/user/self', 200, { success: false, message: `user for ${TOKEN} is banned` });
    const error = await failure(gw.client.getAccount());
    expect(JSON.stringify(error.info())).not.toContain(TOKEN);
  });
});

describe('base-URL fallback', () => {
  it('repeats a read against the fallback on a connection error and remembers it', async () => {
    const changed: string[] = [];
    gw = mockGateway({
      fallbackBaseUrl: 'http://alt.test',
      onBaseUrlChange: (url) => changed.push(url),
      retry: { attempts: 1 },
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    gw.agent.get(BASE).intercept({ method: 'GET', path: '/api/status' }).replyWithError(refused);
    gw.agent
      .get('http://alt.test')
      .intercept({ method: 'GET', path: '/api/status' })
      .reply(200, ok({ quota_per_unit: 500000 }))
      .times(2);
    await expect(gw.client.getStatus()).resolves.toMatchObject({ quotaPerUnit: 500000 });
    expect(changed).toEqual(['http://alt.test']);
    expect(gw.client.baseUrl).toBe('http://alt.test');
    await gw.client.getStatus();
    expect(changed).toHaveLength(1);
  });

  it('does not re-send a chat after the connection was reset mid-request', async () => {
    gw = mockGateway({ fallbackBaseUrl: 'http://alt.test' });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    gw.agent
      .get(BASE)
      .intercept({ method: 'POST', path: '/v1/chat/completions' })
      .replyWithError(reset);
    const error = await failure(
      gw.client.chat(
        { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
        { apiKey: 'sk-x' },
      ),
    );
    expect(error.code).toBe('network');
    expect(gw.client.baseUrl).toBe(BASE);
  });

  it('re-sends a chat on the fallback when nothing reached the first host', async () => {
    gw = mockGateway({ fallbackBaseUrl: 'http://alt.test' });
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    gw.agent
      .get(BASE)
      .intercept({ method: 'POST', path: '/v1/chat/completions' })
      .replyWithError(refused);
    gw.agent
      .get('http://alt.test')
      .intercept({ method: 'POST', path: '/v1/chat/completions' })
      .reply(200, {
        model: 'm',
        choices: [
          { index: 0, message: { role: 'assistant', content: 'hey' }, finish_reason: 'stop' },
        ],
      });
    await expect(
      gw.client.chat(
        { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
        { apiKey: 'sk-x' },
      ),
    ).resolves.toMatchObject({
      content: 'hey',
      complete: true,
    });
  });
});
