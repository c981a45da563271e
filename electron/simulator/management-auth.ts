import { sendFailure } from './http-util.js';
import type { RouteContext } from './route-context.js';

/**
 * one-api's UserAuth: cookies are ignored here (the simulator has no sessions), the header value
 * loses its first literal "Bearer " and must equal the access token. new-api(old) also checks
 * New-Api-User against the token's owner when the header is present.
 * Returns false after writing the failure response.
 */
export function authorizeManagement(ctx: RouteContext): boolean {
  const header = ctx.req.headers.authorization;
  if (header === undefined || header === '') {
    sendFailure(ctx.res, '无权进行此操作，未登录且未提供 access token', 401);
    return false;
  }
  const token = header.replace('Bearer ', '');
  if (token !== ctx.state.accessToken) {
    sendFailure(ctx.res, '无权进行此操作，access token 无效');
    return false;
  }
  if (ctx.state.flavor === 'new-api') {
    const raw = ctx.req.headers['new-api-user'];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) {
      if (!/^-?\d+$/.test(value.trim())) {
        sendFailure(ctx.res, '无权进行此操作，New-Api-User 格式错误', 401);
        return false;
      }
      if (Number(value) !== ctx.state.userId) {
        sendFailure(ctx.res, '无权进行此操作，New-Api-User 与登录用户不匹配', 401);
        return false;
      }
    }
  }
  return true;
}
