import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { AppSettings } from '../../../electron/shared/domain/settings.js';
import { registerChatI18n } from '../features/chat/register-i18n.js';
import { registerCatalogI18n } from '../features/catalog/register-i18n.js';
import { en } from './en.js';
import { zhCN } from './zh-cn.js';

export type UiLanguage = 'en' | 'zh-CN';

/** Any Chinese locale gets Simplified Chinese (the only Chinese we ship); the rest English. */
export function resolveLanguage(
  setting: AppSettings['language'] | undefined,
  osLocale: string | undefined,
): UiLanguage {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return (osLocale ?? navigator.language).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: resolveLanguage('system', undefined),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  registerChatI18n(i18next);
  registerCatalogI18n(i18next);
  return i18next;
}

export async function applyLanguage(language: UiLanguage): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
