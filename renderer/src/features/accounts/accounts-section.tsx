import { useTranslation } from 'react-i18next';

import { useAccounts } from '../../queries/use-accounts.js';
import { useNavigation } from '../../shell/navigation.js';
import { PlusIcon } from '../../ui/icons.js';
import { SettingsSection } from '../settings/setting-row.js';
import { AccountRow } from './account-row.js';

export function AccountsSection() {
  const { t } = useTranslation();
  const { data } = useAccounts();
  const { navigate } = useNavigation();
  if (!data) return null;
  return (
    <SettingsSection title={t('settings.accounts')}>
      {data.accounts.map((account) => (
        <AccountRow key={account.id} account={account} active={account.id === data.activeId} />
      ))}
      <div className="setting-row">
        <button type="button" className="btn btn-sm" onClick={() => navigate('onboarding')}>
          <PlusIcon /> {t('accounts.add')}
        </button>
      </div>
    </SettingsSection>
  );
}
