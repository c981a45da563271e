import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { InvokeRequest } from '../../../electron/shared/ipc/contract.js';
import type { AppSettings } from '../../../electron/shared/domain/settings.js';
import { call } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get') });
}

function useSettingsMutation<R>(fn: (request: R) => Promise<AppSettings>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}

export const useUpdateSettings = () =>
  useSettingsMutation((patch: InvokeRequest<'settings:update'>) => call('settings:update', patch));
export const useSetThresholds = () =>
  useSettingsMutation((r: InvokeRequest<'settings:set-thresholds'>) =>
    call('settings:set-thresholds', r),
  );
export const usePauseAlerts = () =>
  useSettingsMutation((r: InvokeRequest<'settings:pause-alerts'>) =>
    call('settings:pause-alerts', r),
  );
