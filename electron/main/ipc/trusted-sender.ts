import { isAppEntryUrl } from '../security/renderer-origin.js';

/**
 * Who may call the app's IPC handlers (security checklist item 17). The renderer is treated as
 * untrusted input, but at least the caller must be the app's own page: the main frame of the
 * app's window (by webContents id, not by "some BrowserWindow"), showing the app's entry file.
 * That rejects subframes, any other webContents (a devtools extension page, a future window that
 * shows remote content) and the app's window after it was somehow navigated elsewhere.
 */

/** The parts of an IPC event the check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderFrameLike {
  readonly url: string;
  readonly routingId: number;
  readonly processId: number;
  readonly parent: unknown;
}

export interface SenderEventLike {
  readonly sender: { readonly id: number; readonly mainFrame: SenderFrameLike };
  readonly senderFrame: SenderFrameLike | null;
}

export interface SenderPolicy {
  /** The webContents id of the app's window; null while it does not exist. */
  appContentsId(): number | null;
  /** file://…/dist/renderer/index.html */
  entryUrl: string;
}

export function createSenderCheck(policy: SenderPolicy): (event: SenderEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    // null: the frame navigated away or was destroyed before the message was handled.
    if (frame === null || frame === undefined) return false;
    const appId = policy.appContentsId();
    if (appId === null || event.sender.id !== appId) return false;
    const main = event.sender.mainFrame;
    const isMainFrame =
      frame.parent === null &&
      frame.routingId === main.routingId &&
      frame.processId === main.processId;
    if (!isMainFrame) return false;
    return isAppEntryUrl(frame.url, policy.entryUrl);
  };
}
