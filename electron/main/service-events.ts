import type { AppService } from '../core/service/app-service.js';
import type { AppSettings } from '../shared/domain/settings.js';
import type { BalanceAlert } from '../shared/domain/balance.js';
import type { CatalogWatchAlert } from '../shared/domain/catalog-changes.js';
import type { EventChannel, EventPayloads } from '../shared/ipc/contract.js';

/**
 * Routes the service's events to the Electron edge: every event to the window, alerts to
 * notifications, state changes to the tray, and a change of the secret fallback to the secret
 * store. Kept out of index.ts so the integration test wires the tray exactly as the app does.
 */
export interface EdgeTargets {
  send<E extends EventChannel>(channel: E, payload: EventPayloads[E]): void;
  renderTray(): void;
  notifyAlert(alert: BalanceAlert): void;
  notifyWatch?(alert: CatalogWatchAlert): void;
  secretFallbackChanged?(fallback: AppSettings['secretFallback']): void;
  /** The fallback in effect now, so the first change is noticed. */
  initialSecretFallback?: AppSettings['secretFallback'];
}

const TRAY_CHANNELS = new Set<EventChannel>([
  'balance:changed',
  'accounts:changed',
  'settings:changed',
]);

export function connectServiceToEdge(service: AppService, targets: EdgeTargets): () => void {
  let fallback = targets.initialSecretFallback ?? null;
  return service.subscribe((channel, payload) => {
    targets.send(channel, payload);
    if (channel === 'balance:alert') targets.notifyAlert(payload as BalanceAlert);
    if (channel === 'catalog:watch-alert') targets.notifyWatch?.(payload as CatalogWatchAlert);
    if (channel === 'settings:changed') {
      const next = (payload as AppSettings).secretFallback;
      if (fallback !== null && next !== fallback) targets.secretFallbackChanged?.(next);
      fallback = next;
    }
    if (TRAY_CHANNELS.has(channel)) targets.renderTray();
  });
}
