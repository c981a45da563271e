import { z } from 'zod';

/**
 * The app's non-secret settings. The schema is the single source of truth: the settings store
 * validates what it reads from disk with it, and `settings:update` validates what the renderer
 * sends with its partial form.
 */
export const alertThresholdSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('usd'), usd: z.number().finite().min(0).max(1_000_000) }),
  z.object({ kind: z.literal('days'), days: z.number().finite().positive().max(365) }),
]);

export const themeSchema = z.enum(['system', 'light', 'dark']);
export const languageSchema = z.enum(['system', 'en', 'zh-CN']);

export const POLL_INTERVAL_MIN_SEC = 30;
export const POLL_INTERVAL_MAX_SEC = 30 * 60;

export const appSettingsSchema = z.object({
  /** Balance poll interval; 30 s to 30 min (shorter only against a loopback server). */
  pollIntervalSec: z.number().int().min(1).max(POLL_INTERVAL_MAX_SEC),
  thresholds: z.array(alertThresholdSchema).max(20),
  /** A rise of at least this much in one step is a top-up; smaller rises are refunds. */
  topUpMinUsd: z.number().finite().min(0.01).max(100_000),
  notificationsEnabled: z.boolean(),
  /** ISO time until which alerts are muted, or null. */
  alertsPausedUntil: z.string().datetime().nullable(),
  launchAtLogin: z.boolean(),
  theme: themeSchema,
  language: languageSchema,
  /** Ask before sending a chat message that could cost more than this share of the balance. */
  chatCostConfirmShare: z.number().min(0).max(1),
  /** What to do when there is no OS keychain: chosen knowingly by the user. */
  secretFallback: z.enum(['none', 'safe-storage', 'memory']),
});

export type AppSettings = z.infer<typeof appSettingsSchema>;
export type AlertThresholdSetting = z.infer<typeof alertThresholdSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  pollIntervalSec: 60,
  thresholds: [
    { kind: 'usd', usd: 5 },
    { kind: 'usd', usd: 1 },
  ],
  topUpMinUsd: 1,
  notificationsEnabled: true,
  alertsPausedUntil: null,
  launchAtLogin: false,
  theme: 'system',
  language: 'system',
  chatCostConfirmShare: 0.05,
  secretFallback: 'none',
};

export const settingsPatchSchema = appSettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
