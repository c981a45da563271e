import { useEffect } from 'react';

import { applyLanguage, resolveLanguage } from '../i18n/index.js';
import { useAppInfo } from '../queries/use-app.js';
import { useSettings } from '../queries/use-settings.js';

/**
 * Applies the theme and language settings to the document. "system" theme leaves the choice to
 * CSS (prefers-color-scheme through color-scheme: light dark); "system" language follows the OS
 * locale main reports, or the browser's in the preview.
 */
export function useAppearance(): void {
  const settings = useSettings().data;
  const locale = useAppInfo().data?.locale;
  const theme = settings?.theme ?? 'system';
  const language = resolveLanguage(settings?.language, locale);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    void applyLanguage(language);
  }, [language]);
}
