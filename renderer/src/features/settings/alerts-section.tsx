import { useId } from 'react';
import { Switch } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import {
  POLL_INTERVAL_MAX_SEC,
  type AppSettings,
  type SettingsPatch,
} from '../../../../electron/shared/domain/settings.js';
import { usePauseAlerts } from '../../queries/use-settings.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { formatDateTime } from '../../ui/format.js';
import { useNow } from '../../ui/use-now.js';
import { ThresholdsEditor } from '../account/thresholds-editor.js';
import { SettingRow, SettingsSection } from './setting-row.js';

const POLL_CHOICES: readonly number[] = [30, 60, 120, 300, 600, 1800];
const PAUSES: { hours: number; label: string }[] = [
  { hours: 1, label: 'settings.pause1h' },
  { hours: 8, label: 'settings.pause8h' },
  { hours: 24, label: 'settings.pause1d' },
  { hours: 24 * 7, label: 'settings.pause7d' },
];

export function AlertsSection({
  settings,
  update,
}: {
  settings: AppSettings;
  update: (patch: SettingsPatch) => void;
}) {
  const { t } = useTranslation();
  const ids = { poll: useId(), notify: useId(), pause: useId() };
  const pause = usePauseAlerts();
  const now = useNow(30_000);
  const pausedUntil = settings.alertsPausedUntil ? new Date(settings.alertsPausedUntil) : null;
  const paused = pausedUntil !== null && pausedUntil > now;
  // A value set elsewhere (the CLI, a loopback test server) stays selectable.
  const choices = POLL_CHOICES.includes(settings.pollIntervalSec)
    ? POLL_CHOICES
    : [...POLL_CHOICES, settings.pollIntervalSec].sort((a, b) => a - b);

  return (
    <SettingsSection title={t('settings.alerts')}>
      <SettingRow label={t('settings.poll')} htmlFor={ids.poll}>
        <select
          id={ids.poll}
          className="select"
          value={settings.pollIntervalSec}
          onChange={(event) => {
            const sec = Number(event.target.value);
            if (sec >= 1 && sec <= POLL_INTERVAL_MAX_SEC) update({ pollIntervalSec: sec });
          }}
        >
          {choices.map((sec) => (
            <option key={sec} value={sec}>
              {POLL_CHOICES.includes(sec) ? t(`settings.pollOptions.${sec}`) : `${sec} s`}
            </option>
          ))}
        </select>
      </SettingRow>
      <SettingRow
        label={t('settings.notifications')}
        hint={t('settings.notificationsHint')}
        htmlFor={ids.notify}
      >
        <Switch.Root
          id={ids.notify}
          className="switch"
          checked={settings.notificationsEnabled}
          onCheckedChange={(notificationsEnabled) => update({ notificationsEnabled })}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </SettingRow>
      <SettingRow
        label={t('settings.pause')}
        hint={paused ? t('settings.pausedUntil', { time: formatDateTime(pausedUntil) }) : undefined}
        htmlFor={paused ? undefined : ids.pause}
      >
        {paused ? (
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => pause.mutate({ until: null })}
          >
            {t('settings.resume')}
          </button>
        ) : (
          <select
            id={ids.pause}
            className="select"
            value=""
            disabled={!settings.notificationsEnabled}
            onChange={(event) => {
              const hours = Number(event.target.value);
              if (!hours) return;
              const until = new Date(Date.now() + hours * 3_600_000).toISOString();
              pause.mutate({ until });
            }}
          >
            <option value="">{t('settings.pauseFor')}…</option>
            {PAUSES.map((p) => (
              <option key={p.hours} value={p.hours}>
                {t(p.label)}
              </option>
            ))}
          </select>
        )}
      </SettingRow>
      {pause.isError && <ErrorAlert error={pause.error} />}
      <div className="setting-row setting-row-block">
        <div className="setting-text">
          <span className="setting-label">{t('account.thresholds.title')}</span>
          <span className="setting-hint">{t('account.thresholds.hint')}</span>
          <ThresholdsEditor />
        </div>
      </div>
    </SettingsSection>
  );
}
