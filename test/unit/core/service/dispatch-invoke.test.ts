import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../../electron/core/api/errors.js';
import type { InvokeHandlers } from '../../../../electron/core/service/app-service.js';
import {
  describeErrorForLog,
  dispatchInvoke,
  redactForLog,
} from '../../../../electron/core/service/dispatch-invoke.js';
import { ServiceError } from '../../../../electron/core/service/service-error.js';

/** Handlers that fail loudly if a channel the test did not expect is called. */
function handlers(overrides: Partial<InvokeHandlers>): InvokeHandlers {
  return new Proxy(overrides, {
    get: (target, channel: string) =>
      (target as Record<string, unknown>)[channel] ??
      (() => Promise.reject(new Error(`unexpected ${channel}`))),
  }) as InvokeHandlers;
}

describe('dispatchInvoke', () => {
  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatchInvoke(handlers({}), 'shell:exec', { cmd: 'rm' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses an inherited property name as a channel', async () => {
    const result = await dispatchInvoke(handlers({}), 'constructor', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('names the channel and the field of an invalid payload', async () => {
    const result = await dispatchInvoke(handlers({}), 'keys:create', {
      name: 'x'.repeat(40),
      unlimited: true,
      quotaUsd: 0,
      expiresAt: null,
      models: [],
      subnets: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_request');
    expect(result.error.message).toMatch(/^keys:create: name: The name is too long/);
  });

  it('refuses extra fields (strict schemas)', async () => {
    const result = await dispatchInvoke(handlers({}), 'keys:get', { id: 1, extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('passes the validated request and returns the value', async () => {
    const result = await dispatchInvoke(
      handlers({ 'keys:reveal': ({ id }) => Promise.resolve({ key: `k${id}` }) }),
      'keys:reveal',
      { id: 7 },
    );
    expect(result).toEqual({ ok: true, value: { key: 'k7' } });
  });

  it("maps an ApiError to its info(), with the gateway's fields", async () => {
    const error = new ApiError('auth', 'The access token was refused.', {
      endpoint: '/api/user/self',
      status: 401,
    });
    const result = await dispatchInvoke(
      handlers({ 'balance:refresh': () => Promise.reject(error) }),
      'balance:refresh',
      undefined,
    );
    expect(result).toEqual({ ok: false, error: error.info() });
  });

  it('passes a ServiceError (not signed in) through with its code', async () => {
    const result = await dispatchInvoke(
      handlers({
        'keys:list': () => Promise.reject(new ServiceError('not_signed_in', 'Sign in first.')),
      }),
      'keys:list',
      undefined,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_signed_in', message: 'Sign in first.' },
    });
  });

  it('turns anything else into a generic internal error and logs it redacted', async () => {
    const token = 'd3e0a1b2c3d4e5f60718293a4b5c6d7e';
    const lines: string[] = [];
    const result = await dispatchInvoke(
      handlers({
        'accounts:list': () =>
          Promise.reject(new Error(`boom with ${token} and sk-abcdefghijklmnop`)),
      }),
      'accounts:list',
      undefined,
      { log: (line) => lines.push(line) },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toContain('boom');
    expect(lines.join('\n')).toContain('boom');
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).not.toContain('sk-abcdefghijklmnop');
  });

  it('never throws, even when a handler throws synchronously', async () => {
    const result = await dispatchInvoke(
      handlers({
        'app:info': () => {
          throw new TypeError('sync');
        },
      }),
      'app:info',
      undefined,
      { log: () => undefined },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('redactForLog removes exact secrets and long tokens', () => {
    expect(redactForLog('token=abc12345xyz here', ['abc12345xyz'])).not.toContain('abc12345xyz');
  });

  it('describeErrorForLog keeps the error but not a key or token inside it', () => {
    const line = describeErrorForLog(
      new Error('write failed for sk-AbCdEfGhIjKlMnOp with fd000000000000000000000000000044c'),
    );
    expect(line).toContain('write failed');
    expect(line).not.toMatch(/sk-AbCd|fd0000/);
  });
});
