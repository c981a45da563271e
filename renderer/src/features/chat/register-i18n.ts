import type { i18n } from 'i18next';

import { chatEn } from './chat-en.js';
import { chatZhCN } from './chat-zh-cn.js';

/** The Chat view's strings, merged under `chat.` so `t('chat.send')` works like any other key. */
export function registerChatI18n(instance: i18n): void {
  instance.addResourceBundle('en', 'translation', { chat: chatEn }, true, false);
  instance.addResourceBundle('zh-CN', 'translation', { chat: chatZhCN }, true, false);
}
