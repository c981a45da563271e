import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { InvokeRequest } from '../../../electron/shared/ipc/contract.js';
import type { AccountsView } from '../../../electron/shared/ipc/views.js';
import { call } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';

export function useAccounts() {
  return useQuery({ queryKey: queryKeys.accounts, queryFn: () => call('accounts:list') });
}

/** The active account, or null while loading or when there is none. */
export function useActiveAccount() {
  const { data } = useAccounts();
  return data?.accounts.find((a) => a.id === data.activeId) ?? null;
}

/** Mutations that answer with the whole accounts view write it straight into the cache. */
function useAccountsMutation<R>(fn: (request: R) => Promise<AccountsView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      client.setQueryData(queryKeys.accounts, view);
      void client.invalidateQueries({ queryKey: ['balance'] });
    },
  });
}

export const useSwitchAccount = () =>
  useAccountsMutation((r: InvokeRequest<'accounts:switch'>) => call('accounts:switch', r));
export const useRenameAccount = () =>
  useAccountsMutation((r: InvokeRequest<'accounts:rename'>) => call('accounts:rename', r));
export const useSetBaseUrl = () =>
  useAccountsMutation((r: InvokeRequest<'accounts:set-base-url'>) =>
    call('accounts:set-base-url', r),
  );
export const useSignOut = () =>
  useAccountsMutation((r: InvokeRequest<'accounts:sign-out'>) => call('accounts:sign-out', r));

export function useTestToken() {
  return useMutation({
    mutationFn: (r: InvokeRequest<'accounts:test-token'>) => call('accounts:test-token', r),
  });
}

/** Adding an account (or the demo) makes it active: refetch everything account-scoped. */
export function useAddAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (r: InvokeRequest<'accounts:add'>) => call('accounts:add', r),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useStartDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('accounts:start-demo'),
    onSuccess: () => client.invalidateQueries(),
  });
}
