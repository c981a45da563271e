import type { Session, WebContents } from 'electron';

/**
 * Electron grants every permission request by default (security checklist item 5). This app's
 * renderer needs none (no camera, microphone, geolocation, notifications from web content: the
 * main process shows notifications), except writing plain text to the clipboard ("Copy" buttons
 * for masked keys and the shown-once new key), and only from the app's own page.
 */
const ALLOWED = new Set<string>(['clipboard-sanitized-write']);

export function installPermissionHandlers(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  isAppContents: (contents: WebContents | null) => boolean,
): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED.has(permission) && isAppContents(contents));
  });
  session.setPermissionCheckHandler((contents, permission) => {
    return ALLOWED.has(permission) && isAppContents(contents);
  });
}
