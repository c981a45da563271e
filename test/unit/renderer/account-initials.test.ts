import { describe, expect, it } from 'vitest';

import { initials } from '../../../renderer/src/shell/account-initials.js';

describe('account initials', () => {
  it('takes the first letters of two words, else the first two characters', () => {
    expect(initials('Demo User')).toBe('DU');
    expect(initials('  work  ')).toBe('WO');
    expect(initials('张三')).toBe('张三');
    expect(initials('😀 smile')).toBe('😀S');
    expect(initials('   ')).toBe('?');
  });
});
