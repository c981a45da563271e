import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { BalanceView } from '../../../electron/shared/ipc/views.js';
import { call } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';
import { useAccounts } from './use-accounts.js';

export function useBalance() {
  const activeId = useAccounts().data?.activeId ?? null;
  return useQuery({
    queryKey: queryKeys.balance(activeId),
    queryFn: () => call('balance:get'),
    enabled: activeId !== null,
  });
}

export function useRefreshBalance() {
  const client = useQueryClient();
  const activeId = useAccounts().data?.activeId ?? null;
  return useMutation({
    mutationFn: () => call('balance:refresh'),
    onSuccess: (state) => {
      client.setQueryData<BalanceView>(queryKeys.balance(activeId), (old) =>
        old ? { ...old, state } : old,
      );
      // The history grew by one reading: fetch it again.
      void client.invalidateQueries({ queryKey: queryKeys.balance(activeId) });
    },
  });
}

export function useOpenTopUp() {
  return useMutation({ mutationFn: () => call('balance:open-top-up') });
}
