import { describe, expect, it } from 'vitest';

import { CliError } from '../../../electron/cli/cli-error.js';
import { resolveAccessToken } from '../../../electron/cli/credentials.js';
import { describeError } from '../../../electron/cli/errors.js';
import { redact } from '../../../electron/core/api/redact.js';
import { ApiError } from '../../../electron/core/api/errors.js';

const noKeychain = async () => ({ account: null, token: null, problem: null });

describe('access token lookup', () => {
  it('prefers --token, then the environment, then the keychain', async () => {
    const env = { AIHUBMIX_ACCESS_TOKEN: 'from-env-0000' };
    expect((await resolveAccessToken('from-flag-000', env, noKeychain)).source).toBe('--token');
    expect((await resolveAccessToken(undefined, env, noKeychain)).source).toBe(
      'AIHUBMIX_ACCESS_TOKEN',
    );
    const account = {
      id: 'a1',
      name: 'me',
      baseUrl: 'https://aihubmix.com',
      userId: 1,
      username: 'me',
      tokenHint: 'abcd',
      createdAt: '2026-01-01',
    };
    const saved = await resolveAccessToken(undefined, {}, async () => ({
      account,
      token: 'saved-token-1',
      problem: null,
    }));
    expect(saved).toMatchObject({ token: 'saved-token-1', fromKeychain: true });
  });
  it('exits 3 with how to get one when there is none, or when it is an sk- key', async () => {
    await expect(resolveAccessToken(undefined, {}, noKeychain)).rejects.toMatchObject({
      exitCode: 3,
    });
    const error = await resolveAccessToken('sk-abcdefghijklmnop', {}, noKeychain).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain('sk- model API key');
    expect((error as CliError).message).toContain('--token');
  });
});

describe('describeError', () => {
  it('maps error codes to exit codes', () => {
    const code = (error: ApiError) => describeError(error, null, []).exitCode;
    expect(code(new ApiError('auth', 'no'))).toBe(3);
    expect(code(new ApiError('network', 'no'))).toBe(4);
    expect(code(new ApiError('timeout', 'no'))).toBe(4);
    expect(code(new ApiError('rate_limited', 'no'))).toBe(1);
    expect(code(new ApiError('gateway', 'no'))).toBe(1);
    expect(code(new ApiError('incomplete_stream', 'no'))).toBe(5);
  });
  it('names the credential and never repeats a secret', () => {
    const { message } = describeError(
      new ApiError('auth', 'token 0123456789abcdef0123456789abcdef refused'),
      { kind: 'access-token', source: '--token' },
      ['0123456789abcdef0123456789abcdef'],
    );
    expect(message).toContain('came from --token');
    expect(message).not.toContain('0123456789abcdef0123456789abcdef');
    expect(redact('key sk-ABCDEFGHIJKLMNOPQRST here', [])).toBe('key [redacted] here');
  });
  it('turns unexpected errors into one line, without a stack', () => {
    const { exitCode, message } = describeError(
      new TypeError('boom\n    at x (y.js:1:1)'),
      null,
      [],
    );
    expect(exitCode).toBe(1);
    expect(message).not.toContain(' at ');
  });
});
