import { describe, expect, it } from 'vitest';

import {
  keyAccessView,
  keyAllows,
  keyScope,
  keysForModel,
  modelsForKey,
} from '../../../../electron/core/catalog/key-access.js';
import type { ApiKey } from '../../../../electron/shared/domain/keys.js';

type KeyLike = Pick<ApiKey, 'id' | 'name' | 'status' | 'models'>;
const key = (
  id: number,
  name: string,
  models: string[],
  status: ApiKey['status'] = 'enabled',
): KeyLike => ({
  id,
  name,
  status,
  models,
});

describe('key linkage', () => {
  const keys = [
    key(1, 'all', []),
    key(2, 'gpt only', ['gpt-5', ' gpt-5 ', '']),
    key(3, 'off', ['gpt-5', 'claude'], 'disabled'),
    key(4, 'old', [], 'expired'),
    key(5, 'spent', ['claude'], 'exhausted'),
  ];

  it('an empty model list means every model the account can use', () => {
    const scope = keyScope(keys[0]!);
    expect(scope.allModels).toBe(true);
    expect(keyAllows(scope, 'anything', null)).toBe(true);
    expect(keyAllows(scope, 'gpt-5', new Set(['gpt-5']))).toBe(true);
    expect(keyAllows(scope, 'hidden', new Set(['gpt-5']))).toBe(false);
  });

  it('a limited key reaches only its listed models (trimmed, deduplicated)', () => {
    const scope = keyScope(keys[1]!);
    expect(scope).toMatchObject({ allModels: false, models: ['gpt-5'], usable: true });
    expect(keyAllows(scope, 'gpt-5', null)).toBe(true);
    expect(keyAllows(scope, 'claude', null)).toBe(false);
  });

  it('lists keys for a model, usable first, disabled/expired/exhausted marked', () => {
    const view = keyAccessView(keys, ['gpt-5', 'claude']);
    const forGpt = keysForModel('gpt-5', view);
    expect(forGpt.map((k) => [k.name, k.usable, k.status])).toEqual([
      ['all', true, 'enabled'],
      ['gpt only', true, 'enabled'],
      ['off', false, 'disabled'],
      ['old', false, 'expired'],
    ]);
    expect(keysForModel('claude', view).map((k) => k.id)).toEqual([1, 3, 4, 5]);
    expect(keysForModel('not-available', view).map((k) => k.id)).toEqual([]);
  });

  it('gives the model set of a key for the "callable by" facet', () => {
    const available = new Set(['gpt-5', 'claude']);
    expect(modelsForKey(keyScope(keys[1]!), available)).toEqual(new Set(['gpt-5']));
    expect(modelsForKey(keyScope(keys[0]!), available)).toBe(available);
    expect(modelsForKey(keyScope(keys[0]!), null)).toBeNull();
  });
});
