import { createContext, useContext } from 'react';

import type { AppView } from '../../../electron/shared/ipc/views.js';

/** Which view the window shows; the tray can ask for one through `app:navigate`. */
export interface Navigation {
  view: AppView;
  navigate: (view: AppView) => void;
}

export const NavigationContext = createContext<Navigation>({
  view: 'account',
  navigate: () => undefined,
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
