import { describe, expect, it } from 'vitest';

import { displaySecret, keyToJson } from '../../../electron/cli/key-json.js';
import { maskKey } from '../../../electron/core/keys/mask-key.js';
import type { ApiKey } from '../../../electron/shared/domain/keys.js';

const key: ApiKey = {
  id: 7,
  name: 'ci',
  status: 'enabled',
  secret: { kind: 'full', value: 'sk-AbCdEFGHIJKLMNOPwXyZ' },
  unlimited: false,
  remainUsd: 1.5,
  usedUsd: 0.25,
  expiresAt: new Date('2027-01-01T00:00:00Z'),
  createdAt: new Date('2026-01-01T00:00:00Z'),
  accessedAt: null,
  models: ['gpt-5'],
  subnets: [],
};

describe('key masking and JSON', () => {
  it('masks full keys as sk-AbCd…wXyZ', () => {
    expect(maskKey('sk-AbCdEFGHIJKLMNOPwXyZ')).toBe('sk-AbCd…wXyZ');
    expect(maskKey('sk-short')).toBe('sk-…');
  });
  it('reveals only full keys; a masked or absent key stays so', () => {
    expect(displaySecret(key.secret, true)).toBe('sk-AbCdEFGHIJKLMNOPwXyZ');
    expect(displaySecret({ kind: 'masked', value: 'sk-AbCd**********wXyZ' }, true)).toBe(
      'sk-AbCd**********wXyZ',
    );
    expect(displaySecret({ kind: 'absent' }, true)).toBeNull();
  });
  it('has exactly the documented fields', () => {
    expect(keyToJson(key, false)).toEqual({
      id: 7,
      name: 'ci',
      status: 'enabled',
      key: 'sk-AbCd…wXyZ',
      unlimited: false,
      remain_usd: 1.5,
      used_usd: 0.25,
      expires_at: '2027-01-01T00:00:00.000Z',
      created_at: '2026-01-01T00:00:00.000Z',
      models: ['gpt-5'],
      subnets: [],
    });
    expect(
      keyToJson({ ...key, unlimited: true, remainUsd: 3, expiresAt: null }, false),
    ).toMatchObject({
      remain_usd: null,
      expires_at: null,
    });
  });
});
