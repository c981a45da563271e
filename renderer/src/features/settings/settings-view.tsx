import { useTranslation } from 'react-i18next';

import type { SettingsPatch } from '../../../../electron/shared/domain/settings.js';
import { useSettings, useUpdateSettings } from '../../queries/use-settings.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { errorText } from '../../ui/error-text.js';
import { useToast } from '../../ui/toaster.js';
import { AccountsSection } from '../accounts/accounts-section.js';
import { AlertsSection } from './alerts-section.js';
import { GeneralSection } from './general-section.js';
import { KeychainSection } from './keychain-section.js';

/** Preferences apply as they change (no Save button), like a native settings window. */
export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettings();
  const mutation = useUpdateSettings();
  const toast = useToast();
  const update = (patch: SettingsPatch) =>
    mutation.mutate(patch, {
      onError: (error) => toast({ kind: 'error', title: errorText(t, error) }),
    });

  return (
    <section className="view" aria-labelledby="settings-title">
      <header className="view-header">
        <h1 id="settings-title" className="view-title">
          {t('settings.title')}
        </h1>
      </header>
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && (
        <div className="settings">
          <GeneralSection settings={settings.data} update={update} />
          <AlertsSection settings={settings.data} update={update} />
          <AccountsSection />
          <KeychainSection settings={settings.data} update={update} />
        </div>
      )}
    </section>
  );
}
