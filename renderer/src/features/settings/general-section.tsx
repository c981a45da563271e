import { useId } from 'react';
import { Switch } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { AppSettings, SettingsPatch } from '../../../../electron/shared/domain/settings.js';
import { Segmented } from './segmented.js';
import { SettingRow, SettingsSection } from './setting-row.js';

export function GeneralSection({
  settings,
  update,
}: {
  settings: AppSettings;
  update: (patch: SettingsPatch) => void;
}) {
  const { t } = useTranslation();
  const ids = { theme: useId(), language: useId(), launch: useId() };
  return (
    <SettingsSection title={t('settings.general')}>
      <SettingRow label={t('settings.theme')} labelId={ids.theme}>
        <Segmented
          labelId={ids.theme}
          value={settings.theme}
          onChange={(theme) => update({ theme })}
          options={[
            { value: 'system', label: t('settings.themeSystem') },
            { value: 'light', label: t('settings.themeLight') },
            { value: 'dark', label: t('settings.themeDark') },
          ]}
        />
      </SettingRow>
      <SettingRow label={t('settings.language')} labelId={ids.language}>
        <Segmented
          labelId={ids.language}
          value={settings.language}
          onChange={(language) => update({ language })}
          options={[
            { value: 'system', label: t('settings.languageSystem') },
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '简体中文' },
          ]}
        />
      </SettingRow>
      <SettingRow label={t('settings.launch')} hint={t('settings.launchHint')} htmlFor={ids.launch}>
        <Switch.Root
          id={ids.launch}
          className="switch"
          checked={settings.launchAtLogin}
          onCheckedChange={(launchAtLogin) => update({ launchAtLogin })}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </SettingRow>
    </SettingsSection>
  );
}
