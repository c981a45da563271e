import Store from 'electron-store';

import { restoreBounds } from './window-bounds.js';
import type { Bounds } from './window-bounds.js';

/**
 * The window remembers its size and position (in userData/window-state.json, apart from the
 * settings because it changes on every drag). A saved position on a display that is gone is
 * dropped, so the window never opens off-screen.
 */
export interface WindowStateStore {
  load(visibleAreas: Bounds[]): Partial<Bounds>;
  save(bounds: Bounds): void;
}

export function createWindowStateStore(userDataDir: string): WindowStateStore {
  const store = new Store<{ bounds?: Bounds }>({
    name: 'window-state',
    cwd: userDataDir,
    clearInvalidConfig: true,
  });
  return {
    load: (areas) => restoreBounds(store.get('bounds'), areas),
    save: (bounds) => store.set('bounds', bounds),
  };
}
