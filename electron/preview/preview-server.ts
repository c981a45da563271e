import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { AppService } from '../core/service/app-service.js';
import { createAppService } from '../core/service/create-app-service.js';
import { dispatchInvoke } from '../core/service/dispatch-invoke.js';
import type { SimulatorHandle, SimulatorOptions } from '../simulator/index.js';
import { BRIDGE_PATH, BridgeSocket } from './bridge-socket.js';
import { createNodePorts, type RecordedClipboard, type SecretsChoice } from './node-ports.js';
import { createStaticHandler, injectBridgeConfig, send } from './static-files.js';

export interface PreviewOptions {
  /** The built renderer (with index.html). */
  rendererDir: string;
  /** Settings, accounts, balance history and catalog cache; a temp folder (removed at close) if absent. */
  dataDir?: string;
  /** Pre-adds and activates an account, or starts the demo server and its account. */
  account?: { baseUrl: string; accessToken: string } | { demo: true } | null;
  /** 'auto' (default): the keychain when it works, else memory. Tests pass 'memory'. */
  secrets?: SecretsChoice;
  /** Options of the in-process demo server. */
  simulator?: SimulatorOptions;
  /** Default 0: a random free port. Always on 127.0.0.1. */
  port?: number;
  version?: string;
}

export interface PreviewServer {
  /** The page to open, e.g. http://127.0.0.1:5173/ */
  url: string;
  /** The WebSocket URL with this run's secret (what the page's meta tag carries). */
  bridgeUrl: string;
  service: AppService;
  clipboard: RecordedClipboard;
  /** URLs the app asked the OS to open. */
  opened: string[];
  /** The demo server, when one runs (for tests that check the server's state). */
  simulator(): SimulatorHandle | null;
  close(): Promise<void>;
}

/**
 * The real core in Node behind the real renderer in a plain browser: serves the built renderer
 * and a WebSocket bridge on 127.0.0.1. For development and end-to-end tests only; the packaged
 * app never imports this folder.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'aihubmix-preview-')));
  const node = await createNodePorts({
    dataDir,
    secrets: options.secrets ?? 'auto',
    ...(options.simulator ? { simulator: options.simulator } : {}),
    ...(options.version ? { version: options.version } : {}),
  });
  const service = createAppService(node.ports);
  const secret = randomBytes(24).toString('base64url');
  let port = 0;
  const hosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const bridge = new BridgeSocket(service, secret, () => hosts().map((host) => `http://${host}`));
  const bridgeUrl = (): string => `ws://127.0.0.1:${port}${BRIDGE_PATH}?secret=${secret}`;
  const serveStatic = createStaticHandler(options.rendererDir, async () =>
    injectBridgeConfig(
      await readFile(join(options.rendererDir, 'index.html'), 'utf8'),
      bridgeUrl(),
    ),
  );
  // A DNS-rebinding page (evil.example resolving to 127.0.0.1) would send its own Host: refuse it,
  // or it could read the secret out of index.html.
  const hostAllowed = (req: IncomingMessage): boolean => hosts().includes(req.headers.host ?? '');

  const server = createServer((req, res) => {
    if (!hostAllowed(req)) return send(res, 403, 'Forbidden');
    serveStatic(req, res).catch(() => send(res, 500, 'The preview could not read the renderer.'));
  });
  server.on('upgrade', (req, socket, head) => {
    if (!hostAllowed(req)) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    bridge.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await bridge.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await service.stop();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    })());

  try {
    await service.start();
    await addConfiguredAccount(service, options.account ?? null);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    url: `http://127.0.0.1:${port}/`,
    bridgeUrl: bridgeUrl(),
    service,
    clipboard: node.clipboard,
    opened: node.opened,
    simulator: node.simulator,
    close,
  };
}

async function addConfiguredAccount(
  service: AppService,
  account: PreviewOptions['account'],
): Promise<void> {
  if (!account) return;
  const result =
    'demo' in account
      ? await dispatchInvoke(service.handlers, 'accounts:start-demo', undefined)
      : await dispatchInvoke(service.handlers, 'accounts:add', {
          token: account.accessToken,
          baseUrl: account.baseUrl,
        });
  if (!result.ok)
    throw new Error(`The configured account could not be added: ${result.error.message}`);
}
