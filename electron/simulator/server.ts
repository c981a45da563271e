import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isStreamFailure, writeFailure } from './failures.js';
import { parseBody, readBody, sendJson, sleep } from './http-util.js';
import type { RouteContext } from './route-context.js';
import { dispatch } from './router.js';
import type { SimulatorState } from './state.js';
import type { RecordedRequest } from './wire-types.js';

let requestCounter = 0;

/** one-api's request id: a timestamp plus digits; sent as X-Oneapi-Request-Id on /v1. */
function newRequestId(): string {
  const d = new Date();
  const stamp = d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  requestCounter = (requestCounter + 1) % 100_000_000;
  return `${stamp}${String(requestCounter).padStart(8, '0')}`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function record(
  req: IncomingMessage,
  path: string,
  query: URLSearchParams,
  body: unknown,
): RecordedRequest {
  const headers: RecordedRequest['headers'] = {};
  for (const name of ['authorization', 'if-none-match', 'new-api-user', 'cookie'] as const) {
    const v = header(req, name);
    if (v !== undefined) headers[name] = v;
  }
  const entry: RecordedRequest = {
    method: req.method ?? 'GET',
    path,
    query: Object.fromEntries(query),
    headers,
  };
  if (body !== undefined) entry.body = body;
  return entry;
}

function modelOf(body: unknown): string {
  if (
    typeof body === 'object' &&
    body !== null &&
    'model' in body &&
    typeof body.model === 'string'
  ) {
    return body.model;
  }
  return 'unknown';
}

/** The HTTP server plus what `close()` needs to stop in-flight streams at once. */
export interface SimulatorServer {
  server: Server;
  abortAll(): void;
}

export function createSimulatorServer(state: SimulatorState): SimulatorServer {
  const inFlight = new Set<AbortController>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const controller = new AbortController();
    inFlight.add(controller);
    res.on('close', () => {
      controller.abort();
      inFlight.delete(controller);
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const body = parseBody(await readBody(req));
    state.requests.push(record(req, path, url.searchParams, body));
    if (state.latencyMs > 0) await sleep(state.latencyMs, controller.signal);
    if (controller.signal.aborted) return;

    const requestId = newRequestId();
    if (path.startsWith('/v1/')) res.setHeader('X-Oneapi-Request-Id', requestId);

    const failure = state.failures.take(method, path, (k) => !isStreamFailure(k));
    if (failure) {
      writeFailure(res, failure.kind, modelOf(body), requestId);
      return;
    }
    const ctx: RouteContext = {
      req,
      res,
      method,
      path,
      query: url.searchParams,
      body,
      state,
      signal: controller.signal,
      requestId,
      takeStreamFailure: () => {
        const f = state.failures.take(method, path, isStreamFailure);
        if (!f) return undefined;
        return f.kind === 'slow-chunks'
          ? { kind: 'slow-chunks', gapMs: f.gapMs ?? 3000 }
          : { kind: 'stream-cut' };
      },
    };
    if (await dispatch(ctx)) return;
    if (path.startsWith('/api/'))
      sendJson(res, 404, { success: false, message: `404 page not found: ${method} ${path}` });
    else
      sendJson(res, 404, {
        error: {
          message: `Invalid URL (${method} ${path})`,
          type: 'invalid_request_error',
          param: '',
          code: '',
        },
      });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Never echo request data (it may hold secrets); the message is the simulator's own.
      const message = err instanceof Error ? err.message : 'internal error';
      if (!res.headersSent)
        sendJson(res, 500, { success: false, message: `simulator error: ${message}` });
      else res.destroy();
    });
  });
  return {
    server,
    abortAll: () => {
      for (const c of inFlight) c.abort();
      inFlight.clear();
    },
  };
}
