import { createHash } from 'node:crypto';
import { queryCatalog } from './catalog-query.js';
import { sendSuccess } from './http-util.js';
import type { RouteContext } from './route-context.js';

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=300';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** AiHubMix's public catalog: filters, text-sorted context_length, ETag + 304. */
export function publicCatalog(ctx: RouteContext): void {
  const data = queryCatalog(ctx.state.catalog, ctx.query);
  const body = JSON.stringify({ data, message: '', success: true });
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  if (etagMatches(ctx.req.headers['if-none-match'], etag)) {
    ctx.res.writeHead(304, headers);
    ctx.res.end();
    return;
  }
  ctx.res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  ctx.res.end(body);
}

/** The user's usable model names: one-api returns a sorted string[], AiHubMix objects. */
export function availableModels(ctx: RouteContext): void {
  const limit = ctx.state.accountModels;
  const entries = limit
    ? ctx.state.catalog.filter((e) => limit.has(e.wire.model_id))
    : ctx.state.catalog;
  if (ctx.state.availableModels === 'objects') {
    sendSuccess(
      ctx.res,
      entries.map((e) => ({
        model: e.wire.model_id,
        developer_id: e.wire.developer_id ?? 0,
        order: e.order,
      })),
    );
    return;
  }
  sendSuccess(ctx.res, entries.map((e) => e.wire.model_id).sort());
}

// one-api channel type ids of the adaptors whose built-in lists `/api/models` returns.
const CHANNEL_TYPE_BY_DEVELOPER: Record<string, string> = {
  OpenAI: '1',
  Anthropic: '14',
  Alibaba: '17',
  Google: '24',
  Moonshot: '25',
  DeepSeek: '36',
};

/** Channel-type id → model names (not the user's real list: the adaptors' static lists). */
export function dashboardModels(ctx: RouteContext): void {
  const out: Record<string, string[]> = {};
  for (const e of ctx.state.catalog) {
    const type = CHANNEL_TYPE_BY_DEVELOPER[e.wire.developer_name ?? ''] ?? '8';
    (out[type] ??= []).push(e.wire.model_id);
  }
  sendSuccess(ctx.res, out);
}
