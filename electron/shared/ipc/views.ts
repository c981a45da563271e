import type { SecretBackendStatus } from '../domain/secrets.js';
import type { AccountSnapshot } from '../domain/account.js';
import type { BalancePoint, MonitorState } from '../domain/balance.js';
import type { CatalogModel } from '../domain/catalog.js';
import type { ApiKey } from '../domain/keys.js';

/**
 * What the renderer is allowed to see. The access token never crosses; API keys cross masked
 * unless the user asked to reveal one (`keys:reveal`) or just created it.
 */

export interface AccountView {
  id: string;
  name: string;
  baseUrl: string;
  username: string | null;
  /** Last four characters of the access token, to tell tokens apart. */
  tokenHint: string | null;
  demo: boolean;
  /** A token for this account is in the secret store. */
  connected: boolean;
}

export interface AccountsView {
  accounts: AccountView[];
  activeId: string | null;
  secretBackend: SecretBackendStatus;
}

/** The result of testing a token before saving it. */
export interface TokenCheckView {
  username: string;
  displayName: string | null;
  group: string | null;
  balanceUsd: number;
}

export interface BalanceView {
  state: MonitorState;
  history: BalancePoint[];
}

/** A key as the renderer sees it: the secret masked, and whether a full reveal is possible. */
export interface ApiKeyView extends Omit<ApiKey, 'secret'> {
  /** e.g. `sk-AbCd…wXyZ`, or the gateway's own mask; null when the gateway sent no key. */
  maskedKey: string | null;
  /** true when main holds the full key and can reveal or copy it. */
  revealable: boolean;
}

export interface CreatedKeyView {
  key: ApiKeyView;
  /** The full key, shown once; null when the gateway never returned it. */
  fullKey: string | null;
  /** The gateway masks keys after creation: this is the only time it can be seen. */
  shownOnce: boolean;
  source: 'response' | 'located';
}

export interface CopyKeysView {
  copied: number;
  /** Keys whose full value the gateway never gave us. */
  unavailable: number;
}

export interface CatalogView {
  models: CatalogModel[];
  /** Model ids this account can use (`/api/user/available_models`); null when unknown. */
  available: string[] | null;
  fetchedAt: Date | null;
  /** Served from the on-disk cache because the gateway could not be reached. */
  offline: boolean;
}

/**
 * The first rows of the saved Models view, from the cached catalog alone (catalog:first): drawn
 * before the whole catalog has crossed the bridge. `matched` and `total` count the full view.
 */
export interface CatalogFirstView extends CatalogView {
  matched: number;
  total: number;
}

export interface AppInfoView {
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | 'web';
  /** false on Linux desktops without a tray host: the window is the app. */
  trayAvailable: boolean;
  /** The OS locale, for the "system" language setting. */
  locale: string;
}

export type AppView = 'account' | 'keys' | 'models' | 'chat' | 'settings' | 'onboarding';

export type { AccountSnapshot };

export type * from './chat-views.js';
