import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import {
  startPreviewServer,
  type PreviewServer,
} from '../../../electron/preview/preview-server.js';
import type { MonitorState } from '../../../electron/shared/domain/balance.js';
import type { AccountsView, BalanceView } from '../../../electron/shared/ipc/views.js';
import {
  decodeWireMessage,
  encodeWireMessage,
  type WireMessage,
} from '../../../electron/shared/ipc/wire-codec.js';
import type { Result } from '../../../electron/shared/result.js';

const INDEX = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'; base-uri 'none'" /></head><body><div id="root"></div></body></html>`;

let rendererDir: string;
let preview: PreviewServer;

/** A connected page: invoke by id, and everything received kept in order. */
async function connect(url: string, origin?: string) {
  const socket = new WebSocket(url, origin ? { origin } : {});
  const received: WireMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    received.push(decodeWireMessage(data.toString()));
    for (const waiter of [...waiters]) waiter();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const waitFor = <T extends WireMessage>(match: (m: WireMessage) => m is T): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message')), 10_000);
      const check = (): void => {
        const found = received.find(match);
        if (!found) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  let nextId = 1;
  return {
    socket,
    received,
    waitFor,
    async invoke<T>(channel: string, request?: unknown): Promise<Result<T>> {
      const id = nextId++;
      socket.send(encodeWireMessage({ type: 'invoke', id, channel, request }));
      const reply = await waitFor(
        (m): m is Extract<WireMessage, { type: 'result' }> => m.type === 'result' && m.id === id,
      );
      return reply.result as Result<T>;
    },
  };
}

/** A GET that neither normalizes the path nor fixes the Host header, as a hostile page could. */
function rawGet(path: string, host?: string): Promise<number> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host ? { host } : {} }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function refused(url: string, origin?: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, origin ? { origin } : {});
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve(-1));
  });
}

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'aihubmix-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), INDEX);
  await writeFile(join(rendererDir, 'app.js'), 'console.log(1);');
  preview = await startPreviewServer({
    rendererDir,
    account: { demo: true },
    secrets: 'memory',
    simulator: { balanceUsd: 24.69 },
  });
});

afterAll(async () => {
  await preview?.close();
  await rm(rendererDir, { recursive: true, force: true });
});

describe('browser-preview bridge', () => {
  it('serves index.html with the bridge URL and a CSP that allows it', async () => {
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain(`<meta name="aihubmix-bridge" content="${preview.bridgeUrl}" />`);
    const origin = new URL(preview.bridgeUrl).origin;
    expect(html).toContain(`connect-src 'self' ${origin}`);
    expect(await (await fetch(new URL('app.js', preview.url))).text()).toBe('console.log(1);');
    expect(await rawGet('/../../../../etc/passwd.js')).toBe(404);
    expect(await rawGet('/..%2f..%2f..%2f..%2fetc%2fpasswd.js')).toBe(404);
  });

  it('invokes the contract over the socket and pushes events', async () => {
    const page = await connect(preview.bridgeUrl);
    try {
      const accounts = await page.invoke<AccountsView>('accounts:list');
      expect(accounts.ok).toBe(true);
      if (!accounts.ok) return;
      expect(accounts.value.accounts).toHaveLength(1);
      expect(accounts.value.accounts[0]?.demo).toBe(true);
      expect(JSON.stringify(accounts.value)).not.toContain(preview.simulator()?.accessToken ?? '?');

      const balance = await page.invoke<BalanceView>('balance:get');
      if (!balance.ok) throw new Error(balance.error.message);
      expect(balance.value.state.snapshot?.balanceUsd).toBeCloseTo(24.69, 2);
      // Dates survive the trip as Dates.
      expect(balance.value.state.lastGoodAt).toBeInstanceOf(Date);

      preview.simulator()?.control.setBalanceUsd(12.5);
      const refreshed = await page.invoke<MonitorState>('balance:refresh');
      expect(refreshed.ok).toBe(true);
      const event = await page.waitFor(
        (m): m is Extract<WireMessage, { type: 'event' }> =>
          m.type === 'event' &&
          m.channel === 'balance:changed' &&
          (m.payload as MonitorState).snapshot?.balanceUsd === 12.5,
      );
      expect((event.payload as MonitorState).level).toBe('healthy');

      const invalid = await page.invoke('keys:get', { id: 'one' });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      const unknown = await page.invoke('shell:exec', {});
      expect(unknown).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    } finally {
      page.socket.close();
    }
  });

  it('copies keys into the recorded clipboard, not into the response', async () => {
    const page = await connect(preview.bridgeUrl);
    try {
      const copied = await page.invoke('keys:copy', { ids: [1] });
      // The list was never loaded on this session; one-api's detail read is not used for copy.
      expect(copied.ok).toBe(true);
      await page.invoke('keys:list');
      const again = await page.invoke<{ copied: number }>('keys:copy', { ids: [1] });
      expect(again).toEqual({ ok: true, value: { copied: 1, unavailable: 0 } });
      expect(preview.clipboard.last()).toBe(preview.simulator()?.apiKey);
      expect(JSON.stringify(page.received)).not.toContain(preview.simulator()?.apiKey ?? '?');
    } finally {
      page.socket.close();
    }
  });

  it('refuses a wrong secret, a foreign origin and a foreign Host', async () => {
    const wrong = new URL(preview.bridgeUrl);
    wrong.searchParams.set('secret', 'guessed');
    expect(await refused(wrong.toString())).toBe(403);
    const noSecret = new URL(preview.bridgeUrl);
    noSecret.search = '';
    expect(await refused(noSecret.toString())).toBe(403);
    expect(await refused(preview.bridgeUrl, 'http://evil.example')).toBe(403);
    expect(await refused(preview.bridgeUrl, new URL(preview.url).origin)).toBe(101);
    expect(await rawGet('/', 'evil.example')).toBe(403);
    expect(await rawGet('/')).toBe(200);
  });

  it('closes the socket on a malformed message', async () => {
    const page = await connect(preview.bridgeUrl);
    const closed = new Promise<number>((resolve) =>
      page.socket.on('close', (code) => resolve(code)),
    );
    page.socket.send('{"type":"event","channel":"balance:changed","payload":{}}');
    expect(await closed).toBe(1008);
  });
});
