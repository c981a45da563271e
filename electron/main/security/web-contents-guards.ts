import type { App, WebContents } from 'electron';

/**
 * Guards installed on EVERY webContents the app ever creates (app 'web-contents-created'), so a
 * window added later cannot forget them (security checklist items 11 to 14):
 * - navigation away from the app's own page is refused; an allowed https link (AiHubMix) opens
 *   in the browser instead, where the user expects it;
 * - new windows are refused (`window.open`, target=_blank), with the same browser hand-off;
 * - <webview> is never attached: the app has no use for one.
 */
export interface GuardPolicy {
  isAppEntryUrl(url: string): boolean;
  /** Opens the URL in the browser if the external-link policy allows it. */
  openExternal(url: string): Promise<boolean>;
}

export function installWebContentsGuards(app: Pick<App, 'on'>, policy: GuardPolicy): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));
}

export function guardWebContents(contents: WebContents, policy: GuardPolicy): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (policy.isAppEntryUrl(url)) return;
    event.preventDefault();
    void policy.openExternal(url);
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
  // Subframes navigate without 'will-navigate'; the page has no frames, so refuse them outright.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  // A redirect is never the user's choice: refuse it without the browser hand-off.
  contents.on('will-redirect', (event) => {
    if (!policy.isAppEntryUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void policy.openExternal(url);
    return { action: 'deny' };
  });
}
