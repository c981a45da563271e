import { describe, expect, it } from 'vitest';

import {
  describeGatewayMessage,
  explainGatewayMessage,
} from '../../../../electron/core/api/gateway-messages.js';
import { readEnvelope, readRelayJson } from '../../../../electron/core/api/envelope.js';

const response = (status: number, body: unknown) => ({
  status,
  headers: {},
  text: JSON.stringify(body),
  endpoint: '/api/token/',
  label: 'POST /api/token/',
});

describe('gateway messages in English', () => {
  it.each([
    ['参数错误：令牌名称过长', /key name is too long/],
    ['参数错误：无效的网段：10.0.0.0/99', /subnet is not in CIDR form: 10\.0\.0\.0\/99/],
    ['已达到最大令牌数量限制 (50)', /most keys allowed \(50\)/],
    ['令牌已过期，无法启用，请先修改令牌过期时间，或者设置为永不过期', /has expired/],
    ['令牌可用额度已用尽，无法启用，请先修改令牌剩余额度，或者设置为无限额度', /used up its quota/],
    ['record not found', /not found/],
    ['当前分组 vip 下对于模型 gpt-9 无可用渠道 (request id: 2026)', /gpt-9 for group "vip"/],
    ['该令牌无权使用模型：gpt-5', /not allowed to use gpt-5/],
    ['无效的令牌 (request id: 1)', /API key is not valid/],
    ['当前分组上游负载已饱和，请稍后再试', /saturated/],
  ])('%s', (original, english) => {
    expect(explainGatewayMessage(original)).toMatch(english);
    const shown = describeGatewayMessage(original);
    expect(shown).toMatch(english);
    // The original stays beside a Chinese message, for support and search.
    if (/[^\p{ASCII}]/u.test(original)) expect(shown).toContain(`(${original})`);
  });

  it('leaves messages it does not know as they are', () => {
    expect(explainGatewayMessage('something new')).toBeNull();
    expect(describeGatewayMessage('未知错误')).toBe('未知错误');
  });

  it('management and relay failures carry the English explanation, raw message kept apart', () => {
    let error: unknown;
    try {
      readEnvelope(response(200, { success: false, message: '参数错误：令牌名称过长' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'gateway',
      message: expect.stringMatching(/key name is too long.*\(参数错误：令牌名称过长\)/),
      gatewayMessage: '参数错误：令牌名称过长',
    });
    expect(() =>
      readRelayJson(
        response(503, { error: { message: '当前分组 default 下对于模型 x 无可用渠道' } }),
      ),
    ).toThrow(/no channel serves x/);
  });
});
