import { describe, expect, it } from 'vitest';

import { checkBaseUrl, envValue } from '../../../electron/cli/base-url.js';
import { UsageError } from '../../../electron/cli/cli-error.js';

describe('base URL from --url / AIHUBMIX_BASE_URL', () => {
  it('accepts absolute http(s) URLs, with a path, without trailing slashes', () => {
    expect(checkBaseUrl('https://aihubmix.com/', '--url')).toBe('https://aihubmix.com');
    expect(checkBaseUrl(' http://127.0.0.1:8787 ', '--url')).toBe('http://127.0.0.1:8787');
    expect(checkBaseUrl('https://gw.example/aihubmix//', '--url')).toBe(
      'https://gw.example/aihubmix',
    );
  });

  it.each([
    'notaurl',
    '',
    'ftp://aihubmix.com',
    'https://',
    '//aihubmix.com',
    'https://x.com/?a=1',
  ])('"%s" is bad usage (exit 2) with the right form', (text) => {
    let error: unknown;
    try {
      checkBaseUrl(text, 'AIHUBMIX_BASE_URL');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toContain('AIHUBMIX_BASE_URL');
    expect((error as UsageError).message).toContain('Usage: hubmix --url https://aihubmix.com');
  });

  it('offers https:// when only a host name was given', () => {
    expect(() => checkBaseUrl('aihubmix.com', '--url')).toThrow(
      /Did you mean https:\/\/aihubmix\.com\?/,
    );
  });

  it('an empty or blank variable counts as unset', () => {
    expect(envValue({ A: '' }, 'A')).toBeUndefined();
    expect(envValue({ A: '  ' }, 'A')).toBeUndefined();
    expect(envValue({}, 'A')).toBeUndefined();
    expect(envValue({ A: 'x' }, 'A')).toBe('x');
  });
});
