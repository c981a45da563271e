import { lazy } from 'react';

import type { AppView } from '../../../electron/shared/ipc/views.js';

/**
 * Chat (markdown rendering, code highlighting) and Models (the catalog table, compare, cost
 * calculator) are most of the renderer's code and neither is the view a window opens on by
 * default: they load as their own chunks, so the first paint parses only the shell, Account,
 * Keys and Settings. Each import is shared, so asking early (the window opens on `#models`, or
 * the thread is idle after the first paint) means the view is ready before the user clicks.
 */
const importChat = once(() => import('../features/chat/chat-view.js'));
const importModels = once(() => import('../features/catalog/models-view.js'));

export const ChatView = lazy(() => importChat().then((m) => ({ default: m.ChatView })));
export const ModelsView = lazy(() => importModels().then((m) => ({ default: m.ModelsView })));

/** Starts loading a lazy view's code now; harmless for views that are part of the first chunk. */
export function preloadView(view: AppView): void {
  if (view === 'chat') void importChat();
  if (view === 'models') void importModels();
}

/**
 * Loads the Models view once the window is idle, so switching to it never shows a gap. Chat is
 * left to its first opening: evaluating its chunk is a long task, unwelcome while the user is
 * starting to read the window, and its own view shows a quiet fallback meanwhile.
 */
export function preloadLazyViewsWhenIdle(): () => void {
  const load = (): void => preloadView('models');
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(load, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, 1000);
  return () => clearTimeout(timer);
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
}
