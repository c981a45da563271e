import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LightAgent, lightRequest } from '../../../electron/cli/light-http.js';
import { transportError } from '../../../electron/core/api/transport-errors.js';

describe('light-http (the CLI transport without undici)', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; length: string | undefined; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', length: req.headers['content-length'], body });
        if (req.url === '/slow') {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.write('data: 1\n\n');
          return; // never ends: the caller's signal must stop it
        }
        res.writeHead(201, { 'content-type': 'application/json', 'x-extra': 'yes' });
        res.end(JSON.stringify({ ok: 'ünïcode ✓' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('answers like undici: status, lower-case headers, body.text(), JSON body with its length', async () => {
    const agent = new LightAgent();
    const res = await lightRequest(
      new URL(`${base}/x?a=1`),
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":"é"}' },
      agent,
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers['x-extra']).toBe('yes');
    expect(JSON.parse(await res.body.text())).toEqual({ ok: 'ünïcode ✓' });
    expect(seen.at(-1)).toEqual({ method: 'POST', length: '10', body: '{"n":"é"}' });
    await agent.close();
  });

  it('an aborted signal stops a stream that never ends', async () => {
    const agent = new LightAgent();
    const controller = new AbortController();
    const res = await lightRequest(`${base}/slow`, { signal: controller.signal }, agent);
    const chunks: string[] = [];
    const reading = (async () => {
      for await (const chunk of res.body) {
        chunks.push(String(chunk));
        controller.abort();
      }
    })();
    await expect(reading).rejects.toThrow();
    expect(chunks.join('')).toContain('data: 1');
    await agent.close();
  });

  it('a refused connection carries the system code the core classifies', async () => {
    const agent = new LightAgent();
    const error = await lightRequest('http://127.0.0.1:9/', {}, agent).catch((e: unknown) => e);
    const api = transportError(error, {
      label: 'GET /',
      endpoint: '/',
      callerSignal: undefined,
      timedOutAfterMs: null,
      connectTimeoutMs: 10_000,
    });
    expect(api.code).toBe('network');
    expect(api.message).toContain('connection refused');
  });

  it('refuses a URL that is not http(s) before connecting', async () => {
    await expect(lightRequest('ftp://example.com/', {}, new LightAgent())).rejects.toThrow(
      /Unsupported protocol/,
    );
  });
});
