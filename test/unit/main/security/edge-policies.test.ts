import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePacResult } from '../../../../electron/main/pac-result.js';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/content-security-policy.js';
import { isAppEntryUrl } from '../../../../electron/main/security/renderer-origin.js';
import { isAllowedExternalUrl } from '../../../../electron/main/security/safe-open-external.js';
import { parseNameHasOwner, detectTrayHost } from '../../../../electron/main/tray/tray-host.js';
import { restoreBounds } from '../../../../electron/main/windows/window-bounds.js';
import { migrateSettingsFile } from '../../../../electron/main/settings-migrations.js';
import { autostartEntry } from '../../../../electron/main/linux-autostart.js';

describe('content security policy', () => {
  it("is the same policy as renderer/index.html's meta tag", () => {
    const html = readFileSync(
      fileURLToPath(new URL('../../../../renderer/index.html', import.meta.url)),
      'utf8',
    );
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(CONTENT_SECURITY_POLICY).toBe(meta);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});

describe('renderer entry check', () => {
  const entry = 'file:///opt/AiHubMix%20Tray/resources/app.asar/dist/renderer/index.html';
  it.each([
    [entry, true],
    [`${entry}#/keys`, true],
    [`${entry}?x=1`, true],
    ['file:///opt/AiHubMix Tray/resources/app.asar/dist/renderer/index.html', true],
    [`${entry}.evil`, false],
    ['file:///opt/AiHubMix%20Tray/resources/app.asar/dist/renderer/other.html', false],
    ['file://server/opt/AiHubMix%20Tray/resources/app.asar/dist/renderer/index.html', false],
    ['https://aihubmix.com/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isAppEntryUrl(url, entry)).toBe(ok));
  it('ignores drive-letter case on Windows', () => {
    expect(isAppEntryUrl('file:///c:/App/index.html', 'file:///C:/App/index.html')).toBe(true);
  });
});

describe('external links', () => {
  it.each([
    ['https://aihubmix.com/topup', null, true],
    ['https://console.aihubmix.com/token', null, true],
    ['https://gw.example.com/x', 'https://gw.example.com', true],
    ['http://aihubmix.com/topup', null, false],
    ['https://aihubmix.com.evil.example/', null, false],
    ['https://user:pw@aihubmix.com/', null, false],
    ['file:///etc/passwd', null, false],
    ['javascript:alert(1)', null, false],
    ['https://example.com/', 'https://gw.example.com', false],
  ])('%s (account %s) → %s', (url, base, ok) => expect(isAllowedExternalUrl(url, base)).toBe(ok));
});

describe('PAC result', () => {
  it.each([
    ['DIRECT', { kind: 'direct' }],
    ['', { kind: 'direct' }],
    ['PROXY proxy.corp:8080; DIRECT', { kind: 'proxy', uri: 'http://proxy.corp:8080' }],
    ['HTTPS secure.corp:443', { kind: 'proxy', uri: 'https://secure.corp:443' }],
    ['PROXY [::1]:3128', { kind: 'proxy', uri: 'http://[::1]:3128' }],
    ['SOCKS5 socks.corp:1080; PROXY p:8080', { kind: 'proxy', uri: 'http://p:8080' }],
    ['PROXY bad host:80; DIRECT', { kind: 'direct' }],
  ])('%s', (answer, expected) => expect(parsePacResult(answer)).toEqual(expected));
  it('SOCKS only: direct, with a note', () => {
    expect(parsePacResult('SOCKS5 socks.corp:1080')).toMatchObject({
      kind: 'direct',
      note: /SOCKS/,
    });
  });
});

describe('tray host probe', () => {
  it('reads dbus-send and gdbus answers', () => {
    expect(parseNameHasOwner('method return time=1\n   boolean true\n')).toBe(true);
    expect(parseNameHasOwner('   boolean false\n')).toBe(false);
    expect(parseNameHasOwner('(true,)\n')).toBe(true);
    expect(parseNameHasOwner('(false,)\n')).toBe(false);
    expect(parseNameHasOwner('')).toBeNull();
  });
  it('missing watcher, no bus, no tools, and other platforms', async () => {
    const enoent = Object.assign(new Error('spawn'), { code: 'ENOENT' });
    expect(await detectTrayHost('linux', async () => 'boolean false')).toBe('missing');
    expect(await detectTrayHost('linux', async () => 'boolean true')).toBe('available');
    expect(await detectTrayHost('linux', async () => Promise.reject(new Error('no bus')))).toBe(
      'missing',
    );
    expect(await detectTrayHost('linux', async () => Promise.reject(enoent))).toBe('unknown');
    expect(await detectTrayHost('win32', async () => 'boolean false')).toBe('available');
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('restores bounds on a visible display, drops the position otherwise', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 900, height: 700 }, screen)).toEqual({
      x: 100,
      y: 80,
      width: 900,
      height: 700,
    });
    expect(restoreBounds({ x: 4000, y: 80, width: 900, height: 700 }, screen)).toEqual({
      width: 900,
      height: 700,
    });
    expect(restoreBounds('garbage', screen)).toEqual({ width: 1040, height: 720 });
  });
});

describe('settings migration', () => {
  it('lifts a v0 flat file into v1 and leaves v1 alone', () => {
    expect(migrateSettingsFile({ pollIntervalSec: 120, __internal__: {}, junk: 1 })).toEqual({
      version: 1,
      settings: { pollIntervalSec: 120 },
    });
    const v1 = { version: 1, settings: { theme: 'dark' } };
    expect(migrateSettingsFile(v1)).toEqual(v1);
    expect(migrateSettingsFile(null)).toEqual({ version: 1, settings: {} });
  });
});

describe('linux autostart', () => {
  it('quotes the executable and starts hidden', () => {
    expect(autostartEntry('/opt/AiHubMix Tray/aihubmix-tray')).toContain(
      'Exec="/opt/AiHubMix Tray/aihubmix-tray" --hidden',
    );
  });
});
