import { describe, expect, it } from 'vitest';

import {
  assertAccessToken,
  looksLikeModelKey,
} from '../../../../electron/core/service/credential-check.js';
import {
  checkExternalUrl,
  topUpUrl,
} from '../../../../electron/core/service/external-url-policy.js';
import { isLoopbackUrl } from '../../../../electron/core/service/loopback.js';
import { ServiceError } from '../../../../electron/core/service/service-error.js';

describe('open-external policy', () => {
  it.each([
    'https://aihubmix.com/topup',
    'https://console.aihubmix.com/token',
    'https://AIHUBMIX.com/',
  ])('allows %s', (url) => {
    expect(() => checkExternalUrl(url, null)).not.toThrow();
  });

  it.each([
    'http://aihubmix.com/',
    'https://aihubmix.com.evil.example/',
    'https://evilaihubmix.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user:pw@aihubmix.com/',
    'https://example.com/',
  ])('refuses %s', (url) => {
    expect(() => checkExternalUrl(url, null)).toThrow(ServiceError);
  });

  it("allows the active account's own https gateway, and only that host", () => {
    expect(() =>
      checkExternalUrl('https://gw.example.org/x', 'https://gw.example.org'),
    ).not.toThrow();
    expect(() =>
      checkExternalUrl('https://other.example.org/', 'https://gw.example.org'),
    ).toThrow();
  });

  it('tops up on the account’s AiHubMix host, else on aihubmix.com', () => {
    expect(topUpUrl('https://aihubmix.com')).toBe('https://aihubmix.com/topup');
    expect(topUpUrl('https://api.aihubmix.com')).toBe('https://api.aihubmix.com/topup');
    expect(topUpUrl('http://127.0.0.1:3000')).toBe('https://aihubmix.com/topup');
    expect(topUpUrl(null)).toBe('https://aihubmix.com/topup');
  });
});

describe('credential check', () => {
  it('recognises a pasted sk- key and says which credential is needed', () => {
    expect(looksLikeModelKey('sk-abc')).toBe(true);
    expect(looksLikeModelKey('Bearer sk-abc')).toBe(true);
    expect(() => assertAccessToken('sk-AbCdEfGh')).toThrow(/sk- model key.*system access token/);
  });

  it('accepts an access token, dropping a pasted "Bearer "', () => {
    expect(assertAccessToken('Bearer d3e0a1b2c3d4')).toBe('d3e0a1b2c3d4');
    expect(looksLikeModelKey('d3e0a1b2c3d4')).toBe(false);
  });

  it('knows loopback addresses', () => {
    expect(isLoopbackUrl('http://127.0.0.1:8080')).toBe(true);
    expect(isLoopbackUrl('http://localhost:1')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:1')).toBe(true);
    expect(isLoopbackUrl('https://aihubmix.com')).toBe(false);
    expect(isLoopbackUrl('https://127.0.0.1.example.com')).toBe(false);
  });
});
