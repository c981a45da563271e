import { BlockList, isIP } from 'node:net';
import { sendJson } from './http-util.js';
import type { KeyRecord } from './key-record.js';
import type { RouteContext } from './route-context.js';
import { nowSeconds } from './state.js';
import { TOKEN_STATUS } from './wire-types.js';

/** An OpenAI-style relay error with the request id appended, as one-api/new-api send them. */
export function sendRelayError(
  ctx: RouteContext,
  status: number,
  message: string,
  code: string | null = null,
  type?: string,
): void {
  sendJson(ctx.res, status, {
    error: {
      message: `${message} (request id: ${ctx.requestId})`,
      type: type ?? (ctx.state.flavor === 'one-api' ? 'one_api_error' : 'new_api_error'),
      param: '',
      code,
    },
  });
}

function clientIp(ctx: RouteContext): string {
  const raw = ctx.req.socket.remoteAddress ?? '';
  return raw.startsWith('::ffff:') ? raw.slice(7) : raw;
}

function ipAllowed(ip: string, subnets: string[]): boolean {
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  const list = new BlockList();
  for (const entry of subnets) {
    const [net, bits] = entry.split('/');
    if (!net || isIP(net) === 0) continue;
    const type = isIP(net) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(net, type);
    else list.addSubnet(net, Number(bits), type);
  }
  return list.check(ip, family);
}

/**
 * one-api TokenAuth + ValidateUserToken: strips "Bearer " and "sk-", then checks status,
 * expiry, remaining quota and subnet, moving expired/exhausted keys to status 3/4 on use.
 * Returns undefined after writing the error.
 */
export function authorizeRelay(ctx: RouteContext): KeyRecord | undefined {
  const header = ctx.req.headers.authorization ?? '';
  const secret = header.replace(/^Bearer /, '').replace(/^sk-/, '');
  if (secret === '') {
    sendRelayError(ctx, 401, '未提供令牌', 'invalid_api_key');
    return undefined;
  }
  const key = ctx.state.keyBySecret(secret);
  if (!key) {
    sendRelayError(ctx, 401, '无效的令牌', 'invalid_api_key');
    return undefined;
  }
  if (key.status !== TOKEN_STATUS.enabled) {
    const message =
      key.status === TOKEN_STATUS.exhausted
        ? '该令牌额度已用尽'
        : key.status === TOKEN_STATUS.expired
          ? '该令牌已过期'
          : '该令牌状态不可用';
    sendRelayError(ctx, 401, message, 'invalid_api_key');
    return undefined;
  }
  if (key.expiredTime !== -1 && key.expiredTime < nowSeconds()) {
    key.status = TOKEN_STATUS.expired;
    sendRelayError(ctx, 401, '该令牌已过期', 'invalid_api_key');
    return undefined;
  }
  if (!key.unlimitedQuota && key.remainQuota <= 0) {
    key.status = TOKEN_STATUS.exhausted;
    sendRelayError(ctx, 401, '该令牌额度已用尽', 'invalid_api_key');
    return undefined;
  }
  if (key.subnets && key.subnets.length > 0) {
    const ip = clientIp(ctx);
    if (!ipAllowed(ip, key.subnets)) {
      sendRelayError(
        ctx,
        403,
        `该令牌只能在指定网段使用：${key.subnets.join(',')}，当前 ip：${ip}`,
        'access_denied',
      );
      return undefined;
    }
  }
  return key;
}

/** The models a key may call: its allow-list, else every catalog model. */
export function keyAllowsModel(key: KeyRecord, model: string): boolean {
  return key.models === null || key.models.length === 0 || key.models.includes(model);
}
