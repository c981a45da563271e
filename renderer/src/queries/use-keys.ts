import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { InvokeRequest } from '../../../electron/shared/ipc/contract.js';
import type { ApiKeyView } from '../../../electron/shared/ipc/views.js';
import { call } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';
import { useAccounts } from './use-accounts.js';

function useKeysQueryKey() {
  return queryKeys.keys(useAccounts().data?.activeId ?? null);
}

export function useKeys() {
  const activeId = useAccounts().data?.activeId ?? null;
  return useQuery({
    queryKey: queryKeys.keys(activeId),
    queryFn: () => call('keys:list'),
    enabled: activeId !== null,
  });
}

export function useAvailableModels(enabled: boolean) {
  const activeId = useAccounts().data?.activeId ?? null;
  return useQuery({
    queryKey: queryKeys.availableModels(activeId),
    queryFn: () => call('keys:available-models'),
    enabled: enabled && activeId !== null,
    staleTime: 5 * 60_000,
  });
}

/** Replaces one key in the cached list (or prepends a new one). */
function upsert(list: ApiKeyView[] | undefined, key: ApiKeyView): ApiKeyView[] | undefined {
  if (!list) return list;
  return list.some((k) => k.id === key.id)
    ? list.map((k) => (k.id === key.id ? key : k))
    : [key, ...list];
}

export function useCreateKey() {
  const client = useQueryClient();
  const key = useKeysQueryKey();
  return useMutation({
    mutationFn: (draft: InvokeRequest<'keys:create'>) => call('keys:create', draft),
    onSuccess: (created) => {
      client.setQueryData<ApiKeyView[]>(key, (list) => upsert(list, created.key));
      void client.invalidateQueries({ queryKey: key });
    },
  });
}

export function useUpdateKey() {
  const client = useQueryClient();
  const key = useKeysQueryKey();
  return useMutation({
    mutationFn: (r: InvokeRequest<'keys:update'>) => call('keys:update', r),
    onSuccess: (updated) => client.setQueryData<ApiKeyView[]>(key, (list) => upsert(list, updated)),
  });
}

/**
 * Enable/disable flips the switch at once and rolls back if the gateway refuses (an expired key
 * cannot be enabled, for example); the caller shows the reason.
 */
export function useSetKeyEnabled() {
  const client = useQueryClient();
  const key = useKeysQueryKey();
  return useMutation({
    mutationFn: (r: InvokeRequest<'keys:set-enabled'>) => call('keys:set-enabled', r),
    onMutate: async ({ id, enabled }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<ApiKeyView[]>(key);
      client.setQueryData<ApiKeyView[]>(key, (list) =>
        list?.map((k) => (k.id === id ? { ...k, status: enabled ? 'enabled' : 'disabled' } : k)),
      );
      return { previous };
    },
    onError: (_error, _request, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: (updated) => client.setQueryData<ApiKeyView[]>(key, (list) => upsert(list, updated)),
  });
}

export function useDeleteKeys() {
  const client = useQueryClient();
  const key = useKeysQueryKey();
  return useMutation({
    // One request per key: the gateway has no batch delete. Stops at the first refusal.
    mutationFn: async (ids: number[]) => {
      for (const id of ids) await call('keys:delete', { id });
      return ids;
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
    onSuccess: (ids) =>
      client.setQueryData<ApiKeyView[]>(key, (list) => list?.filter((k) => !ids.includes(k.id))),
  });
}

export function useCopyKeys() {
  return useMutation({ mutationFn: (ids: number[]) => call('keys:copy', { ids }) });
}

export function useRevealKey() {
  return useMutation({ mutationFn: (id: number) => call('keys:reveal', { id }) });
}
