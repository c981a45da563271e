import type { BalancePoint, MonitorState } from '../../shared/domain/balance.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import {
  tokenSecretName,
  type AccountRecord,
  type AccountRegistry,
} from '../accounts/account-registry.js';
import type { AiHubMixClient } from '../api/aihubmix-client.js';
import { deleteAccountFiles } from '../balance/account-files.js';
import { BalanceMonitor } from '../balance/balance-monitor.js';
import { systemClock } from '../ports.js';
import type { AppServicePorts } from './app-service.js';
import { createClient } from './client-factory.js';
import type { DemoServer } from './demo-server.js';
import type { EventHub } from './event-hub.js';
import { isLoopbackUrl } from './loopback.js';
import { monitorSettingsFrom, pausedUntilFrom } from './monitor-settings-from.js';
import { signedOutState } from './signed-out-state.js';

/** The active account with a token: its client, its poller and the key secrets seen this run. */
export interface Session {
  readonly record: AccountRecord;
  readonly client: AiHubMixClient;
  readonly monitor: BalanceMonitor;
  readonly loopback: boolean;
  /** Full `sk-` keys by key id, kept in main only (never sent to the renderer). */
  readonly keySecrets: Map<number, string>;
  /** The access token, so logs can redact it. */
  readonly token: string;
}

interface Deps {
  ports: AppServicePorts;
  registry: AccountRegistry;
  hub: EventHub;
  demo: DemoServer;
  settings: () => AppSettings;
}

/**
 * Owns the lifecycle of the active account's client and balance monitor. Activations are queued,
 * so a quick switch A → B → A can never leave two monitors running.
 */
export class ActiveAccount {
  private session: Session | null = null;
  private activeRecord: AccountRecord | null = null;
  private unsubscribe: (() => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: Deps) {}

  current(): Session | null {
    return this.session;
  }

  /** The active account, even when its token is missing. */
  record(): AccountRecord | null {
    return this.activeRecord;
  }

  state(): MonitorState {
    return (
      this.session?.monitor.getState() ?? signedOutState(pausedUntilFrom(this.deps.settings()))
    );
  }

  history(): BalancePoint[] {
    return this.session?.monitor.history() ?? [];
  }

  isLoopback(): boolean {
    return this.activeRecord !== null && isLoopbackUrl(this.activeRecord.baseUrl);
  }

  /** The token for an account: the demo server's for demo accounts, else the secret store's. */
  async tokenFor(record: AccountRecord): Promise<string | null> {
    if (record.demo) return (await this.deps.demo.ensure()).accessToken;
    return this.deps.ports.secrets.get(tokenSecretName(record.id));
  }

  /**
   * Stops the current monitor and starts one for `record` (null: signed out). `waitForFirstPoll`
   * for user actions (the window wants the balance); start-up does not wait on the network.
   */
  activate(record: AccountRecord | null, waitForFirstPoll: boolean): Promise<void> {
    const next = this.queue
      .catch(() => undefined)
      .then(() => this.switchTo(record, waitForFirstPoll));
    this.queue = next;
    return next;
  }

  /** Applies changed settings to the running monitor (already validated by the caller). */
  applySettings(settings: AppSettings): void {
    if (!this.session) return;
    this.session.monitor.updateSettings(monitorSettingsFrom(settings, this.session.loopback));
    this.session.monitor.pauseAlertsUntil(pausedUntilFrom(settings));
  }

  async stop(): Promise<void> {
    await this.activate(null, false);
  }

  private async switchTo(record: AccountRecord | null, waitForFirstPoll: boolean): Promise<void> {
    await this.teardown();
    let active = record;
    if (active?.demo) active = await this.pointAtDemoServer(active);
    this.activeRecord = active;
    const token = active ? await this.tokenFor(active).catch(() => null) : null;
    if (!active || !token) {
      this.deps.hub.emit('balance:changed', this.state());
      return;
    }
    const settings = this.deps.settings();
    const loopback = isLoopbackUrl(active.baseUrl);
    const client = await createClient(this.deps.ports, {
      baseUrl: active.baseUrl,
      accessToken: token,
      userId: active.userId,
    });
    const monitor = new BalanceMonitor({
      fetchAccount: (signal) => client.getAccount({ signal }),
      clock: this.deps.ports.clock ?? systemClock,
      dataDir: this.deps.ports.dataDir,
      accountKey: { baseUrl: active.baseUrl, accountId: active.id },
      settings: monitorSettingsFrom(settings, loopback),
      isLoopback: loopback,
      onStorageProblem: (message) => console.error(`[balance] ${message}`),
    });
    monitor.pauseAlertsUntil(pausedUntilFrom(settings));
    this.unsubscribe = monitor.subscribe((event) => {
      if (event.type === 'state') this.deps.hub.emit('balance:changed', event.state);
      // Muted alerts are recorded by the policy but never shown; notifications can be off.
      if (event.type === 'alert' && !event.muted && this.deps.settings().notificationsEnabled) {
        this.deps.hub.emit('balance:alert', event.alert);
      }
    });
    this.session = { record: active, client, monitor, loopback, keySecrets: new Map(), token };
    const started = monitor.start();
    if (waitForFirstPoll) await started;
    else void started;
  }

  private async teardown(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.activeRecord = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!session) return;
    session.monitor.stop();
    session.keySecrets.clear();
    // Let a write under way land before anyone (sign-out) deletes this account's files.
    await session.monitor.storageIdle();
    await session.client.close().catch(() => undefined);
  }

  /** The demo server listens on a new port each run: move the saved demo account there. */
  private async pointAtDemoServer(record: AccountRecord): Promise<AccountRecord> {
    const demo = await this.deps.demo.ensure();
    if (record.baseUrl === demo.url) return record;
    const moved = { ...record, baseUrl: demo.url };
    await this.deps.registry.upsert(moved);
    // The old port will never be used again: its balance files would only pile up, one set a run.
    await deleteAccountFiles(this.deps.ports.dataDir, {
      baseUrl: record.baseUrl,
      accountId: record.id,
    }).catch(() => undefined);
    return moved;
  }
}
