import { describe, expect, it } from 'vitest';

import { UsageError } from '../../../electron/cli/cli-error.js';
import { parseExpires } from '../../../electron/cli/expires.js';

const now = new Date('2026-03-01T12:00:00Z');

describe('parseExpires', () => {
  it('never → null', () => {
    expect(parseExpires('never', now)).toBeNull();
    expect(parseExpires('NEVER', now)).toBeNull();
  });
  it('relative days and hours', () => {
    expect(parseExpires('30d', now)?.toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(parseExpires('12h', now)?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
  it('ISO dates and date-times', () => {
    expect(parseExpires('2026-12-31T00:00:00Z', now)?.toISOString()).toBe(
      '2026-12-31T00:00:00.000Z',
    );
    expect(parseExpires('2026-12-31', now)?.toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });
  it('refuses the past, zero, and anything else', () => {
    for (const text of ['2020-01-01', '0d', 'soon', '3w', 'March 7', '2026-13-45', '']) {
      expect(() => parseExpires(text, now), text).toThrow(UsageError);
    }
  });
});
