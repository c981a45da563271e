import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppView } from '../../../electron/shared/ipc/views.js';
import { ModelsNavBadge } from '../features/catalog/models-nav-badge.js';
import { ChatIcon, CubeIcon, GearIcon, KeyIcon, WalletIcon } from '../ui/icons.js';
import { AccountSwitcher } from './account-switcher.js';
import { useNavigation } from './navigation.js';

interface NavEntry {
  view: AppView;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  soon?: boolean;
}

const ENTRIES: NavEntry[] = [
  { view: 'account', icon: WalletIcon },
  { view: 'keys', icon: KeyIcon },
  { view: 'models', icon: CubeIcon },
  { view: 'chat', icon: ChatIcon },
  { view: 'settings', icon: GearIcon },
];

export function Sidebar({ version }: { version: string | undefined }) {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <span className="sidebar-brand-mark" aria-hidden="true">
          AI
        </span>
        {t('app.name')}
      </div>
      <AccountSwitcher />
      <nav className="nav" aria-label={t('nav.label')}>
        {ENTRIES.map(({ view: entry, icon: Icon, soon }) => (
          <button
            key={entry}
            type="button"
            className="nav-item"
            aria-current={view === entry ? 'page' : undefined}
            onClick={() => navigate(entry)}
          >
            <Icon />
            {t(`nav.${entry}`)}
            {soon && <span className="nav-soon">{t('nav.soon')}</span>}
            {entry === 'models' && <ModelsNavBadge />}
          </button>
        ))}
      </nav>
      {version && <div className="sidebar-footer">{t('settings.about', { version })}</div>}
    </aside>
  );
}
