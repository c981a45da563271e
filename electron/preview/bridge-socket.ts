import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

import type { AppService } from '../core/service/app-service.js';
import { dispatchInvoke } from '../core/service/dispatch-invoke.js';
import {
  decodeWireMessage,
  encodeWireMessage,
  type WireMessage,
} from '../shared/ipc/wire-codec.js';

export const BRIDGE_PATH = '/bridge';

/**
 * The contract over a WebSocket: each invoke goes through dispatchInvoke (the same validation as
 * Electron's ipcMain), and every service event is pushed to every connected page. Only a page
 * that knows this run's secret, from our own origin, may connect: any other local web page could
 * otherwise drive the user's account.
 */
export class BridgeSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  constructor(
    private readonly service: AppService,
    private readonly secret: string,
    private readonly allowedOrigins: () => readonly string[],
  ) {
    this.wss.on('connection', (socket) => this.serve(socket));
  }

  /** The http server's 'upgrade' handler. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!this.admits(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private admits(req: IncomingMessage): boolean {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    if (url.pathname !== BRIDGE_PATH) return false;
    // Browsers always send Origin on a WebSocket; a page from another origin is refused even
    // if it somehow learnt the secret. Non-browser clients (tests) send none.
    const origin = req.headers.origin;
    if (origin !== undefined && !this.allowedOrigins().includes(origin)) return false;
    const given = Buffer.from(url.searchParams.get('secret') ?? '');
    const expected = Buffer.from(this.secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private serve(socket: WebSocket): void {
    const send = (message: WireMessage): void => {
      if (socket.readyState === socket.OPEN) socket.send(encodeWireMessage(message));
    };
    const unsubscribe = this.service.subscribe((channel, payload) =>
      send({ type: 'event', channel, payload }),
    );
    socket.on('close', unsubscribe);
    socket.on('error', () => socket.terminate());
    socket.on('message', (data, isBinary) => {
      if (isBinary) return socket.close(1003, 'Text messages only');
      let message: WireMessage;
      try {
        message = decodeWireMessage(data.toString());
      } catch {
        return socket.close(1007, 'Malformed message');
      }
      if (message.type !== 'invoke') return socket.close(1008, 'Only invoke messages are accepted');
      const { id, channel, request } = message;
      void dispatchInvoke(this.service.handlers, channel, request).then((result) =>
        send({ type: 'result', id, result }),
      );
    });
  }
}
