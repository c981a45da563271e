import type { i18n } from 'i18next';

import { catalogEn } from './catalog-en.js';
import { catalogZhCN } from './catalog-zh-cn.js';

/**
 * The Models view keeps its strings beside it (not in the shared en.ts/zh-cn.ts) and merges them
 * under `catalog.` into the default namespace, so `t('catalog.title')` works like any other key.
 */
export function registerCatalogI18n(instance: i18n): void {
  instance.addResourceBundle('en', 'translation', { catalog: catalogEn }, true, false);
  instance.addResourceBundle('zh-CN', 'translation', { catalog: catalogZhCN }, true, false);
}
