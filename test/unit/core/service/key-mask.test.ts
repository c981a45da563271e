import { describe, expect, it } from 'vitest';

import { maskKey } from '../../../../electron/core/keys/mask-key.js';
import { toKeyView } from '../../../../electron/core/service/key-mask.js';
import type { ApiKey } from '../../../../electron/shared/domain/keys.js';

const key = (secret: ApiKey['secret']): ApiKey => ({
  id: 3,
  name: 'ci',
  status: 'enabled',
  secret,
  unlimited: true,
  remainUsd: null,
  usedUsd: 0,
  expiresAt: null,
  createdAt: null,
  accessedAt: null,
  models: [],
  subnets: [],
});

describe('key masking', () => {
  it('keeps the prefix, four characters each side, and nothing else', () => {
    expect(maskKey('sk-AbCd1234567890wXyZ')).toBe('sk-AbCd…wXyZ');
  });

  it('a full key becomes a revealable view without the secret', () => {
    const full = 'sk-AbCdefghijklmnopqrstuvwXyZ';
    const view = toKeyView(key({ kind: 'full', value: full }), true);
    expect(view.maskedKey).toBe('sk-AbCd…wXyZ');
    expect(view.revealable).toBe(true);
    expect(JSON.stringify(view)).not.toContain(full);
    expect(view).not.toHaveProperty('secret');
  });

  it("keeps the gateway's own mask, revealable only when main knows the key", () => {
    const masked = toKeyView(key({ kind: 'masked', value: 'sk-AbCd**********wXyZ' }), false);
    expect(masked).toMatchObject({ maskedKey: 'sk-AbCd**********wXyZ', revealable: false });
    expect(toKeyView(key({ kind: 'masked', value: 'sk-x' }), true).revealable).toBe(true);
  });

  it('null when the gateway sent no key', () => {
    expect(toKeyView(key({ kind: 'absent' }), false).maskedKey).toBeNull();
  });
});
