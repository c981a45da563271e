import { useTranslation } from 'react-i18next';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h1 className="view-title">{t('settings.title')}</h1>
    </section>
  );
}
