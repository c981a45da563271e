import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppView } from '../../../electron/shared/ipc/views.js';
import { AccountView } from '../features/account/account-view.js';
import { KeysView } from '../features/keys/keys-view.js';
import { OnboardingView } from '../features/onboarding/onboarding-view.js';
import { SettingsView } from '../features/settings/settings-view.js';
import { useAccounts } from '../queries/use-accounts.js';
import { useAppInfo } from '../queries/use-app.js';
import { useBridgeEvents } from '../queries/use-bridge-events.js';
import { errorText } from '../ui/error-text.js';
import { QuietLoading } from '../ui/quiet-loading.js';
import { ChatView, ModelsView, preloadLazyViewsWhenIdle, preloadView } from './lazy-views.js';
import { NavigationContext } from './navigation.js';
import { Sidebar } from './sidebar.js';
import { useAppearance } from './use-appearance.js';

/** What a lazy view shows while its code loads: nothing to read, so nothing flashes. */
const lazyFallback = <div className="centered" aria-busy="true" />;

/**
 * A lazy view has its own quiet fallback when the user switches to it. The view the window OPENS
 * on has none: it suspends the whole window instead (see AppShell), so the sidebar and the view's
 * first content (the Models view's cached rows) arrive in one paint rather than one after another.
 */
function Lazy({ view, children }: { view: AppView; children: ReactNode }) {
  if (view === initialView()) return children;
  return <Suspense fallback={lazyFallback}>{children}</Suspense>;
}

function CurrentView({ view }: { view: AppView }) {
  switch (view) {
    case 'keys':
      return <KeysView />;
    case 'models':
      return (
        <Lazy view={view}>
          <ModelsView />
        </Lazy>
      );
    case 'chat':
      return (
        <Lazy view={view}>
          <ChatView />
        </Lazy>
      );
    case 'settings':
      return <SettingsView />;
    case 'onboarding':
      return <OnboardingView adding />;
    default:
      return <AccountView />;
  }
}

const VIEWS: readonly AppView[] = ['account', 'keys', 'models', 'chat', 'settings', 'onboarding'];

/** The view main asked the window to open on (`index.html#models`, from the tray), else Account. */
function initialView(): AppView {
  const asked = window.location.hash.slice(1);
  return VIEWS.find((view) => view === asked) ?? 'account';
}

// Opened on a lazy view (the tray's "Models"), its code loads alongside the accounts' answer.
preloadView(initialView());

/** The window: onboarding until there is an account, then the sidebar and the chosen view. */
export function AppShell() {
  const { t } = useTranslation();
  const [view, setView] = useState<AppView>(initialView);
  const navigate = useCallback((next: AppView) => setView(next), []);
  const navigation = useMemo(() => ({ view, navigate }), [view, navigate]);
  const accounts = useAccounts();
  const appInfo = useAppInfo();
  useAppearance();
  useBridgeEvents(navigate);
  useEffect(preloadLazyViewsWhenIdle, []);

  if (accounts.isPending) {
    return <QuietLoading label={t('app.loading')} />;
  }
  if (accounts.isError) {
    return (
      <div className="centered" role="alert">
        <div>
          <p>{t('app.bridgeMissing', { message: errorText(t, accounts.error) })}</p>
          <button type="button" className="btn" onClick={() => void accounts.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      </div>
    );
  }

  // The browser preview has no tray by nature; the banner is for desktops without a tray area.
  const trayMissing = appInfo.data?.trayAvailable === false && appInfo.data.platform !== 'web';
  const banner = trayMissing && (
    <div className="alert alert-info banner" role="status">
      {t('app.noTray')}
    </div>
  );

  if (accounts.data.accounts.length === 0) {
    return (
      <NavigationContext.Provider value={navigation}>
        <main className="content onboarding-page">
          {banner}
          <OnboardingView adding={false} />
        </main>
      </NavigationContext.Provider>
    );
  }

  return (
    <NavigationContext.Provider value={navigation}>
      <Suspense fallback={<QuietLoading label={t('app.loading')} />}>
        <div className="app">
          <Sidebar version={appInfo.data?.version} />
          <main className="content">
            {banner}
            <CurrentView view={view} />
          </main>
        </div>
      </Suspense>
    </NavigationContext.Provider>
  );
}
