import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import type { TrayModel } from '../../../electron/core/service/app-service.js';
import {
  createTrayController,
  type TrayController,
} from '../../../electron/main/tray/tray-controller.js';
import { trayIconFor, type TrayPlatform } from '../../../electron/main/tray/tray-presenter.js';
import type { BalanceLevel } from '../../../electron/shared/domain/balance.js';
import { Tray, fakeState, nativeTheme, resetFakeElectron } from '../../fakes/electron/index.js';

/**
 * The Electron side of the tray: what tray-presenter decides must reach a real Tray. The words
 * are tested in tray-presenter.test.ts; here, the calls Linux and macOS depend on.
 */
const iconDir = fileURLToPath(new URL('../../../build/icons/tray/', import.meta.url));
const LEVELS: BalanceLevel[] = [
  'healthy',
  'low',
  'critical',
  'depleted',
  'stale',
  'signed_out',
  'error',
];

const now = new Date(2026, 2, 14, 15, 30);
const model = (balanceUsd: number): TrayModel => ({
  state: {
    level: 'healthy',
    snapshot: {
      userId: 1,
      username: 'alice',
      displayName: null,
      group: 'default',
      balanceUsd,
      usedUsd: 1,
      quota: balanceUsd * 500_000,
      usedQuota: 500_000,
      requestCount: 1,
      quotaPerUnit: 500_000,
      fetchedAt: now,
    },
    lastGoodAt: now,
    lastAttemptAt: now,
    lastError: null,
    forecast: { kind: 'insufficient_history' },
    nextPollAt: null,
    pausedUntil: null,
  },
  account: {
    id: 'a1',
    name: 'Work',
    baseUrl: 'https://aihubmix.com',
    username: 'alice',
    tokenHint: 'ab12',
    demo: false,
    connected: true,
  },
  accounts: [],
  alertsPausedUntil: null,
});

let controller: TrayController | null = null;
beforeEach(() => resetFakeElectron());
afterEach(() => {
  controller?.destroy();
  controller = null;
});

function start(platform: TrayPlatform, current: { balance: number }) {
  controller = createTrayController({
    iconDir,
    platform,
    model: () => model(current.balance),
    perform: () => undefined,
    onActivate: () => undefined,
    now: () => now,
    desktop: 'KDE',
  });
  controller.render();
  const tray = Tray.trays[0];
  if (!tray) throw new Error('no tray was created');
  return tray;
}

describe('the tray controller', () => {
  it('ships every icon the presenter can ask for, with its @2x sibling', () => {
    const missing: string[] = [];
    for (const level of LEVELS) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        for (const dark of [false, true]) {
          const { file } = trayIconFor(level, platform, dark);
          for (const name of [file, file.replace(/\.png$/, '@2x.png')]) {
            if (!existsSync(join(iconDir, name))) missing.push(name);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('macOS: a template image, the balance as a monospaced title, the menu set on every render', () => {
    const current = { balance: 24.69 };
    const tray = start('darwin', current);
    expect(tray.image.isTemplateImage()).toBe(true);
    expect(tray.image.path).toBe(join(iconDir, 'healthyTemplate.png'));
    expect(tray.title).toBe('$24.69');
    expect(tray.titleOptions).toEqual({ fontType: 'monospacedDigit' });
    expect(tray.menu?.template[0]?.label).toBe('$24.69 left');
    expect(tray.contextMenuSets).toBe(1);

    current.balance = 20;
    controller?.render();
    expect(tray.title).toBe('$20.00');
    expect(tray.menu?.template[0]?.label).toBe('$20.00 left');
    expect(tray.contextMenuSets).toBe(2);
    expect(Tray.trays).toHaveLength(1);
  });

  it('Linux: no title, a coloured icon for the panel, a new menu after every change', () => {
    const current = { balance: 24.69 };
    const tray = start('linux', current);
    expect(tray.title).toBeNull();
    expect(tray.image.isTemplateImage()).toBe(false);
    expect(tray.image.path).toBe(join(iconDir, 'healthy-on-light.png'));
    const first = tray.menu;
    current.balance = 3;
    controller?.render();
    expect(tray.menu).not.toBe(first);
    expect(tray.contextMenuSets).toBe(2);
  });

  it('follows a theme change to the dark-panel variant', () => {
    const tray = start('linux', { balance: 24.69 });
    fakeState.controls.darkColors = true;
    nativeTheme.emit('updated');
    expect(tray.image.path).toBe(join(iconDir, 'healthy-on-dark.png'));
  });
});
