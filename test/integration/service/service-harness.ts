import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createMemoryStore } from '../../../electron/core/secrets/memory-store.js';
import type { AppService } from '../../../electron/core/service/app-service.js';
import { createAppService } from '../../../electron/core/service/create-app-service.js';
import { dispatchInvoke } from '../../../electron/core/service/dispatch-invoke.js';
import { createJsonSettingsStore } from '../../../electron/core/service/json-settings-store.js';
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from '../../../electron/shared/ipc/contract.js';
import type { Result } from '../../../electron/shared/result.js';
import {
  startSimulator,
  type SimulatorHandle,
  type SimulatorOptions,
} from '../../../electron/simulator/index.js';

export interface Harness {
  service: AppService;
  sim: SimulatorHandle;
  secrets: ReturnType<typeof createMemoryStore>;
  dataDir: string;
  clipboard: string[];
  opened: string[];
  events: Array<{ channel: EventChannel; payload: unknown }>;
  /** Calls through dispatchInvoke, exactly as a transport would. */
  invoke<C extends InvokeChannel>(
    channel: C,
    ...request: InvokeRequest<C> extends undefined ? [] : [InvokeRequest<C>]
  ): Promise<Result<InvokeResponse<C>>>;
  /** Like invoke, but fails the test on an error result. */
  value<C extends InvokeChannel>(
    channel: C,
    ...request: InvokeRequest<C> extends undefined ? [] : [InvokeRequest<C>]
  ): Promise<InvokeResponse<C>>;
  nextEvent<E extends EventChannel>(
    channel: E,
    match?: (payload: EventPayloads[E]) => boolean,
  ): Promise<EventPayloads[E]>;
  /** A second service on the same data folder and secrets (a restart). */
  restart(): Promise<Harness>;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    sim?: SimulatorOptions;
    simulator?: SimulatorHandle;
    dataDir?: string;
    secrets?: ReturnType<typeof createMemoryStore>;
  } = {},
): Promise<Harness> {
  const sim = options.simulator ?? (await startSimulator(options.sim));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'aihubmix-service-')));
  const secrets = options.secrets ?? createMemoryStore();
  const clipboard: string[] = [];
  const opened: string[] = [];
  const events: Harness['events'] = [];
  const waiters = new Set<(channel: EventChannel, payload: unknown) => void>();
  const service = createAppService({
    dataDir,
    secrets,
    settings: createJsonSettingsStore(dataDir),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    clipboard: { writeText: (text) => clipboard.push(text) },
    appInfo: () => ({ version: '0.0.0-test', platform: 'web', trayAvailable: false, locale: 'en' }),
    startDemoServer: () => Promise.resolve({ url: sim.url, accessToken: sim.accessToken }),
  });
  service.subscribe((channel, payload) => {
    events.push({ channel, payload });
    for (const waiter of [...waiters]) waiter(channel, payload);
  });
  await service.start();

  const invoke = ((channel: InvokeChannel, request?: unknown) =>
    dispatchInvoke(service.handlers, channel, request, {
      log: () => undefined,
    })) as Harness['invoke'];
  const value = (async (channel: InvokeChannel, request?: unknown) => {
    const result = await dispatchInvoke(service.handlers, channel, request);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }) as Harness['value'];
  const harness: Harness = {
    service,
    sim,
    secrets,
    dataDir,
    clipboard,
    opened,
    events,
    invoke,
    value,
    nextEvent: (channel, match) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no ${channel} event`));
        }, 10_000);
        const waiter = (seen: EventChannel, payload: unknown): void => {
          if (seen !== channel) return;
          const typed = payload as EventPayloads[typeof channel];
          if (match && !match(typed)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(typed);
        };
        waiters.add(waiter);
      }),
    restart: async () => {
      await service.stop();
      return startHarness({ simulator: sim, dataDir, secrets });
    },
    close: async () => {
      await service.stop();
      if (!options.simulator) {
        await sim.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
  return harness;
}
