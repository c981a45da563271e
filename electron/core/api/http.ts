import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { ClientOptions } from './client-options.js';
import { ApiError } from './errors.js';
import { neverSent, transportError } from './transport-errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Which credential a request carries: the access token (/api), an sk- key (/v1) or none. */
export type AuthMode = { kind: 'token' } | { kind: 'key'; apiKey: string } | { kind: 'none' };

export interface HttpRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  json?: unknown;
  auth: AuthMode;
  /**
   * When the fallback base URL may be tried: 'connection' on any connection failure (reads and
   * management calls), 'unsent' only when nothing reached the server (chat: it costs money).
   */
  fallback: 'connection' | 'unsent';
}

export interface TextResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  endpoint: string;
  label: string;
}

export interface StreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: AsyncIterable<Uint8Array> & { text(): Promise<string> };
  endpoint: string;
  label: string;
}

const DEFAULT_CONNECT_MS = 10_000;

export function withSkPrefix(key: string): string {
  const trimmed = key.trim();
  return trimmed.startsWith('sk-') ? trimmed : `sk-${trimmed}`;
}

export function labelOf(req: Pick<HttpRequest, 'method' | 'path'>): string {
  return `${req.method} ${req.path}`;
}

/**
 * One HTTP exchange with the gateway over undici: headers and credentials, no cookies (undici
 * keeps no cookie jar, and a browser session cookie would override the token on one-api), the
 * connect/total timeouts and the base-URL fallback. Retrying is the caller's decision.
 */
export class HttpTransport {
  private base: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly connectMs: number;
  /** Sent as New-Api-User once known (older new-api rejects /api calls without it). */
  userId: number | null;
  /** Replaced after a rotation: the old token stops working at once. */
  accessToken: string | null;

  constructor(private readonly options: ClientOptions) {
    this.base = trimBase(options.baseUrl);
    this.connectMs = options.timeouts?.connectMs ?? DEFAULT_CONNECT_MS;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Agent({ connect: { timeout: this.connectMs } });
    this.userId = options.userId ?? null;
    this.accessToken = options.accessToken ?? null;
  }

  get baseUrl(): string {
    return this.base;
  }

  /** Sends the request and reads the whole body, all within `totalMs`. */
  async fetchText(req: HttpRequest, totalMs: number, signal?: AbortSignal): Promise<TextResponse> {
    const timeout = AbortSignal.timeout(totalMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const res = await this.dispatch(req, combined);
      const text = await res.body.text();
      return {
        status: res.status,
        headers: res.headers,
        text,
        endpoint: req.path,
        label: labelOf(req),
      };
    } catch (error) {
      throw this.toError(error, req, signal, timeout.aborted ? totalMs : null);
    }
  }

  /**
   * Sends the request and hands back the unread body. `signal` governs the whole exchange: the
   * caller owns the timers (idle timeout for streams) and maps their aborts.
   */
  async open(req: HttpRequest, signal: AbortSignal): Promise<StreamResponse> {
    return this.dispatch(req, signal);
  }

  toError(
    error: unknown,
    req: Pick<HttpRequest, 'method' | 'path'>,
    callerSignal: AbortSignal | undefined,
    timedOutAfterMs: number | null,
  ): ApiError {
    return transportError(error, {
      label: labelOf(req),
      endpoint: req.path,
      callerSignal,
      timedOutAfterMs,
      connectTimeoutMs: this.connectMs,
    });
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private async dispatch(req: HttpRequest, signal: AbortSignal): Promise<StreamResponse> {
    try {
      return await this.once(this.base, req, signal);
    } catch (error) {
      const fallback = this.options.fallbackBaseUrl ? trimBase(this.options.fallbackBaseUrl) : null;
      if (!fallback || fallback === this.base || signal.aborted || !this.mayFallBack(error, req)) {
        throw error;
      }
      const res = await this.once(fallback, req, signal);
      // It answered: stay on it, and let the owner remember it for the next run (once, even
      // when concurrent requests all fell back).
      if (this.base !== fallback) {
        this.base = fallback;
        this.options.onBaseUrlChange?.(fallback);
      }
      return res;
    }
  }

  private mayFallBack(error: unknown, req: HttpRequest): boolean {
    if (error instanceof ApiError) return false;
    return req.fallback === 'unsent' ? neverSent(error) : true;
  }

  private async once(base: string, req: HttpRequest, signal: AbortSignal): Promise<StreamResponse> {
    const url = new URL(base + req.path);
    for (const [name, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const res = await request(url, {
      method: req.method,
      headers: this.headersFor(req),
      body: req.json === undefined ? null : JSON.stringify(req.json),
      signal,
      dispatcher: this.dispatcher,
      // Our own total and idle timers govern; undici's 300 s defaults would only get in the way.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    return {
      status: res.statusCode,
      headers: res.headers,
      body: res.body,
      endpoint: req.path,
      label: labelOf(req),
    };
  }

  private headersFor(req: HttpRequest): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent ?? 'aihubmix-tray',
      ...req.headers,
    };
    if (req.json !== undefined) headers['content-type'] = 'application/json';
    if (req.auth.kind === 'token') {
      const token = this.accessToken?.trim();
      if (!token) {
        throw new ApiError(
          'auth',
          `No system access token is set, so ${labelOf(req)} cannot be called. Generate one on the AiHubMix settings page ("Generate System Access Token") and sign in.`,
          { endpoint: req.path },
        );
      }
      // Raw token, as AiHubMix documents; one-api and new-api also accept it without "Bearer ".
      headers.authorization = token;
      if (this.userId !== null) headers['new-api-user'] = String(this.userId);
    } else if (req.auth.kind === 'key') {
      headers.authorization = `Bearer ${withSkPrefix(req.auth.apiKey)}`;
    }
    return headers;
  }
}

function trimBase(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
