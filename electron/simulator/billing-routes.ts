import { sendJson } from './http-util.js';
import { authorizeRelay } from './relay-auth.js';
import type { RouteContext } from './route-context.js';
import { QUOTA_PER_USD } from './wire-types.js';

/** one-api's key-level balance view (OpenAI's legacy billing endpoints). */
export function billingSubscription(ctx: RouteContext): void {
  const key = authorizeRelay(ctx);
  if (!key) return;
  const limit = key.unlimitedQuota
    ? 100_000_000
    : (key.remainQuota + key.usedQuota) / QUOTA_PER_USD;
  sendJson(ctx.res, 200, {
    object: 'billing_subscription',
    has_payment_method: true,
    soft_limit_usd: limit,
    hard_limit_usd: limit,
    system_hard_limit_usd: limit,
    access_until: key.expiredTime === -1 ? 0 : key.expiredTime,
  });
}

export function billingUsage(ctx: RouteContext): void {
  const key = authorizeRelay(ctx);
  if (!key) return;
  // total_usage is in cents.
  sendJson(ctx.res, 200, { object: 'list', total_usage: (key.usedQuota / QUOTA_PER_USD) * 100 });
}
