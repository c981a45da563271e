import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Tooltip } from 'radix-ui';

import { isBridgeError } from './bridge/bridge-error.js';
import { prefetchCatalog } from './features/catalog/catalog-prefetch.js';
import { AppShell } from './shell/app-shell.js';
import { Toaster } from './ui/toaster.js';

/**
 * Server state lives in React Query: cached per account, refetched when the window regains focus.
 * A refusal from the gateway is an answer, not a glitch, so only transport errors are retried.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      retry: (count, error) =>
        count < 2 && isBridgeError(error) && ['network', 'timeout'].includes(error.code),
    },
    mutations: { retry: false },
  },
});
// The Models view's cached catalog is asked for as the bridge connects, not after the first render.
prefetchCatalog(queryClient);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Tooltip.Provider delayDuration={400}>
        <Toaster>
          <AppShell />
        </Toaster>
      </Tooltip.Provider>
    </QueryClientProvider>
  );
}
