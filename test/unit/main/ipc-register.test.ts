import { pathToFileURL } from 'node:url';

import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import type { InvokeHandlers } from '../../../electron/core/service/app-service.js';
import { createSenderCheck } from '../../../electron/main/ipc/trusted-sender.js';
import {
  registerInvokeHandlers,
  sendEvent,
  unregisterInvokeHandlers,
} from '../../../electron/main/ipc/register.js';
import { INVOKE_CHANNELS } from '../../../electron/shared/ipc/contract.js';
import {
  BrowserWindow,
  ipcMain,
  resetFakeElectron,
  type FakeFrame,
  type FakeWebContents,
} from '../../fakes/electron/index.js';

const entry = '/opt/AiHubMix Tray/resources/app.asar/dist/renderer/index.html';
const entryUrl = pathToFileURL(entry).href;

let window: InstanceType<typeof BrowserWindow>;
let handlers: InvokeHandlers;
let calls: string[];

function eventFrom(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

beforeEach(async () => {
  resetFakeElectron();
  window = new BrowserWindow({ show: false });
  await window.loadFile(entry);
  calls = [];
  // Every handler records that it ran: a refused call must never reach one.
  handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push(channel);
        return { echoed: request ?? null };
      },
    ]),
  ) as unknown as InvokeHandlers;
  registerInvokeHandlers(
    handlers,
    createSenderCheck({ appContentsId: () => window.webContents.id, entryUrl }),
    { log: () => undefined },
  );
});

describe('registerInvokeHandlers', () => {
  it('registers one handler per contract channel, idempotently', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    // A second registration replaces (removeHandler first) instead of throwing.
    expect(() =>
      registerInvokeHandlers(handlers, () => true, { log: () => undefined }),
    ).not.toThrow();
    unregisterInvokeHandlers();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it("answers the app's own main frame", async () => {
    const result = await ipcMain.invoke('keys:get', eventFrom(window.webContents), { id: 7 });
    expect(result).toEqual({ ok: true, value: { echoed: { id: 7 } } });
    expect(calls).toEqual(['keys:get']);
  });

  it('refuses another webContents, a subframe, a foreign URL and a missing frame', async () => {
    const other = new BrowserWindow({ show: false });
    await other.loadFile(entry); // same page, but not the app's window
    const navigated = new BrowserWindow({ show: false });
    await navigated.loadURL('https://evil.example/index.html');
    const trusted = () => window.webContents.id;
    const cases = [
      eventFrom(other.webContents),
      eventFrom(window.webContents, window.webContents.subframe(entryUrl)),
      eventFrom(window.webContents, {
        ...window.webContents.mainFrame,
        url: 'https://evil.example/',
      }),
      eventFrom(window.webContents, { ...window.webContents.mainFrame, url: `${entryUrl}.evil` }),
      eventFrom(window.webContents, null),
    ];
    expect(trusted()).not.toBe(other.webContents.id);
    for (const event of cases) {
      const result = await ipcMain.invoke('balance:get', event, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('accepts the entry page with a hash route and a query', async () => {
    const frame = { ...window.webContents.mainFrame, url: `${entryUrl}?theme=dark#/keys` };
    const result = await ipcMain.invoke('balance:get', eventFrom(window.webContents, frame));
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a malformed payload with bad_request and a clear message, without calling the handler', async () => {
    const result = (await ipcMain.invoke('keys:get', eventFrom(window.webContents), {
      id: 'seven',
    })) as { ok: false; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('bad_request');
    expect(result.error.message).toMatch(/^keys:get: id: /);
    const extra = (await ipcMain.invoke('accounts:switch', eventFrom(window.webContents), {
      id: 'a1',
      admin: true,
    })) as { ok: false; error: { code: string; message: string } };
    expect(extra.error.code).toBe('bad_request');
    expect(calls).toEqual([]);
  });

  it('turns a thrown handler error into a Result instead of throwing across IPC', async () => {
    handlers['balance:get'] = async () => {
      throw new Error('boom with token d3e0a1b2c3d4e5f60718293a4b5c6d7e');
    };
    const result = await ipcMain.invoke('balance:get', eventFrom(window.webContents));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('d3e0a1b2');
  });
});

describe('sendEvent', () => {
  it('sends to a live window and skips a destroyed one', () => {
    const payload = { view: 'keys' as const };
    expect(sendEvent(window.webContents as never, 'app:navigate', payload)).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'app:navigate', payload }]);
    window.destroy();
    expect(sendEvent(window.webContents as never, 'app:navigate', payload)).toBe(false);
  });
});
