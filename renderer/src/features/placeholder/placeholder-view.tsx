import { useTranslation } from 'react-i18next';

import { ChatIcon, CubeIcon } from '../../ui/icons.js';

/** Models and Chat have their own issues; the sidebar entries exist so the shell is final. */
export function PlaceholderView({ view }: { view: 'models' | 'chat' }) {
  const { t } = useTranslation();
  const Icon = view === 'models' ? CubeIcon : ChatIcon;
  return (
    <section className="view" aria-labelledby="placeholder-title">
      <div className="placeholder">
        <div>
          <Icon width={32} height={32} />
          <h1 id="placeholder-title" className="view-title">
            {t(`nav.${view}`)}
          </h1>
          <p>{t(`placeholder.${view}`)}</p>
        </div>
      </div>
    </section>
  );
}
