import type { AppSettings } from '../../shared/domain/settings.js';
import type { AccountsView, AccountView } from '../../shared/ipc/views.js';
import {
  tokenSecretName,
  type AccountRecord,
  type AccountRegistry,
} from '../accounts/account-registry.js';
import type { ActiveAccount, Session } from './active-account.js';
import type { AppServicePorts } from './app-service.js';
import type { DemoServer } from './demo-server.js';
import type { EventHub } from './event-hub.js';
import { notSignedIn } from './service-error.js';

/** What every domain's handlers share. Built once by createAppService. */
export interface ServiceContext {
  ports: AppServicePorts;
  registry: AccountRegistry;
  hub: EventHub;
  active: ActiveAccount;
  demo: DemoServer;
  settings(): AppSettings;
  /** The last accounts view, kept for the synchronous tray model. */
  cachedAccounts: AccountView[];
}

/** The active session, or a not_signed_in refusal naming what the user tried to do. */
export function requireSession(context: ServiceContext, what: string): Session {
  const session = context.active.current();
  if (!session) throw notSignedIn(what);
  return session;
}

export async function accountView(
  context: ServiceContext,
  record: AccountRecord,
): Promise<AccountView> {
  let connected = Boolean(record.demo);
  if (!record.demo) {
    // A keychain that cannot be read says nothing about the token: show it as not connected.
    connected =
      (await context.ports.secrets.get(tokenSecretName(record.id)).catch(() => null)) !== null;
  }
  return {
    id: record.id,
    name: record.name,
    baseUrl: record.baseUrl,
    username: record.username,
    tokenHint: record.tokenHint,
    demo: record.demo ?? false,
    connected,
  };
}

export async function accountsView(context: ServiceContext): Promise<AccountsView> {
  const [records, active, secretBackend] = await Promise.all([
    context.registry.list(),
    context.registry.active(),
    context.ports.secrets.status(),
  ]);
  const accounts = await Promise.all(records.map((record) => accountView(context, record)));
  context.cachedAccounts = accounts;
  return { accounts, activeId: active?.id ?? null, secretBackend };
}

/** Re-reads the accounts, tells every window, and returns the view. */
export async function accountsChanged(context: ServiceContext): Promise<AccountsView> {
  const view = await accountsView(context);
  context.hub.emit('accounts:changed', view);
  return view;
}
