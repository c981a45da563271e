import { DropdownMenu } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { AccountView } from '../../../electron/shared/ipc/views.js';
import { useAccounts, useSwitchAccount } from '../queries/use-accounts.js';
import { useToast } from '../ui/toaster.js';
import { errorText } from '../ui/error-text.js';
import { CheckIcon, ChevronIcon, PlusIcon } from '../ui/icons.js';
import { initials } from './account-initials.js';
import { useNavigation } from './navigation.js';

function subtitle(account: AccountView, t: (key: string) => string): string {
  if (account.demo) return t('switcher.demo');
  if (!account.connected) return t('switcher.notConnected');
  return account.username ?? new URL(account.baseUrl).host;
}

/** The active account and a menu to switch, add or manage accounts. */
export function AccountSwitcher() {
  const { t } = useTranslation();
  const { data } = useAccounts();
  const switchAccount = useSwitchAccount();
  const toast = useToast();
  const { navigate } = useNavigation();
  const active = data?.accounts.find((a) => a.id === data.activeId);
  if (!data || !active) return null;

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="switcher-trigger"
        aria-label={t('switcher.label', { name: active.name })}
      >
        <span className="avatar" aria-hidden="true">
          {initials(active.name)}
        </span>
        <span className="switcher-text">
          <span className="switcher-name">{active.name}</span>
          <span className="switcher-sub">{subtitle(active, t)}</span>
        </span>
        <ChevronIcon />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">{t('switcher.accounts')}</DropdownMenu.Label>
          {data.accounts.map((account) => (
            <DropdownMenu.Item
              key={account.id}
              className="menu-item"
              onSelect={() => {
                if (account.id === data.activeId) return;
                switchAccount.mutate(
                  { id: account.id },
                  { onError: (error) => toast({ kind: 'error', title: errorText(t, error) }) },
                );
              }}
            >
              <span className="menu-check">{account.id === data.activeId && <CheckIcon />}</span>
              <span>{account.name}</span>
              <span className="menu-aside muted">{subtitle(account, t)}</span>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" onSelect={() => navigate('onboarding')}>
            <PlusIcon /> {t('switcher.add')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => navigate('settings')}>
            <span className="menu-check" /> {t('switcher.manage')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
