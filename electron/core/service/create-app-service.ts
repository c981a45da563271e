import { AccountRegistry, accountsFilePath } from '../accounts/account-registry.js';
import { accountHandlers } from './account-handlers.js';
import { ActiveAccount } from './active-account.js';
import { appHandlers } from './app-handlers.js';
import type { AppService, AppServicePorts, InvokeHandlers, TrayModel } from './app-service.js';
import { balanceHandlers } from './balance-handlers.js';
import { catalogHandlers } from './catalog-handlers.js';
import { createChatService } from './chat-handlers.js';
import { DemoServer } from './demo-server.js';
import { EventHub } from './event-hub.js';
import { keyHandlers } from './key-handlers.js';
import { pausedUntilFrom } from './monitor-settings-from.js';
import { accountsView, type ServiceContext } from './service-context.js';
import { settingsHandlers } from './settings-handlers.js';

/**
 * The app's core behind the IPC contract, wired from its ports. The Electron main process, the
 * browser-preview bridge and the tests all build it here and reach it through `dispatchInvoke`.
 */
export function createAppService(ports: AppServicePorts): AppService {
  const hub = new EventHub();
  const registry = new AccountRegistry(accountsFilePath(ports.dataDir));
  const demo = new DemoServer(() => ports.startDemoServer());
  const settings = () => ports.settings.get();
  const active = new ActiveAccount({ ports, registry, hub, demo, settings });
  const context: ServiceContext = {
    ports,
    registry,
    hub,
    active,
    demo,
    settings,
    cachedAccounts: [],
  };

  const catalog = catalogHandlers(context);
  const chat = createChatService(context, () => catalog['catalog:get'](undefined));
  const handlers: InvokeHandlers = {
    ...accountHandlers(context),
    ...balanceHandlers(context),
    ...settingsHandlers(context),
    ...keyHandlers(context),
    ...catalog,
    ...appHandlers(context),
    ...chat.handlers,
  };

  let started = false;

  return {
    handlers,
    subscribe: (listener) => hub.subscribe(listener),

    async start() {
      if (started) return;
      started = true;
      await accountsView(context).catch(() => undefined);
      // Start-up does not wait on the network: the tray shows "checking" until the first poll.
      await active.activate(await registry.active(), false);
    },

    async stop() {
      started = false;
      await chat.stop();
      await active.stop();
      await demo.close();
    },

    notifyResume: () => active.current()?.monitor.notifyResume(),
    notifyOnline: () => active.current()?.monitor.notifyOnline(),

    trayModel(): TrayModel {
      const activeId = active.record()?.id ?? null;
      return {
        state: active.state(),
        account: context.cachedAccounts.find((account) => account.id === activeId) ?? null,
        alertsPausedUntil: pausedUntilFrom(settings()),
        accounts: context.cachedAccounts,
      };
    },
  };
}
