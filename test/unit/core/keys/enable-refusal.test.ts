import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../electron/core/api/errors.js';
import { explainEnableRefusal } from '../../../../electron/core/keys/enable-refusal.js';

const refused = (gatewayMessage: string) =>
  new ApiError('gateway', 'x', { endpoint: '/api/token/', status: 200, gatewayMessage });

describe('explainEnableRefusal', () => {
  it('explains an expired key and how to fix it', () => {
    const error = explainEnableRefusal(
      refused('令牌已过期，无法启用，请先修改令牌过期时间，或者设置为永不过期'),
    ) as ApiError;
    expect(error.message).toBe(
      'This key has expired. Change its expiry (or set it to never expire), then enable it.',
    );
    expect(error).toMatchObject({ code: 'gateway', endpoint: '/api/token/' });
  });

  it('explains a spent key and how to fix it', () => {
    const error = explainEnableRefusal(
      refused('令牌可用额度已用尽，无法启用，请先修改令牌剩余额度，或者设置为无限额度'),
    ) as ApiError;
    expect(error.message).toBe(
      "This key's quota is used up. Raise its quota or make it unlimited, then enable it.",
    );
  });

  it('leaves other errors alone', () => {
    const other = refused('record not found');
    expect(explainEnableRefusal(other)).toBe(other);
    const auth = new ApiError('auth', 'no');
    expect(explainEnableRefusal(auth)).toBe(auth);
  });
});
