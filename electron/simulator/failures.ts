import type { ServerResponse } from 'node:http';
import { sendJson } from './http-util.js';

export type FailureKind =
  | 'rate-limit'
  | 'success-false'
  | 'invalid-token'
  | 'server-error'
  | 'non-json'
  | 'no-channel'
  | 'stream-cut'
  | 'slow-chunks'
  | 'drop-connection';

export interface FailureSpec {
  match: { method?: string; path: string | RegExp };
  kind: FailureKind;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** 'slow-chunks' only: the gap between chunks; default 3000 ms. */
  gapMs?: number;
}

/** Failures that change how a chat stream is written rather than replacing the response. */
export type StreamFailure = { kind: 'stream-cut' } | { kind: 'slow-chunks'; gapMs: number };

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

interface ArmedFailure {
  spec: FailureSpec;
  remaining: number;
}

/** The queue of injected failures; each is consumed by the requests it matches. */
export class FailureQueue {
  private armed: ArmedFailure[] = [];

  add(spec: FailureSpec): void {
    this.armed.push({ spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  /** Consumes the first matching failure whose kind passes `accept`. */
  take(
    method: string,
    path: string,
    accept: (kind: FailureKind) => boolean,
  ): FailureSpec | undefined {
    const found = this.armed.find((f) => {
      const m = f.spec.match;
      if (m.method !== undefined && m.method.toUpperCase() !== method) return false;
      if (!accept(f.spec.kind)) return false;
      // A string matches the path with or without a trailing slash, as the routes do.
      return typeof m.path === 'string' ? trimSlash(m.path) === trimSlash(path) : m.path.test(path);
    });
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining <= 0) this.armed = this.armed.filter((f) => f !== found);
    return found.spec;
  }
}

export function isStreamFailure(kind: FailureKind): boolean {
  return kind === 'stream-cut' || kind === 'slow-chunks';
}

/** Writes the response a replacing failure stands for (everything but the stream kinds). */
export function writeFailure(
  res: ServerResponse,
  kind: FailureKind,
  model: string,
  requestId: string,
): void {
  switch (kind) {
    case 'rate-limit':
      // one-api/new-api rate limiter: bare 429, empty body, no Retry-After.
      res.writeHead(429, { 'Content-Length': 0 });
      res.end();
      return;
    case 'success-false':
      sendJson(res, 200, { success: false, message: '系统繁忙，请稍后再试' });
      return;
    case 'invalid-token':
      sendJson(res, 200, { success: false, message: '无权进行此操作，access token 无效' });
      return;
    case 'server-error':
      sendJson(res, 500, {
        error: {
          message: `internal server error (request id: ${requestId})`,
          type: 'one_api_error',
          code: 'internal_error',
        },
      });
      return;
    case 'non-json': {
      // What a CDN or reverse proxy in front of the gateway answers.
      const html =
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
      res.writeHead(502, {
        'Content-Type': 'text/html',
        'Content-Length': Buffer.byteLength(html),
      });
      res.end(html);
      return;
    }
    case 'no-channel':
      sendJson(res, 503, {
        error: {
          message: `当前分组 default 下对于模型 ${model} 无可用渠道 (request id: ${requestId})`,
          type: 'one_api_error',
          param: '',
          code: 'model_not_found',
        },
      });
      return;
    case 'drop-connection':
      res.socket?.destroy();
      return;
    default:
      throw new Error(`not a replacing failure: ${kind}`);
  }
}
