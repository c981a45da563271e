// The CLI's HTTP client when no proxy is configured: node:http/https, which live in Node's startup
// snapshot, instead of undici, whose dispatchers, HTTP/2 client and llhttp WebAssembly cost a cold
// `hubmix balance` about as much as Node's own start. It implements only what the core's transport
// (electron/core/api/http.ts) asks of undici's `request`; undici-slim.cjs routes to it.
import type { ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import http from 'node:http';
import type { Socket } from 'node:net';

export interface LightRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | null;
  signal?: AbortSignal;
}

export interface LightResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage & { text(): Promise<string> };
}

/** Shaped like undici's errors, so the core's transport-errors.ts classifies it as a timeout. */
class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  readonly code = 'UND_ERR_CONNECT_TIMEOUT';
}

/** The part of node:http and node:https used here (the two differ only in their TLS options). */
interface HttpModule {
  request(url: URL, options: http.RequestOptions): ClientRequest;
  Agent: new (options: http.AgentOptions) => http.Agent;
}

/** https (and with it tls) is loaded only when an https URL is asked for. */
const moduleFor = (protocol: string): HttpModule =>
  protocol === 'https:' ? process.getBuiltinModule('node:https') : http;

/** Stands in for undici's Agent: keep-alive pools per protocol and the connect timeout. */
export class LightAgent {
  readonly connectTimeoutMs: number;
  private readonly pools = new Map<string, http.Agent>();

  constructor(options: { connect?: { timeout?: number } } = {}) {
    this.connectTimeoutMs = options.connect?.timeout ?? 10_000;
  }

  pool(protocol: string): http.Agent {
    let agent = this.pools.get(protocol);
    if (!agent) {
      agent = new (moduleFor(protocol).Agent)({ keepAlive: true });
      this.pools.set(protocol, agent);
    }
    return agent;
  }

  close(): Promise<void> {
    for (const agent of this.pools.values()) agent.destroy();
    this.pools.clear();
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    return this.close();
  }
}

/** Reads the rest of a response as UTF-8 text, as undici's `body.text()` does. */
function withText(res: IncomingMessage): LightResponse['body'] {
  return Object.assign(res, {
    async text(): Promise<string> {
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  });
}

/** undici's `request(url, {dispatcher: agent, …})`, on node:http. */
export function lightRequest(
  url: URL | string,
  options: LightRequestOptions,
  agent: LightAgent,
): Promise<LightResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.reject(new TypeError(`Unsupported protocol ${target.protocol}`));
  }
  const pool = agent.pool(target.protocol);
  const module = moduleFor(target.protocol);
  const body = options.body ?? null;
  const headers: Record<string, string> = { ...options.headers };
  if (body !== null) headers['content-length'] = String(Buffer.byteLength(body));

  return new Promise((resolve, reject) => {
    const req: ClientRequest = module.request(target, {
      method: options.method ?? 'GET',
      headers,
      agent: pool,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    req.once('socket', (socket: Socket) => {
      // A reused keep-alive socket is already connected; only a new one can time out.
      if (!socket.connecting) return;
      const timer = setTimeout(() => {
        req.destroy(new ConnectTimeoutError('Connect timeout'));
      }, agent.connectTimeoutMs);
      const done = (): void => clearTimeout(timer);
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', done);
      socket.once('close', done);
    });
    req.once('response', (res) =>
      resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: withText(res) }),
    );
    req.once('error', reject);
    req.end(body ?? undefined);
  });
}
