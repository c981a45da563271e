import { useTranslation } from 'react-i18next';

export function KeysView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h1 className="view-title">{t('keys.title')}</h1>
    </section>
  );
}
