import type { ComponentType, ReactNode, SVGProps } from 'react';
import { Tooltip } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { AppView } from '../../../electron/shared/ipc/views.js';
import { ModelsNavBadge } from '../features/catalog/models-nav-badge.js';
// The badge's style lives with the catalog, whose view now loads lazily; the sidebar shows the
// badge from the first paint, so its style must be in the first chunk too.
import '../features/catalog/catalog.css';
import { ChatIcon, CubeIcon, GearIcon, KeyIcon, WalletIcon } from '../ui/icons.js';
import { COMPACT_QUERY, useMediaQuery } from '../ui/use-media-query.js';
import { AccountSwitcher } from './account-switcher.js';
import { useNavigation } from './navigation.js';

interface NavEntry {
  view: AppView;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

const ENTRIES: NavEntry[] = [
  { view: 'account', icon: WalletIcon },
  { view: 'keys', icon: KeyIcon },
  { view: 'models', icon: CubeIcon },
  { view: 'chat', icon: ChatIcon },
  { view: 'settings', icon: GearIcon },
];

function RailTooltip({ label, on, children }: { label: string; on: boolean; children: ReactNode }) {
  if (!on) return children;
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" side="right" sideOffset={6}>
          {label}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

export function Sidebar({ version }: { version: string | undefined }) {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  const compact = useMediaQuery(COMPACT_QUERY);
  return (
    <aside className="sidebar" data-compact={compact}>
      <div className="sidebar-brand">
        <span className="sidebar-brand-mark" aria-hidden="true">
          AI
        </span>
        <span className="sidebar-brand-name">{t('app.name')}</span>
      </div>
      <AccountSwitcher />
      <nav className="nav" aria-label={t('nav.label')}>
        {ENTRIES.map(({ view: entry, icon: Icon }) => (
          <RailTooltip key={entry} label={t(`nav.${entry}`)} on={compact}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === entry ? 'page' : undefined}
              onClick={() => navigate(entry)}
            >
              <Icon aria-hidden="true" />
              <span className="nav-label">{t(`nav.${entry}`)}</span>
              {entry === 'models' && <ModelsNavBadge />}
            </button>
          </RailTooltip>
        ))}
      </nav>
      {version && <div className="sidebar-footer">{t('settings.about', { version })}</div>}
    </aside>
  );
}
