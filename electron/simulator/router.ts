import { availableModels, dashboardModels, publicCatalog } from './catalog-routes.js';
import { chatCompletions } from './chat-completions.js';
import { sendSuccess } from './http-util.js';
import { authorizeManagement } from './management-auth.js';
import { billingSubscription, billingUsage } from './billing-routes.js';
import { getRelayModel, listRelayModels } from './relay-models-routes.js';
import type { Handler, RouteContext } from './route-context.js';
import {
  createToken,
  deleteToken,
  getToken,
  listTokens,
  revealToken,
  searchTokens,
  updateToken,
} from './token-routes.js';
import { getSelf, getStatus, rotateToken } from './user-routes.js';

type Access = 'public' | 'management' | 'relay';
interface Route {
  method: string;
  pattern: RegExp;
  access: Access;
  handle: (ctx: RouteContext, param: string) => void | Promise<void>;
  /** Only served in this flavor. */
  flavor?: 'new-api';
}

const wrap =
  (h: Handler) =>
  (ctx: RouteContext): void | Promise<void> =>
    h(ctx);

// A trailing slash is optional everywhere (gin redirects one form to the other).
const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/status\/?$/, access: 'public', handle: wrap(getStatus) },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/models\/?$/,
    access: 'public',
    handle: wrap(publicCatalog),
  },
  { method: 'GET', pattern: /^\/api\/user\/self\/?$/, access: 'management', handle: wrap(getSelf) },
  {
    method: 'GET',
    pattern: /^\/api\/user\/token\/?$/,
    access: 'management',
    handle: wrap(rotateToken),
  },
  {
    method: 'GET',
    pattern: /^\/api\/user\/available_models\/?$/,
    access: 'management',
    handle: wrap(availableModels),
  },
  {
    method: 'GET',
    pattern: /^\/api\/user\/models\/?$/,
    access: 'management',
    handle: (ctx) => sendSuccess(ctx.res, ctx.state.catalog.map((e) => e.wire.model_id).sort()),
    flavor: 'new-api',
  },
  {
    method: 'GET',
    pattern: /^\/api\/models\/?$/,
    access: 'management',
    handle: wrap(dashboardModels),
  },
  { method: 'GET', pattern: /^\/api\/token\/?$/, access: 'management', handle: wrap(listTokens) },
  {
    method: 'GET',
    pattern: /^\/api\/token\/search\/?$/,
    access: 'management',
    handle: wrap(searchTokens),
  },
  { method: 'POST', pattern: /^\/api\/token\/?$/, access: 'management', handle: wrap(createToken) },
  { method: 'PUT', pattern: /^\/api\/token\/?$/, access: 'management', handle: wrap(updateToken) },
  {
    method: 'POST',
    pattern: /^\/api\/token\/([^/]+)\/key\/?$/,
    access: 'management',
    handle: revealToken,
    flavor: 'new-api',
  },
  { method: 'GET', pattern: /^\/api\/token\/([^/]+)\/?$/, access: 'management', handle: getToken },
  {
    method: 'DELETE',
    pattern: /^\/api\/token\/([^/]+)\/?$/,
    access: 'management',
    handle: deleteToken,
  },
  { method: 'GET', pattern: /^\/v1\/models\/?$/, access: 'relay', handle: wrap(listRelayModels) },
  { method: 'GET', pattern: /^\/v1\/models\/(.+)$/, access: 'relay', handle: getRelayModel },
  {
    method: 'POST',
    pattern: /^\/v1\/chat\/completions\/?$/,
    access: 'relay',
    handle: wrap(chatCompletions),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/dashboard\/billing\/subscription\/?$/,
    access: 'relay',
    handle: wrap(billingSubscription),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/dashboard\/billing\/usage\/?$/,
    access: 'relay',
    handle: wrap(billingUsage),
  },
];

/** Finds the route; returns false when nothing matches (the caller answers 404). */
export async function dispatch(ctx: RouteContext): Promise<boolean> {
  for (const route of ROUTES) {
    if (route.method !== ctx.method) continue;
    if (route.flavor && route.flavor !== ctx.state.flavor) continue;
    const m = route.pattern.exec(ctx.path);
    if (!m) continue;
    if (route.access === 'management' && !authorizeManagement(ctx)) return true;
    await route.handle(ctx, decodeURIComponent(m[1] ?? ''));
    return true;
  }
  return false;
}
