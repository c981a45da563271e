import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../fakes/electron/index.js'));

import { installContentSecurityPolicy } from '../../../../electron/main/security/content-security-policy.js';
import { installPermissionHandlers } from '../../../../electron/main/security/permissions.js';
import { isAppEntryUrl } from '../../../../electron/main/security/renderer-origin.js';
import { createSafeOpenExternal } from '../../../../electron/main/security/safe-open-external.js';
import { installWebContentsGuards } from '../../../../electron/main/security/web-contents-guards.js';
import {
  BrowserWindow,
  app,
  fakeState,
  resetFakeElectron,
  session,
  shell,
} from '../../../fakes/electron/index.js';

const entryUrl = 'file:///app/dist/renderer/index.html';

function navigationEvent(url: string, isMainFrame = true) {
  return {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  installWebContentsGuards(app as never, {
    isAppEntryUrl: (url) => isAppEntryUrl(url, entryUrl),
    openExternal: createSafeOpenExternal(
      (url) => shell.openExternal(url),
      () => null,
    ),
  });
});

describe('webContents guards', () => {
  it('refuse navigation away from the app, handing allowed links to the browser', async () => {
    const { webContents } = new BrowserWindow();
    const away = navigationEvent('https://aihubmix.com/models');
    webContents.emit('will-navigate', away);
    const evil = navigationEvent('https://evil.example/');
    webContents.emit('will-navigate', evil);
    const home = navigationEvent(`${entryUrl}#/keys`);
    webContents.emit('will-navigate', home);
    const frame = navigationEvent(entryUrl, false);
    webContents.emit('will-frame-navigate', frame);
    const webview = navigationEvent('');
    webContents.emit('will-attach-webview', webview);
    await Promise.resolve();
    expect([away, evil, home, frame, webview].map((e) => e.defaultPrevented)).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(fakeState.openedExternal).toEqual(['https://aihubmix.com/models']);
  });

  it('deny every new window; only allowed https links reach the browser', async () => {
    const { webContents } = new BrowserWindow();
    expect(webContents.windowOpenHandler?.({ url: 'https://aihubmix.com/topup' })).toEqual({
      action: 'deny',
    });
    expect(webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    await Promise.resolve();
    expect(fakeState.openedExternal).toEqual(['https://aihubmix.com/topup']);
  });
});

describe('session policies', () => {
  it('deny permissions, except plain-text clipboard writes from the app itself', () => {
    const appWindow = new BrowserWindow();
    const other = new BrowserWindow();
    installPermissionHandlers(
      session.defaultSession as never,
      (contents) => contents === (appWindow.webContents as never),
    );
    const decide = (contents: unknown, permission: string): boolean => {
      let granted: boolean | null = null;
      fakeState.session.permissionRequest?.(
        contents,
        permission,
        (ok: boolean) => (granted = ok),
        {},
      );
      const checked = fakeState.session.permissionCheck?.(contents, permission, 'file:///', {});
      expect(checked).toBe(granted);
      return granted ?? false;
    };
    expect(decide(appWindow.webContents, 'clipboard-sanitized-write')).toBe(true);
    expect(decide(other.webContents, 'clipboard-sanitized-write')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(decide(appWindow.webContents, permission)).toBe(false);
    }
  });

  it('replaces any CSP response header with the strict policy', () => {
    installContentSecurityPolicy(session.defaultSession as never);
    let result: { responseHeaders?: Record<string, string[]> } = {};
    fakeState.session.headersReceived?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (r) => (result = r as typeof result),
    );
    expect(result.responseHeaders?.['X-Other']).toEqual(['1']);
    expect(result.responseHeaders?.['content-security-policy']).toBeUndefined();
    expect(result.responseHeaders?.['Content-Security-Policy']?.[0]).toMatch(
      /^default-src 'none'; script-src 'self'/,
    );
  });
});
