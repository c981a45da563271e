import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import { buildCli, json, runCli, tempDataDir } from './cli-harness.js';

beforeAll(buildCli, 120_000);

/** A forward proxy (CONNECT tunnels and absolute-form requests) that counts what it carried. */
function startProxy(): Promise<{ url: string; used: () => number; close: () => void }> {
  let used = 0;
  const server: Server = createServer((req, res) => {
    used += 1;
    const upstream = request(req.url ?? '', { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    used += 1;
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        used: () => used,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

describe('proxies from the environment', () => {
  let sim: SimulatorHandle;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let env: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({});
    proxy = await startProxy();
    env = {
      AIHUBMIX_BASE_URL: sim.url,
      AIHUBMIX_ACCESS_TOKEN: sim.accessToken,
      AIHUBMIX_TRAY_DATA_DIR: tempDataDir(),
    };
  });
  afterAll(async () => {
    proxy.close();
    await sim.close();
  });

  it('HTTP_PROXY carries the requests; NO_PROXY lets a host go direct', async () => {
    const viaProxy = await runCli(['balance', '--json'], {
      env: { ...env, HTTP_PROXY: proxy.url },
    });
    expect(viaProxy.code, viaProxy.stderr).toBe(0);
    expect(json<{ balance_usd: number }>(viaProxy).balance_usd).toBeGreaterThan(0);
    expect(proxy.used()).toBeGreaterThan(0);

    const before = proxy.used();
    const direct = await runCli(['balance', '--json'], {
      env: { ...env, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
    });
    expect(direct.code, direct.stderr).toBe(0);
    expect(proxy.used()).toBe(before);
  });

  it('an unreachable proxy is a network failure (exit 4), not a crash', async () => {
    const run = await runCli(['balance'], { env: { ...env, HTTP_PROXY: 'http://127.0.0.1:9' } });
    expect(run.code).toBe(4);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
