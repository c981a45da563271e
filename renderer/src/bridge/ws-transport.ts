import type { EventChannel, InvokeChannel } from '../../../electron/shared/ipc/contract.js';
import type { Result } from '../../../electron/shared/result.js';
import type { BridgeTransport } from './build-bridge.js';
import {
  decodeWireMessage,
  encodeWireMessage,
  type WireMessage,
} from '../../../electron/shared/ipc/wire-codec.js';

/**
 * The browser-preview transport: the same contract over a WebSocket to a Node process running the
 * real app service. It exists for development and end-to-end tests only; the Electron build never
 * has a `aihubmix-bridge` meta tag, so this code path stays dead there.
 */
interface Pending {
  resolve(result: Result<unknown>): void;
}

const RECONNECT_MS = 1000;

export function createWsTransport(url: string): BridgeTransport {
  const pending = new Map<number, Pending>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;

  const transportError = (message: string): Result<never> => ({
    ok: false,
    error: { code: 'network', message },
  });

  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      for (const text of queue.splice(0)) ws.send(text);
    });
    ws.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      let message: WireMessage;
      try {
        message = decodeWireMessage(event.data);
      } catch {
        return; // a malformed frame is dropped; its caller gets an answer or a close
      }
      if (message.type === 'result') {
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        const set = listeners.get(message.channel as EventChannel);
        for (const listener of set ?? []) listener(message.payload);
      }
    });
    ws.addEventListener('close', () => {
      // In-flight calls cannot be answered by a new socket: fail them, like an IPC error would.
      for (const call of pending.values()) {
        call.resolve(transportError('The connection to the preview bridge was lost.'));
      }
      pending.clear();
      socket = null;
      setTimeout(connect, RECONNECT_MS);
    });
  };
  connect();

  return {
    invoke(channel: InvokeChannel, request: unknown) {
      const id = nextId++;
      const text = encodeWireMessage({ type: 'invoke', id, channel, request });
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        if (socket?.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
}
