import type { InvokeHandlers } from '../../core/service/app-service.js';
import { describeErrorForLog } from '../../core/service/dispatch-invoke.js';
import type { AppView } from '../../shared/ipc/views.js';
import type { TrayAction } from './tray-presenter.js';

/**
 * What a tray menu click does: calls the same service handlers the window uses (so the tray and
 * the window cannot disagree), or shows a view. Failures are logged, never thrown into Electron's
 * menu machinery; the service reports them through the state the tray draws.
 */
export function createTrayActions(deps: {
  handlers: InvokeHandlers;
  showView(view: AppView): void;
  quit(): void;
}): (action: TrayAction) => void {
  const run = (label: string, task: () => Promise<unknown>): void => {
    task().catch((error: unknown) => {
      console.warn(`[tray] ${label} failed: ${describeErrorForLog(error)}`);
    });
  };
  return (action) => {
    switch (action.type) {
      case 'refresh':
        return run('refresh', () => deps.handlers['balance:refresh'](undefined));
      case 'open-view':
        return deps.showView(action.view);
      case 'top-up':
        return run('top up', () => deps.handlers['balance:open-top-up'](undefined));
      case 'pause-alerts':
        return run('pause alerts', () =>
          deps.handlers['settings:pause-alerts']({ until: action.until?.toISOString() ?? null }),
        );
      case 'switch-account':
        return run('switch account', () => deps.handlers['accounts:switch']({ id: action.id }));
      case 'quit':
        return deps.quit();
    }
  };
}
