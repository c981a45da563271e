import { describe, expect, it } from 'vitest';

import type { ApiKeyView } from '../../../electron/shared/ipc/views.js';
import {
  DEFAULT_QUERY,
  matchesSearch,
  nextSort,
  quotaShare,
  selectKeys,
} from '../../../renderer/src/features/keys/key-list-model.js';
import {
  EMPTY_FORM,
  formFromKey,
  patchFromForm,
  validateForm,
} from '../../../renderer/src/features/keys/key-form.js';

const key = (over: Partial<ApiKeyView>): ApiKeyView => ({
  id: 1,
  name: 'k',
  status: 'enabled',
  maskedKey: 'sk-AbCd…wXyZ',
  revealable: false,
  unlimited: false,
  remainUsd: 5,
  usedUsd: 5,
  expiresAt: null,
  createdAt: null,
  accessedAt: null,
  models: [],
  subnets: [],
  ...over,
});

describe('key table model', () => {
  it('colours the meter red at 10 % or less and amber at 30 % or less', () => {
    expect(quotaShare(key({ remainUsd: 1, usedUsd: 9 }))?.level).toBe('red');
    expect(quotaShare(key({ remainUsd: 3, usedUsd: 7 }))?.level).toBe('amber');
    expect(quotaShare(key({ remainUsd: 4, usedUsd: 6 }))?.level).toBe('green');
    expect(quotaShare(key({ unlimited: true, remainUsd: null }))).toBeNull();
  });

  it('finds a masked key from a pasted full key and by name', () => {
    expect(matchesSearch(key({}), 'sk-abcdEFGHijklmnopWXYZ')).toBe(true);
    expect(matchesSearch(key({ name: 'ci-bot' }), 'CI')).toBe(true);
    expect(matchesSearch(key({}), 'nope')).toBe(false);
  });

  it('sorts unlimited above any remainder and never-expiring last', () => {
    const keys = [
      key({ id: 1, remainUsd: 3 }),
      key({ id: 2, unlimited: true, remainUsd: null }),
      key({ id: 3, remainUsd: 10, expiresAt: new Date(0) }),
    ];
    const byRemain = selectKeys(keys, { ...DEFAULT_QUERY, sort: { key: 'remain', dir: 'desc' } });
    expect(byRemain.map((k) => k.id)).toEqual([2, 3, 1]);
    const byExpiry = selectKeys(keys, { ...DEFAULT_QUERY, sort: { key: 'expires', dir: 'asc' } });
    expect(byExpiry[0]?.id).toBe(3);
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
  });
});

describe('key form', () => {
  const now = new Date('2026-01-10T12:00:00');

  it('checks the name in bytes and subnets as CIDR', () => {
    const errors = validateForm(
      { ...EMPTY_FORM, name: '密'.repeat(11), subnets: '10.0.0.0/8\n300.1.1.1' },
      now,
    );
    expect(errors.name).toBe('too_long'); // 33 bytes > 30
    expect(errors.subnets).toEqual(['300.1.1.1']);
  });

  it('edits only what changed and keeps an expired key editable', () => {
    const expired = key({ expiresAt: new Date('2025-12-01T00:00:00'), name: 'old' });
    const form = { ...formFromKey(expired), name: 'new' };
    expect(validateForm(form, now, expired)).toEqual({});
    expect(patchFromForm(form, expired, now)).toEqual({ name: 'new' });
  });
});
