import type { InvokeHandlers } from './app-service.js';
import { checkExternalUrl } from './external-url-policy.js';
import type { ServiceContext } from './service-context.js';

type AppHandlers = Pick<InvokeHandlers, 'app:info' | 'app:open-external'>;

export function appHandlers(context: ServiceContext): AppHandlers {
  return {
    'app:info': () => Promise.resolve(context.ports.appInfo()),
    'app:open-external': async ({ url }) => {
      const record = context.active.record();
      await context.ports.openExternal(checkExternalUrl(url, record?.baseUrl ?? null));
      return null;
    },
  };
}
