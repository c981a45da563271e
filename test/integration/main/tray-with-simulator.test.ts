import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import type { AppService } from '../../../electron/core/service/app-service.js';
import { createAppService } from '../../../electron/core/service/create-app-service.js';
import { createJsonSettingsStore } from '../../../electron/core/service/json-settings-store.js';
import { showAlertNotification } from '../../../electron/main/notifications.js';
import { createMemorySecretStore } from '../../../electron/main/secrets/memory-secret-store.js';
import { connectServiceToEdge } from '../../../electron/main/service-events.js';
import { createTrayActions } from '../../../electron/main/tray/tray-actions.js';
import {
  createTrayController,
  type TrayController,
} from '../../../electron/main/tray/tray-controller.js';
import type { AppView } from '../../../electron/shared/ipc/views.js';
import { startSimulator, type SimulatorHandle } from '../../../electron/simulator/index.js';
import {
  Notification,
  Tray,
  clickMenuItem,
  resetFakeElectron,
} from '../../fakes/electron/index.js';

/**
 * The tray and notifications wired exactly as the app wires them (connectServiceToEdge), to a
 * real AppService with memory secrets, against the local AiHubMix-compatible server. A scripted
 * balance drop must show the right icon and first menu item, and exactly one notification per
 * threshold crossing. Polls are driven with "Refresh now", never by waiting.
 */
const iconDir = fileURLToPath(new URL('../../../build/icons/tray/', import.meta.url));

let sim: SimulatorHandle;
let service: AppService;
let tray: TrayController;
let dataDir: string;
const shownViews: AppView[] = [];

const liveTray = () => {
  const [first] = Tray.trays;
  if (!first) throw new Error('no tray was created');
  return first;
};
const firstItem = () => liveTray().menu?.template[0];
const iconFile = () => liveTray().image.path.slice(iconDir.length);
const notifications = () => Notification.shown.map((n) => n.title);

async function dropTo(usd: number): Promise<void> {
  sim.control.setBalanceUsd(usd);
  await service.handlers['balance:refresh'](undefined);
}

beforeAll(async () => {
  resetFakeElectron();
  sim = await startSimulator({ balanceUsd: 24, keys: 1 });
  dataDir = mkdtempSync(join(tmpdir(), 'aihubmix-tray-'));
  service = createAppService({
    dataDir,
    secrets: createMemorySecretStore(),
    settings: createJsonSettingsStore(dataDir),
    openExternal: async () => undefined,
    clipboard: { writeText: () => undefined },
    appInfo: () => ({ version: '0.0.0', platform: 'linux', trayAvailable: true, locale: 'en-US' }),
    startDemoServer: async () => ({ url: sim.url, accessToken: sim.accessToken }),
  });
  const showView = (view: AppView) => shownViews.push(view);
  tray = createTrayController({
    iconDir,
    platform: 'linux',
    desktop: 'KDE',
    model: () => service.trayModel(),
    perform: createTrayActions({ handlers: service.handlers, showView, quit: () => undefined }),
    onActivate: () => showView('account'),
  });
  connectServiceToEdge(service, {
    send: () => undefined,
    renderTray: () => tray.render(),
    notifyAlert: (alert) => showAlertNotification(alert, showView),
  });
  tray.render();
  await service.start();
});

afterAll(async () => {
  tray?.destroy();
  await service?.stop();
  await sim?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('tray and notifications against the simulator', () => {
  it('starts signed out', () => {
    expect(iconFile()).toBe('signed-out-on-light.png');
    expect(firstItem()).toMatchObject({
      label: 'Signed out — open AiHubMix Tray to sign in',
      enabled: false,
    });
  });

  it('shows a healthy balance after signing in', async () => {
    // A long interval: only "Refresh now" polls during this test.
    await service.handlers['settings:update']({ pollIntervalSec: 1800 });
    await service.handlers['accounts:add']({ token: sim.accessToken, baseUrl: sim.url });
    await service.handlers['balance:refresh'](undefined);
    expect(iconFile()).toBe('healthy-on-light.png');
    expect(firstItem()?.label).toBe('$24.00 left');
    expect(liveTray().tooltip).toBe('AiHubMix Tray: $24.00 left');
    expect(notifications()).toEqual([]);
  });

  it('$24 → $4 → $0.50 → $0: one notification per crossing, icon and first item follow', async () => {
    await dropTo(4);
    expect(iconFile()).toBe('low-on-light.png');
    expect(firstItem()?.label).toBe('$4.00 left');
    expect(notifications()).toEqual(['Balance below $5.00 — $4.00 left']);

    await dropTo(4); // the same reading again: no repeat
    await dropTo(3.9); // still below $5, above $1: no repeat
    expect(notifications()).toHaveLength(1);

    await dropTo(0.5);
    expect(iconFile()).toBe('critical-on-light.png');
    expect(firstItem()?.label).toBe('$0.50 left');
    expect(notifications()).toEqual([
      'Balance below $5.00 — $4.00 left',
      'Balance below $1.00 — $0.50 left',
    ]);

    await dropTo(0);
    expect(iconFile()).toBe('depleted-on-light.png');
    expect(firstItem()?.label).toBe('$0.00 left · balance used up');
    expect(notifications()).toHaveLength(3);
    expect(notifications()[2]).toBe('AiHubMix balance used up — $0.00 left');
  });

  it('sets the menu again on every change (Linux needs it)', () => {
    expect(liveTray().contextMenuSets).toBeGreaterThanOrEqual(6);
  });

  it('a notification click opens the account view; menu items call the service', async () => {
    Notification.shown.at(-1)?.click();
    expect(shownViews.at(-1)).toBe('account');

    sim.control.setBalanceUsd(30);
    const template = liveTray().menu?.template ?? [];
    clickMenuItem(template, 'Refresh Now');
    await vi.waitFor(() => expect(iconFile()).toBe('healthy-on-light.png'));
    expect(notifications().at(-1)).toBe('Top-up received: +$30.00');
    clickMenuItem(liveTray().menu?.template ?? [], 'Open Keys…');
    expect(shownViews.at(-1)).toBe('keys');
  });
});
