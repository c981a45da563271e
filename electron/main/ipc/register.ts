// The ONLY module that imports ipcMain (enforced by a lint rule): every IPC entry point of the
// app passes through the sender check and the contract's validation below.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';

import type { InvokeHandlers } from '../../core/service/app-service.js';
import { dispatchInvoke, type DispatchOptions } from '../../core/service/dispatch-invoke.js';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract.js';
import type { EventChannel, EventPayloads } from '../../shared/ipc/contract.js';
import { fail, type Result } from '../../shared/result.js';
import type { SenderEventLike } from './trusted-sender.js';

export type SenderCheck = (event: SenderEventLike) => boolean;

const FORBIDDEN = fail({
  code: 'forbidden',
  message: 'This request did not come from the AiHubMix Tray window and was refused.',
});

/**
 * Registers one `ipcMain.handle` per contract channel. Each call: the sender is checked first
 * (an untrusted sender gets `forbidden` and the handler never runs), then `dispatchInvoke`
 * validates the request against the contract's schema (`bad_request` with the reason) and turns
 * every outcome into a Result. Handlers never throw across IPC: Electron would pass on only the
 * message of a thrown error (docs/api/ipc-main.md), and a stack could leak details.
 * Idempotent: each channel's previous handler is removed first (Fiddle's idiom).
 */
export function registerInvokeHandlers(
  handlers: InvokeHandlers,
  isTrustedSender: SenderCheck,
  options: DispatchOptions = {},
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(
      channel,
      async (event: IpcMainInvokeEvent, request: unknown): Promise<Result<unknown>> => {
        if (!isTrustedSender(event)) {
          console.warn(`[ipc] refused ${channel}: the sender is not the app's window`);
          return FORBIDDEN;
        }
        return dispatchInvoke(handlers, channel, request, options);
      },
    );
  }
}

export function unregisterInvokeHandlers(): void {
  for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
}

/**
 * Pushes a contract event to a window. A window closed mid-update is skipped silently: sending
 * to a destroyed webContents throws, and the event is re-derived from state on the next open.
 */
export function sendEvent<E extends EventChannel>(
  contents: Pick<WebContents, 'isDestroyed' | 'send'>,
  channel: E,
  payload: EventPayloads[E],
): boolean {
  if (contents.isDestroyed()) return false;
  contents.send(channel, payload);
  return true;
}

/**
 * electron-store registers a synchronous `electron-store-get-data` listener for renderers that
 * use it directly; ours never does (settings go through the contract), so no listener should
 * answer a sendSync from a renderer.
 */
export function removeUnusedIpcListeners(): void {
  ipcMain.removeAllListeners('electron-store-get-data');
}
