import {
  appSettingsSchema,
  type AppSettings,
  type SettingsPatch,
} from '../../shared/domain/settings.js';
import { MIN_INTERVAL_MS, validateMonitorSettings } from '../balance/monitor-settings.js';
import type { InvokeHandlers } from './app-service.js';
import { describeIssues } from './dispatch-invoke.js';
import { monitorSettingsFrom } from './monitor-settings-from.js';
import type { ServiceContext } from './service-context.js';
import { badRequest } from './service-error.js';

type SettingsHandlers = Pick<
  InvokeHandlers,
  | 'settings:get'
  | 'settings:update'
  | 'settings:set-thresholds'
  | 'settings:pause-alerts'
  | 'settings:secret-backend'
>;

/**
 * Merges, validates the whole result, checks what the poller would refuse (so a value is never
 * saved that the monitor then rejects), saves, applies, and tells every window.
 */
export async function updateSettings(
  context: ServiceContext,
  patch: SettingsPatch,
): Promise<AppSettings> {
  const current = context.settings();
  const parsed = appSettingsSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) throw badRequest(`Settings: ${describeIssues(parsed.error)}`);
  const next = parsed.data;
  const loopback = context.active.isLoopback();
  if (
    patch.pollIntervalSec !== undefined &&
    next.pollIntervalSec * 1000 < MIN_INTERVAL_MS &&
    !loopback
  ) {
    throw badRequest(
      `The poll interval must be at least ${MIN_INTERVAL_MS / 1000} seconds: AiHubMix limits how often an address may ask. Shorter intervals are only allowed against a local server (the demo).`,
    );
  }
  try {
    validateMonitorSettings(monitorSettingsFrom(next, loopback), loopback);
  } catch (error) {
    throw badRequest(error instanceof RangeError ? error.message : 'These settings are not valid.');
  }
  await context.ports.settings.set(next);
  context.active.applySettings(next);
  if (next.launchAtLogin !== current.launchAtLogin)
    context.ports.applyLaunchAtLogin?.(next.launchAtLogin);
  context.hub.emit('settings:changed', next);
  return next;
}

export function settingsHandlers(context: ServiceContext): SettingsHandlers {
  return {
    'settings:get': () => Promise.resolve(context.settings()),
    'settings:update': (patch) => updateSettings(context, patch),
    'settings:set-thresholds': ({ thresholds }) => updateSettings(context, { thresholds }),
    'settings:pause-alerts': ({ until }) => updateSettings(context, { alertsPausedUntil: until }),
    'settings:secret-backend': () => context.ports.secrets.status(),
  };
}
