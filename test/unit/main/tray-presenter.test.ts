import { describe, expect, it } from 'vitest';

import type { TrayModel } from '../../../electron/core/service/app-service.js';
import type { BalanceLevel, MonitorState } from '../../../electron/shared/domain/balance.js';
import type { AccountView } from '../../../electron/shared/ipc/views.js';
import {
  presentTray,
  tomorrowMorning,
  trayIconFor,
} from '../../../electron/main/tray/tray-presenter.js';
import type { TrayMenuEntry } from '../../../electron/main/tray/tray-presenter.js';

const now = new Date(2026, 2, 14, 15, 30); // local time, so clock strings are predictable

const account = (id: string, name = 'Work'): AccountView => ({
  id,
  name,
  baseUrl: 'https://aihubmix.com',
  username: 'alice',
  tokenHint: 'ab12',
  demo: false,
  connected: true,
});

function model(
  level: BalanceLevel,
  balanceUsd: number | null,
  extra: Partial<MonitorState> = {},
): TrayModel {
  const fetchedAt = new Date(now.getTime() - 60_000);
  return {
    state: {
      level,
      snapshot:
        balanceUsd === null
          ? null
          : {
              userId: 1,
              username: 'alice',
              displayName: null,
              group: 'default',
              balanceUsd,
              usedUsd: 10,
              quota: balanceUsd * 500_000,
              usedQuota: 5_000_000,
              requestCount: 3,
              quotaPerUnit: 500_000,
              fetchedAt,
            },
      lastGoodAt: balanceUsd === null ? null : fetchedAt,
      lastAttemptAt: fetchedAt,
      lastError: null,
      forecast: { kind: 'estimate', daysLeft: 11.2, spendPerDayUsd: 2.2, basedOnHours: 48 },
      nextPollAt: null,
      pausedUntil: null,
      ...extra,
    },
    account: account('a1'),
    alertsPausedUntil: null,
    accounts: [account('a1')],
  };
}

const first = (entries: TrayMenuEntry[]): TrayMenuEntry | undefined => entries[0];
const labels = (entries: TrayMenuEntry[]): string[] =>
  entries.flatMap((e) => (e.kind === 'separator' ? [] : [e.label]));

describe('tray presenter', () => {
  it.each([
    ['healthy', 24.69, 'healthy-on-light.png', '$24.69 left · about 11 days'],
    ['low', 4.82, 'low-on-light.png', '$4.82 left · about 11 days'],
    ['critical', 0.5, 'critical-on-light.png', '$0.50 left · about 11 days'],
    ['depleted', 0, 'depleted-on-light.png', '$0.00 left · balance used up'],
  ] as const)(
    '%s: icon, tooltip and a disabled first item with the balance',
    (level, usd, icon, text) => {
      const view = presentTray({
        model: model(level, usd),
        platform: 'win32',
        darkTaskbar: false,
        now,
      });
      expect(view.icon).toEqual({ file: icon, template: false });
      expect(first(view.menu)).toEqual({ kind: 'item', label: text, enabled: false });
      expect(view.tooltip).toBe(`AiHubMix Tray: ${text}`);
      expect(view.title).toBeNull();
    },
  );

  it('says how old a stale reading is instead of showing it as current', () => {
    const lastGoodAt = new Date(2026, 2, 14, 14, 2);
    const view = presentTray({
      model: model('stale', 24.69, { lastGoodAt }),
      platform: 'darwin',
      darkTaskbar: false,
      now,
    });
    expect(first(view.menu)).toMatchObject({ label: 'Balance out of date (last read 14:02)' });
    expect(view.icon).toEqual({ file: 'staleTemplate.png', template: true });
    expect(view.title).toBe('');
    const yesterday = presentTray({
      model: model('stale', 24.69, { lastGoodAt: new Date(2026, 2, 13, 9, 5) }),
      platform: 'linux',
      darkTaskbar: true,
      now,
    });
    expect(first(yesterday.menu)).toMatchObject({
      label: 'Balance out of date (last read Mar 13, 09:05)',
    });
    expect(yesterday.icon.file).toBe('stale-on-dark.png');
  });

  it('signed out: the first item says how to sign in and the menu offers it', () => {
    const signedOut = { ...model('signed_out', null), account: null, accounts: [] };
    const view = presentTray({ model: signedOut, platform: 'linux', darkTaskbar: false, now });
    expect(first(view.menu)).toMatchObject({ label: 'Signed out — open AiHubMix Tray to sign in' });
    expect(view.icon.file).toBe('signed-out-on-light.png');
    expect(labels(view.menu)).toContain('Sign In…');
    expect(labels(view.menu)).not.toContain('Refresh Now');
  });

  it('error before any reading names the problem', () => {
    const view = presentTray({
      model: model('error', null, { lastError: { code: 'network', message: 'down' } }),
      platform: 'win32',
      darkTaskbar: true,
      now,
    });
    expect(first(view.menu)).toMatchObject({
      label: 'Balance unavailable — AiHubMix cannot be reached',
    });
    expect(view.icon.file).toBe('error-on-dark.png');
  });

  it('macOS shows the balance as title with template icons; elsewhere no title', () => {
    const mac = presentTray({
      model: model('low', 4.82),
      platform: 'darwin',
      darkTaskbar: true,
      now,
    });
    expect(mac.title).toBe('$4.82');
    expect(mac.icon).toEqual({ file: 'lowTemplate.png', template: true });
    for (const platform of ['win32', 'linux'] as const) {
      expect(
        presentTray({ model: model('low', 4.82), platform, darkTaskbar: true, now }).title,
      ).toBeNull();
    }
  });

  it('menu order: balance, refresh, open views, top up, pause submenu, settings, quit', () => {
    const view = presentTray({
      model: model('healthy', 24.69),
      platform: 'linux',
      darkTaskbar: false,
      now,
    });
    expect(labels(view.menu)).toEqual([
      '$24.69 left · about 11 days',
      'Refresh Now',
      'Open Account…',
      'Open Keys…',
      'Open Models…',
      'Open Chat…',
      'Top Up…',
      'Pause Alerts',
      'Settings…',
      'Quit AiHubMix Tray',
    ]);
    const pause = view.menu.find((e) => e.kind === 'submenu' && e.label === 'Pause Alerts');
    expect(pause?.kind === 'submenu' && labels(pause.items)).toEqual([
      'For 1 Hour',
      'For 8 Hours',
      'Until Tomorrow Morning',
      'Resume Alerts',
    ]);
  });

  it('paused alerts show until when, and Resume is enabled', () => {
    const paused = { ...model('healthy', 24.69), alertsPausedUntil: new Date(2026, 2, 14, 16, 30) };
    const view = presentTray({ model: paused, platform: 'linux', darkTaskbar: false, now });
    expect(view.menu[1]).toMatchObject({ label: 'Alerts paused until 16:30', enabled: false });
    expect(view.tooltip).toContain('alerts paused until 16:30');
    const pause = view.menu.find((e) => e.kind === 'submenu' && e.label === 'Pause Alerts');
    const resume = pause?.kind === 'submenu' ? pause.items.at(-1) : undefined;
    expect(resume).toMatchObject({
      label: 'Resume Alerts',
      enabled: true,
      action: { type: 'pause-alerts', until: null },
    });
  });

  it('several accounts: a radio switcher with the active one checked', () => {
    const two = {
      ...model('healthy', 24.69),
      accounts: [account('a1', 'Work'), account('a2', 'Home')],
    };
    const view = presentTray({ model: two, platform: 'win32', darkTaskbar: false, now });
    const switcher = view.menu.find((e) => e.kind === 'submenu' && e.label === 'Account');
    expect(switcher?.kind === 'submenu' && switcher.items).toEqual([
      { kind: 'radio', label: 'Work', checked: true, action: { type: 'switch-account', id: 'a1' } },
      {
        kind: 'radio',
        label: 'Home',
        checked: false,
        action: { type: 'switch-account', id: 'a2' },
      },
    ]);
    expect(view.tooltip).toContain('Work');
  });

  it('picks icons per taskbar', () => {
    expect(trayIconFor('signed_out', 'linux', true)).toEqual({
      file: 'signed-out-on-dark.png',
      template: false,
    });
    expect(tomorrowMorning(now)).toEqual(new Date(2026, 2, 15, 8, 0));
  });
});
