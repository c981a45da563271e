import type { BalanceLevel } from '../../shared/domain/balance.js';
import type { AppView } from '../../shared/ipc/views.js';
import type { TrayModel } from '../../core/service/app-service.js';
import { describeRunwayShortEn } from '../../core/balance/runway-forecast.js';
import { formatUsd } from '../../core/money-format.js';

/**
 * What the tray shows, computed from the service's TrayModel with no Electron in it, so every
 * word and icon choice is unit-tested. The tray controller turns this into Electron calls.
 *
 * The first menu item always carries the balance as text: Linux tray hosts ignore clicks and show
 * tooltips unreliably, and `Tray.setTitle` exists only on macOS (style-anchors §5).
 */

export type TrayPlatform = 'darwin' | 'win32' | 'linux';

/** A click in the tray menu, performed by the controller. */
export type TrayAction =
  | { type: 'refresh' }
  | { type: 'open-view'; view: AppView }
  | { type: 'top-up' }
  | { type: 'pause-alerts'; until: Date | null }
  | { type: 'switch-account'; id: string }
  | { type: 'quit' };

export type TrayMenuEntry =
  | { kind: 'item'; label: string; enabled: boolean; action?: TrayAction }
  | { kind: 'radio'; label: string; checked: boolean; action: TrayAction }
  | { kind: 'submenu'; label: string; items: TrayMenuEntry[] }
  | { kind: 'separator' };

export interface TrayIcon {
  /** File name inside the tray icon folder; the controller resolves it and @2x is picked up. */
  file: string;
  /** macOS template image (black + alpha, recoloured by the menu bar). */
  template: boolean;
}

export interface TrayPresentation {
  icon: TrayIcon;
  /** Title beside the icon: macOS only (null elsewhere, where setTitle does nothing). */
  title: string | null;
  tooltip: string;
  menu: TrayMenuEntry[];
}

export interface TrayPresenterInput {
  model: TrayModel;
  platform: TrayPlatform;
  /** The taskbar (not the app) is dark: pick the light-glyph icons. */
  darkTaskbar: boolean;
  now: Date;
}

const APP_NAME = 'AiHubMix Tray';

/** Icon file stem per level; kebab-case like the asset files. */
const ICON_STEM: Record<BalanceLevel, string> = {
  healthy: 'healthy',
  low: 'low',
  critical: 'critical',
  depleted: 'depleted',
  stale: 'stale',
  signed_out: 'signed-out',
  error: 'error',
};

export function trayIconFor(level: BalanceLevel, platform: TrayPlatform, dark: boolean): TrayIcon {
  const stem = ICON_STEM[level];
  if (platform === 'darwin') return { file: `${stem}Template.png`, template: true };
  // "on-dark" icons have a light outline for dark taskbars, and the reverse: a white icon on a
  // light Windows taskbar is invisible (openai/codex #29037).
  return { file: `${stem}-on-${dark ? 'dark' : 'light'}.png`, template: false };
}

export function presentTray(input: TrayPresenterInput): TrayPresentation {
  const { model, platform, now } = input;
  const signedIn = model.account !== null && model.state.level !== 'signed_out';
  const headline = balanceHeadline(model, now);
  const paused = activePause(model.alertsPausedUntil, now);
  const tooltipParts = [`${APP_NAME}: ${headline}`];
  if (model.accounts.length > 1 && model.account) tooltipParts.push(model.account.name);
  if (paused) tooltipParts.push(`alerts paused until ${formatClock(paused, now)}`);
  return {
    icon: trayIconFor(model.state.level, platform, input.darkTaskbar),
    title: platform === 'darwin' ? macTitle(model) : null,
    tooltip: tooltipParts.join(' · '),
    menu: buildMenu(model, signedIn, headline, paused, now),
  };
}

/** The first menu item: the balance, or why there is none. */
export function balanceHeadline(model: TrayModel, now: Date): string {
  const { state } = model;
  if (model.account === null || state.level === 'signed_out') {
    return 'Signed out — open AiHubMix Tray to sign in';
  }
  const snapshot = state.snapshot;
  if (state.level === 'error' || (snapshot === null && state.lastError !== null)) {
    return `Balance unavailable — ${errorWords(state.lastError?.code)}`;
  }
  if (snapshot === null) return 'Reading balance…';
  if (state.level === 'stale') {
    const at = state.lastGoodAt ?? snapshot.fetchedAt;
    return `Balance out of date (last read ${formatClock(at, now)})`;
  }
  const money = formatUsd(snapshot.balanceUsd);
  if (state.level === 'depleted') return `${money} left · balance used up`;
  const runway = describeRunwayShortEn(state.forecast);
  return runway ? `${money} left · ${runway}` : `${money} left`;
}

/** macOS menu-bar title: the number when it is current, nothing when it would mislead. */
function macTitle(model: TrayModel): string {
  const { level, snapshot } = model.state;
  if (model.account === null || snapshot === null) return '';
  if (level === 'signed_out' || level === 'error' || level === 'stale') return '';
  return formatUsd(snapshot.balanceUsd);
}

function buildMenu(
  model: TrayModel,
  signedIn: boolean,
  headline: string,
  paused: Date | null,
  now: Date,
): TrayMenuEntry[] {
  const menu: TrayMenuEntry[] = [{ kind: 'item', label: headline, enabled: false }];
  if (paused) {
    menu.push({
      kind: 'item',
      label: `Alerts paused until ${formatClock(paused, now)}`,
      enabled: false,
    });
  }
  menu.push({ kind: 'separator' });
  if (signedIn) {
    menu.push(
      { kind: 'item', label: 'Refresh Now', enabled: true, action: { type: 'refresh' } },
      { kind: 'separator' },
      openItem('Open Account…', 'account'),
      openItem('Open Keys…', 'keys'),
      openItem('Open Models…', 'models'),
      openItem('Open Chat…', 'chat'),
      { kind: 'item', label: 'Top Up…', enabled: true, action: { type: 'top-up' } },
      { kind: 'separator' },
      pauseSubmenu(paused, now),
    );
  } else {
    menu.push(openItem('Sign In…', 'onboarding'));
  }
  if (model.accounts.length > 1) {
    menu.push({
      kind: 'submenu',
      label: 'Account',
      items: model.accounts.map((account) => ({
        kind: 'radio' as const,
        label: account.demo ? `${account.name} (demo)` : account.name,
        checked: account.id === model.account?.id,
        action: { type: 'switch-account' as const, id: account.id },
      })),
    });
  }
  menu.push({ kind: 'separator' }, openItem('Settings…', 'settings'), {
    kind: 'item',
    label: `Quit ${APP_NAME}`,
    enabled: true,
    action: { type: 'quit' },
  });
  return menu;
}

function openItem(label: string, view: AppView): TrayMenuEntry {
  return { kind: 'item', label, enabled: true, action: { type: 'open-view', view } };
}

function pauseSubmenu(paused: Date | null, now: Date): TrayMenuEntry {
  const hours = (h: number): Date => new Date(now.getTime() + h * 3_600_000);
  return {
    kind: 'submenu',
    label: 'Pause Alerts',
    items: [
      pauseItem('For 1 Hour', hours(1)),
      pauseItem('For 8 Hours', hours(8)),
      pauseItem('Until Tomorrow Morning', tomorrowMorning(now)),
      { kind: 'separator' },
      {
        kind: 'item',
        label: 'Resume Alerts',
        enabled: paused !== null,
        action: { type: 'pause-alerts', until: null },
      },
    ],
  };
}

function pauseItem(label: string, until: Date): TrayMenuEntry {
  return { kind: 'item', label, enabled: true, action: { type: 'pause-alerts', until } };
}

/** 08:00 local time on the next day: "until tomorrow" means until the user is back at work. */
export function tomorrowMorning(now: Date): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0, 0, 0);
  return next;
}

function activePause(until: Date | null, now: Date): Date | null {
  return until !== null && until.getTime() > now.getTime() ? until : null;
}

function errorWords(code: string | undefined): string {
  switch (code) {
    case 'network':
      return 'AiHubMix cannot be reached';
    case 'timeout':
      return 'AiHubMix did not answer in time';
    case 'rate_limited':
      return 'too many requests, retrying later';
    case 'auth':
      return 'the access token was refused';
    default:
      return 'the gateway returned an error';
  }
}

/** "14:02" today, "Mar 3, 14:02" on another day (local time). */
export function formatClock(at: Date, now: Date): string {
  const clock = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay =
    at.getFullYear() === now.getFullYear() &&
    at.getMonth() === now.getMonth() &&
    at.getDate() === now.getDate();
  if (sameDay) return clock;
  const month = at.toLocaleString('en-US', { month: 'short' });
  return `${month} ${at.getDate()}, ${clock}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
