import { MockAgent } from 'undici';
import type { MockInterceptor } from 'undici/types/mock-interceptor.js';
import { AiHubMixClient } from '../../../../electron/core/api/aihubmix-client.js';
import type { ClientOptions } from '../../../../electron/core/api/client-options.js';

export const BASE = 'http://gw.test';
export const TOKEN = 'd3e0a1b2c3d4e5f60718293a4b5c6d7e';

export interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A MockAgent with the network off, and a client on it that never really sleeps. */
export function mockGateway(options: Partial<ClientOptions> = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const seen: Seen[] = [];
  const slept: number[] = [];
  const record = (opts: MockInterceptor.MockResponseCallbackOptions): void => {
    const raw = opts.headers;
    const headers: Record<string, string> = {};
    if (raw instanceof Headers) raw.forEach((v, k) => (headers[k] = v));
    else for (const [k, v] of Object.entries(raw ?? {})) headers[k.toLowerCase()] = String(v);
    const text = typeof opts.body === 'string' ? opts.body : undefined;
    seen.push({
      method: opts.method,
      path: opts.path,
      headers,
      body: text ? JSON.parse(text) : undefined,
    });
  };
  const client = new AiHubMixClient({
    baseUrl: BASE,
    accessToken: TOKEN,
    dispatcher: agent,
    retry: { sleep: async (ms) => void slept.push(ms), random: () => 0.5 },
    ...options,
  });
  /** Replies to `method path` (query ignored) `times` times, recording each request. */
  const on = (
    method: string,
    path: string,
    status: number,
    body: unknown,
    { times = 1, headers = {} }: { times?: number; headers?: Record<string, string> } = {},
  ): void => {
    agent
      .get(options.baseUrl ?? BASE)
      .intercept({ method, path: (p: string) => p.split('?')[0] === path })
      .reply(
        status,
        (opts) => {
          record(opts);
          return typeof body === 'string' ? body : JSON.stringify(body);
        },
        {
          headers: {
            'content-type': typeof body === 'string' ? 'text/html' : 'application/json',
            ...headers,
          },
        },
      )
      .times(times);
  };
  return { agent, client, seen, slept, on, record };
}

export const ok = (data: unknown) => ({ success: true, message: '', data });
