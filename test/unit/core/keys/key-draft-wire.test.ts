import { describe, expect, it } from 'vitest';
import {
  draftToWire,
  patchToWire,
  toQuota,
} from '../../../../electron/core/keys/key-draft-wire.js';

describe('draftToWire', () => {
  it("sends both gateways' field names with USD converted to integer quota", () => {
    const wire = draftToWire(
      {
        name: 'ci',
        unlimited: false,
        quotaUsd: 1.234567,
        expiresAt: new Date('2030-01-01T00:00:00.900Z'),
        models: ['gpt-5', ' gpt-4o ', ''],
        subnets: ['10.0.0.0/8', '1.2.3.4/32'],
      },
      500_000,
    );
    expect(wire).toEqual({
      name: 'ci',
      expired_time: 1_893_456_000,
      remain_quota: 617_284,
      unlimited_quota: false,
      models: 'gpt-5,gpt-4o',
      model_limits_enabled: true,
      model_limits: 'gpt-5,gpt-4o',
      subnet: '10.0.0.0/8,1.2.3.4/32',
      allow_ips: '10.0.0.0/8\n1.2.3.4/32',
    });
  });

  it('never expires as -1 and empty lists as empty strings', () => {
    const wire = draftToWire(
      { name: 'x', unlimited: true, quotaUsd: 0, expiresAt: null, models: [], subnets: [] },
      500_000,
    );
    expect(wire).toMatchObject({
      expired_time: -1,
      unlimited_quota: true,
      models: '',
      model_limits_enabled: false,
      subnet: '',
    });
  });
});

describe('patchToWire', () => {
  it('contains only what the patch touches', () => {
    expect(patchToWire({ name: 'new' }, 500_000)).toEqual({ name: 'new' });
    expect(patchToWire({ quotaUsd: 2 }, 500_000)).toEqual({ remain_quota: 1_000_000 });
    expect(patchToWire({ expiresAt: null, unlimited: true }, 500_000)).toEqual({
      expired_time: -1,
      unlimited_quota: true,
    });
  });
});

describe('toQuota', () => {
  it('rounds to whole quota units and never goes negative', () => {
    expect(toQuota(0.1 + 0.2, 500_000)).toBe(150_000);
    expect(toQuota(-5, 500_000)).toBe(0);
  });
});
