import { useEffect } from 'react';

import { applyLanguage, resolveLanguage } from '../i18n/index.js';
import { useAppInfo } from '../queries/use-app.js';
import { useSettings } from '../queries/use-settings.js';

/**
 * Applies the theme and language settings to the document. "system" theme leaves the choice to
 * CSS (prefers-color-scheme through color-scheme: light dark); "system" language follows the OS
 * locale main reports (in the browser preview, the browser's).
 */
export function useAppearance(): void {
  const settings = useSettings().data;
  const info = useAppInfo().data;
  // In the browser preview the page's language is the user's; main's locale is the Node host's.
  const locale = info?.platform === 'web' ? navigator.language : info?.locale;
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
