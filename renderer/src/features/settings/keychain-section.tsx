import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppSettings, SettingsPatch } from '../../../../electron/shared/domain/settings.js';
import { useSecretBackend } from '../../queries/use-app.js';
import { Segmented } from './segmented.js';
import { SettingRow, SettingsSection } from './setting-row.js';

/**
 * Where the access token lives. When there is no keychain the user picks a fallback knowingly
 * (architecture.md, "Secrets"); the choice is never made silently for them.
 */
export function KeychainSection({
  settings,
  update,
}: {
  settings: AppSettings;
  update: (patch: SettingsPatch) => void;
}) {
  const { t } = useTranslation();
  const fallbackId = useId();
  const backend = useSecretBackend().data;
  if (!backend) return null;
  return (
    <SettingsSection title={t('settings.security')}>
      <SettingRow label={t('settings.backend')} hint={backend.reason}>
        <span className="setting-value" data-testid="secret-backend">
          {t(`settings.backendNames.${backend.backend}`)}
        </span>
        <span className={`badge ${backend.available ? 'badge-green' : 'badge-red'}`}>
          {backend.available ? t('settings.backendOk') : t('settings.backendUnavailable')}
        </span>
      </SettingRow>
      {(!backend.available || settings.secretFallback !== 'none') && (
        <SettingRow
          label={t('settings.fallback')}
          hint={t('settings.fallbackHint')}
          labelId={fallbackId}
        >
          <Segmented
            labelId={fallbackId}
            value={settings.secretFallback}
            onChange={(secretFallback) => update({ secretFallback })}
            options={[
              { value: 'none', label: t('settings.fallbackNone') },
              { value: 'safe-storage', label: t('settings.fallbackSafe') },
              { value: 'memory', label: t('settings.fallbackMemory') },
            ]}
          />
        </SettingRow>
      )}
    </SettingsSection>
  );
}
