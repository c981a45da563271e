import type { RequestOptions } from './aihubmix-api.js';
import { readEnvelope, readRelayJson } from './envelope.js';
import type { HttpRequest, HttpTransport, TextResponse } from './http.js';
import { withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';

export interface CallOptions extends RequestOptions {
  /** Only for idempotent reads: never for POST/PUT/DELETE, /api/user/token or chat. */
  retry?: boolean;
  totalMs?: number;
}

/**
 * The endpoint modules' single way to the gateway: transport + retry policy + envelope reading.
 * Keeps "which calls may be retried" a visible per-call decision.
 */
export class GatewayCaller {
  constructor(
    readonly http: HttpTransport,
    private readonly policy: RetryPolicy,
    private readonly defaultTotalMs: number,
  ) {}

  /** A raw response (status not judged), retried as asked; for 304 handling and the like. */
  async text(
    req: HttpRequest,
    options: CallOptions = {},
    accept?: (res: TextResponse) => void,
  ): Promise<TextResponse> {
    const once = async (): Promise<TextResponse> => {
      const res = await this.http.fetchText(
        req,
        options.totalMs ?? this.defaultTotalMs,
        options.signal,
      );
      accept?.(res);
      return res;
    };
    return options.retry ? withRetry(this.policy, once, options.signal) : once();
  }

  /** `data` of a management (`/api/…`) call. */
  async management(
    req: HttpRequest,
    options: CallOptions = {},
  ): Promise<{ data: unknown; label: string; endpoint: string }> {
    let data: unknown;
    const res = await this.text(req, options, (r) => {
      // Judged inside the retry loop, so a 5xx or 429 envelope is retried like a network error.
      data = readEnvelope(r).data;
    });
    return { data, label: res.label, endpoint: res.endpoint };
  }

  /** The JSON body of a relay (`/v1/…`) call. */
  async relay(
    req: HttpRequest,
    options: CallOptions = {},
  ): Promise<{ json: unknown; label: string; endpoint: string }> {
    let json: unknown;
    const res = await this.text(req, options, (r) => {
      json = readRelayJson(r);
    });
    return { json, label: res.label, endpoint: res.endpoint };
  }
}
