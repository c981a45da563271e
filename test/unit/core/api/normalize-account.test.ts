import { describe, expect, it } from 'vitest';
import {
  normalizeAccount,
  normalizeStatus,
} from '../../../../electron/core/api/normalize-account.js';
import { StatusWire, UserSelfWire } from '../../../../electron/core/api/wire/account.js';

const at = new Date('2026-01-01T00:00:00Z');

describe('normalizeAccount', () => {
  it('converts quota units to USD with the given rate', () => {
    const wire = UserSelfWire.parse({
      id: 7,
      username: 'ann',
      quota: 12_345_000,
      used_quota: 500_000,
      request_count: 3,
    });
    expect(normalizeAccount(wire, 500_000, at)).toMatchObject({
      userId: 7,
      username: 'ann',
      balanceUsd: 24.69,
      usedUsd: 1,
      requestCount: 3,
      quotaPerUnit: 500_000,
      fetchedAt: at,
    });
    expect(normalizeAccount(wire, 1_000_000, at).balanceUsd).toBeCloseTo(12.345);
  });

  it('reads numbers sent as strings, a missing id and extra fields (AiHubMix docs)', () => {
    const wire = UserSelfWire.parse({
      username: 'cn-user',
      quota: '1000000',
      used_quota: '250000',
      request_count: '12',
      notify_email: true,
      ext: { anything: 1 },
    });
    const account = normalizeAccount(wire, 500_000, at);
    expect(account).toMatchObject({
      userId: null,
      balanceUsd: 2,
      usedUsd: 0.5,
      requestCount: 12,
      quota: 1_000_000,
    });
  });

  it('rejects an account without a readable quota', () => {
    expect(UserSelfWire.safeParse({ username: 'x' }).success).toBe(false);
    expect(UserSelfWire.safeParse({ username: 'x', quota: 'lots' }).success).toBe(false);
  });
});

describe('normalizeStatus', () => {
  it('reads quota_per_unit as a number or a string and ignores nonsense', () => {
    expect(normalizeStatus(StatusWire.parse({ quota_per_unit: '1000000' })).quotaPerUnit).toBe(
      1_000_000,
    );
    expect(normalizeStatus(StatusWire.parse({ quota_per_unit: 0 })).quotaPerUnit).toBeNull();
    expect(normalizeStatus(StatusWire.parse({})).quotaPerUnit).toBeNull();
  });
});
