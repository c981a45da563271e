import { sendJson, sendSuccess } from './http-util.js';
import type { RouteContext } from './route-context.js';
import type { SimulatorState } from './state.js';
import { QUOTA_PER_USD } from './wire-types.js';

const CREATED_AT = 1_717_000_000;

function oneApiSelf(s: SimulatorState): Record<string, unknown> {
  // one-api's User struct (password and access_token columns omitted → empty strings), plus
  // the extra fields AiHubMix documents for get-self.
  return {
    id: s.userId,
    username: s.username,
    password: '',
    display_name: 'Demo User',
    role: 1,
    status: 1,
    email: 'demo@example.com',
    github_id: '',
    google_id: '',
    wechat_id: '',
    lark_id: '',
    oidc_id: '',
    clerk_id: '',
    migrated_at: 0,
    verification_code: '',
    access_token: '',
    quota: s.quota,
    used_quota: s.usedQuota,
    request_count: s.requestCount,
    group: 'default',
    aff_code: 'dEmO',
    inviter_id: 0,
    created_at: CREATED_AT,
    notify: false,
    quota_remind_threshold: 5 * QUOTA_PER_USD,
    notify_email: '',
    ext: '',
  };
}

function newApiSelf(s: SimulatorState): Record<string, unknown> {
  // new-api (latest) buildSelfUserData: a hand-built map, no access_token, no password.
  return {
    id: s.userId,
    username: s.username,
    display_name: 'Demo User',
    role: 1,
    status: 1,
    email: 'demo@example.com',
    github_id: '',
    discord_id: '',
    oidc_id: '',
    wechat_id: '',
    telegram_id: '',
    group: 'default',
    quota: s.quota,
    used_quota: s.usedQuota,
    request_count: s.requestCount,
    aff_code: 'dEmO',
    aff_count: 0,
    aff_quota: 0,
    aff_history_quota: 0,
    inviter_id: 0,
    linux_do_id: '',
    setting: '',
    stripe_customer: '',
    sidebar_modules: '',
    permissions: { sidebar_settings: true },
  };
}

export function getSelf(ctx: RouteContext): void {
  const s = ctx.state;
  sendSuccess(ctx.res, s.flavor === 'one-api' ? oneApiSelf(s) : newApiSelf(s));
}

/** Public: no auth. */
export function getStatus(ctx: RouteContext): void {
  sendJson(ctx.res, 200, {
    success: true,
    message: '',
    data: {
      system_name: 'AiHubMix',
      version: ctx.state.flavor === 'one-api' ? 'v0.6.10-aihubmix' : 'v0.9.0',
      quota_per_unit: QUOTA_PER_USD,
      display_in_currency: true,
      start_time: CREATED_AT,
      server_address: 'https://aihubmix.com',
      logo: '',
      footer_html: '',
      email_verification: true,
      github_oauth: false,
      turnstile_check: false,
    },
  });
}

/** Rotates the access token: the one used for this call stops working at once. */
export function rotateToken(ctx: RouteContext): void {
  sendSuccess(ctx.res, ctx.state.rotateAccessToken());
}
