import type { InvokeHandlers } from './app-service.js';
import { topUpUrl } from './external-url-policy.js';
import type { ServiceContext } from './service-context.js';

type BalanceHandlers = Pick<
  InvokeHandlers,
  'balance:get' | 'balance:refresh' | 'balance:open-top-up'
>;

export function balanceHandlers(context: ServiceContext): BalanceHandlers {
  const { active } = context;
  return {
    'balance:get': () => Promise.resolve({ state: active.state(), history: active.history() }),

    'balance:refresh': async () => {
      // Joins a poll already under way; a failure is in the state (lastError), not thrown.
      await active.current()?.monitor.refreshNow();
      return active.state();
    },

    'balance:open-top-up': async () => {
      const record = active.record();
      await context.ports.openExternal(topUpUrl(record && !record.demo ? record.baseUrl : null));
      // The money should show up soon after the user pays: poll faster for a while.
      active.current()?.monitor.boost();
      return null;
    },
  };
}
