import { sendFailure, sendJson, sendSuccess } from './http-util.js';
import { parseKeyBody } from './key-input.js';
import { toWire, type KeyRecord } from './key-record.js';
import type { RouteContext } from './route-context.js';
import { nowSeconds } from './state.js';
import { TOKEN_STATUS } from './wire-types.js';

const ONE_API_PAGE_SIZE = 10;

function render(ctx: RouteContext, records: KeyRecord[]): unknown[] {
  return records.map((r) => toWire(r, ctx.state.flavor, false));
}

/** new-api (latest) GetPageQuery: p 1-based; page_size, else ps, else size; default 10, max 100. */
function newApiPage(query: URLSearchParams): { page: number; size: number } {
  const page = Math.max(1, Number.parseInt(query.get('p') ?? '1', 10) || 1);
  const raw = query.get('page_size') ?? query.get('ps') ?? query.get('size');
  let size = Number.parseInt(raw ?? '', 10);
  if (!Number.isFinite(size) || size <= 0) size = 10;
  return { page, size: Math.min(size, 100) };
}

function paginated(ctx: RouteContext, records: KeyRecord[]): void {
  const { page, size } = newApiPage(ctx.query);
  const items = render(ctx, records.slice((page - 1) * size, page * size));
  sendSuccess(ctx.res, { page, page_size: size, total: records.length, items });
}

export function listTokens(ctx: RouteContext): void {
  let records = ctx.state.keysDesc();
  if (ctx.state.flavor === 'new-api') {
    paginated(ctx, records);
    return;
  }
  // one-api: p is 0-based, the page size is fixed (size/num/page_size are ignored).
  const order = ctx.query.get('order');
  if (order === 'remain_quota' || order === 'used_quota') {
    const field = order === 'remain_quota' ? 'remainQuota' : 'usedQuota';
    records = [...records].sort((a, b) => b[field] - a[field]);
  }
  const p = Math.max(0, Number.parseInt(ctx.query.get('p') ?? '0', 10) || 0);
  sendSuccess(
    ctx.res,
    render(ctx, records.slice(p * ONE_API_PAGE_SIZE, (p + 1) * ONE_API_PAGE_SIZE)),
  );
}

/** SQL LIKE where % is the only wildcard (new-api latest: exact unless the term has a %). */
function like(value: string, pattern: string): boolean {
  const escaped = pattern
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i').test(value);
}

export function searchTokens(ctx: RouteContext): void {
  const keyword = ctx.query.get('keyword') ?? '';
  const all = ctx.state.keysDesc();
  if (ctx.state.flavor === 'one-api') {
    // one-api: name LIKE 'keyword%', no paging, plain array.
    const lower = keyword.toLowerCase();
    sendSuccess(
      ctx.res,
      render(
        ctx,
        all.filter((k) => k.name.toLowerCase().startsWith(lower)),
      ),
    );
    return;
  }
  const token = (ctx.query.get('token') ?? '').replace(/^sk-/, '');
  const matches = all.filter(
    (k) => (keyword === '' || like(k.name, keyword)) && (token === '' || like(k.key, token)),
  );
  paginated(ctx, matches);
}

/** Parses `:id` like Go's strconv.Atoi; writes the failure and returns undefined when invalid. */
function parseId(ctx: RouteContext, raw: string): KeyRecord | undefined {
  if (!/^[+-]?\d+$/.test(raw)) {
    sendFailure(ctx.res, `strconv.Atoi: parsing "${raw}": invalid syntax`);
    return undefined;
  }
  const record = ctx.state.keys.get(Number(raw));
  if (!record) sendFailure(ctx.res, 'record not found');
  return record;
}

export function getToken(ctx: RouteContext, rawId: string): void {
  const record = parseId(ctx, rawId);
  if (record) sendSuccess(ctx.res, toWire(record, ctx.state.flavor, false));
}

export function deleteToken(ctx: RouteContext, rawId: string): void {
  const record = parseId(ctx, rawId);
  if (!record) return;
  ctx.state.keys.delete(record.id);
  sendSuccess(ctx.res);
}

/** new-api (latest) only: the one place that reveals a full key. */
export function revealToken(ctx: RouteContext, rawId: string): void {
  const record = parseId(ctx, rawId);
  if (record) sendSuccess(ctx.res, { key: record.key });
}

export function createToken(ctx: RouteContext): void {
  const parsed = parseKeyBody(ctx.body, ctx.state.flavor);
  if (!parsed.ok) {
    sendFailure(ctx.res, parsed.message);
    return;
  }
  // id, key, status, user_id and used_quota from the body are ignored.
  const f = parsed.fields;
  const record = ctx.state.createKey({
    name: f.name,
    expiredTime: f.expiredTime,
    remainQuota: f.remainQuota,
    unlimitedQuota: f.unlimitedQuota,
    models: f.models,
    subnets: f.subnets,
    group: f.group || 'default',
  });
  if (ctx.state.flavor === 'one-api') sendSuccess(ctx.res, toWire(record, 'one-api', true));
  else sendJson(ctx.res, 200, { success: true, message: '' });
}

export function updateToken(ctx: RouteContext): void {
  const parsed = parseKeyBody(ctx.body, ctx.state.flavor);
  if (!parsed.ok) {
    sendFailure(ctx.res, parsed.message);
    return;
  }
  const f = parsed.fields;
  if (f.id === 0) {
    // one-api GetTokenByIds refuses a zero id before looking anything up.
    sendFailure(ctx.res, 'id 或 userId 为空！');
    return;
  }
  const record = ctx.state.keys.get(f.id);
  if (!record) {
    sendFailure(ctx.res, 'record not found');
    return;
  }
  // The re-enable guards look at the body's status even on a full update (one-api UpdateToken).
  if (f.status === TOKEN_STATUS.enabled) {
    const now = nowSeconds();
    if (
      record.status === TOKEN_STATUS.expired &&
      record.expiredTime <= now &&
      record.expiredTime !== -1
    ) {
      sendFailure(ctx.res, '令牌已过期，无法启用，请先修改令牌过期时间，或者设置为永不过期');
      return;
    }
    if (
      record.status === TOKEN_STATUS.exhausted &&
      record.remainQuota <= 0 &&
      !record.unlimitedQuota
    ) {
      sendFailure(
        ctx.res,
        '令牌可用额度已用尽，无法启用，请先修改令牌剩余额度，或者设置为无限额度',
      );
      return;
    }
  }
  if ((ctx.query.get('status_only') ?? '') !== '') {
    record.status = f.status;
  } else {
    // Every editable field is overwritten, zero values included; status is ignored.
    record.name = f.name;
    record.expiredTime = f.expiredTime;
    record.remainQuota = f.remainQuota;
    record.unlimitedQuota = f.unlimitedQuota;
    record.models = f.models;
    record.subnets = f.subnets;
    if (ctx.state.flavor === 'new-api') record.group = f.group;
  }
  sendSuccess(ctx.res, toWire(record, ctx.state.flavor, false));
}
