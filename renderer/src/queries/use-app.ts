import { useQuery } from '@tanstack/react-query';

import { call } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';

export function useAppInfo() {
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => call('app:info'),
    staleTime: Infinity,
  });
}

export function useSecretBackend() {
  return useQuery({
    queryKey: queryKeys.secretBackend,
    queryFn: () => call('settings:secret-backend'),
  });
}

/** Opens an AiHubMix page in the user's browser (main checks the URL). */
export function openExternal(url: string): Promise<null> {
  return call('app:open-external', { url });
}
