import { useSyncExternalStore } from 'react';

/**
 * A small window: the sidebar folds into a rail of icons (labels in tooltips and for screen
 * readers), as native apps do, and the key table tightens, so the views keep their room.
 * Keep in step with the `max-width: 960px` media queries in shell.css and keys.css.
 */
export const COMPACT_QUERY = '(max-width: 960px)';

/** Whether a CSS media query matches now, following the window as it is resized. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
