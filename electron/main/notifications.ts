import { Notification } from 'electron';

import type { BalanceAlert } from '../shared/domain/balance.js';
import type { CatalogWatchAlert } from '../shared/domain/catalog-changes.js';
import type { AppView } from '../shared/ipc/views.js';
import { formatUsd } from '../core/money-format.js';

/**
 * Desktop notifications for balance alerts. The service has already applied the policy (one per
 * crossing, hysteresis, pause, the notifications setting); this only words and shows them.
 * Windows needs an AppUserModelId (set in index.ts) or toasts silently never appear; macOS needs
 * a signed build. Where notifications are unsupported the tray still shows the state.
 */
export interface AlertMessage {
  title: string;
  body: string;
  view: AppView;
}

export function describeAlert(alert: BalanceAlert): AlertMessage {
  switch (alert.kind) {
    case 'low':
      return {
        title: `Balance below ${formatUsd(alert.thresholdUsd)} — ${formatUsd(alert.balanceUsd)} left`,
        body: 'Top up your AiHubMix account to keep your keys working.',
        view: 'account',
      };
    case 'runway':
      return {
        title: `About ${Math.max(0, Math.round(alert.daysLeft))} days of balance left`,
        body: `${formatUsd(alert.balanceUsd)} left at the recent spending pace.`,
        view: 'account',
      };
    case 'depleted':
      return {
        title: `AiHubMix balance used up — ${formatUsd(alert.balanceUsd)} left`,
        body: 'Model requests will fail until you top up.',
        view: 'account',
      };
    case 'topup':
      return {
        title: `Top-up received: +${formatUsd(alert.amountUsd)}`,
        body: `Your balance is now ${formatUsd(alert.balanceUsd)}.`,
        view: 'account',
      };
  }
}

/** Words a change to watch-listed models: the first model named, the rest counted. */
export function describeWatchAlert(alert: CatalogWatchAlert): AlertMessage {
  const { added, removed, repriced } = alert.changes;
  const first = repriced[0];
  const percent = first?.changes.find((change) => change.percent !== null)?.percent ?? null;
  const named =
    first !== undefined
      ? `${first.id} ${percent === null ? 'changed price' : `${percent < 0 ? '' : '+'}${Math.round(percent)}% in price`}`
      : added[0] !== undefined
        ? `${added[0]} was added`
        : removed[0] !== undefined
          ? `${removed[0]} was removed`
          : 'A watched model changed';
  const total = added.length + removed.length + repriced.length;
  return {
    title: 'Watched models changed',
    body: total > 1 ? `${named}, and ${total - 1} more.` : `${named}.`,
    view: 'models',
  };
}

/** Keeps shown notifications referenced until closed: a collected one loses its click handler. */
const live = new Set<Notification>();
const MAX_LIVE = 20;

function keep(notification: Notification): void {
  live.add(notification);
  // Some Linux daemons never report 'close': drop the oldest rather than grow without bound.
  if (live.size > MAX_LIVE) live.delete(live.values().next().value as Notification);
}

export function showAlertNotification(
  alert: BalanceAlert,
  showView: (view: AppView) => void,
): boolean {
  return showMessage(describeAlert(alert), showView);
}

export function showWatchNotification(
  alert: CatalogWatchAlert,
  showView: (view: AppView) => void,
): boolean {
  return showMessage(describeWatchAlert(alert), showView);
}

function showMessage(message: AlertMessage, showView: (view: AppView) => void): boolean {
  if (!Notification.isSupported()) return false;
  const notification = new Notification({ title: message.title, body: message.body });
  keep(notification);
  notification.on('click', () => showView(message.view));
  notification.on('close', () => live.delete(notification));
  notification.show();
  return true;
}

/** A one-off message for the user (settings reset, …); silently skipped where unsupported. */
export function showNotice(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  keep(notification);
  notification.on('close', () => live.delete(notification));
  notification.show();
}
