import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { InvokeRequest } from '../../../../electron/shared/ipc/contract.js';
import type { ChatDoneEvent, ConversationView } from '../../../../electron/shared/ipc/views.js';
import { call, onEvent } from '../../bridge/call.js';
import { queryKeys } from '../../queries/query-keys.js';
import { useAccounts } from '../../queries/use-accounts.js';
import { dropLive, ensureLiveSubscription, liveRequestOf } from './live-store.js';

/** Query keys of the Chat view; conversations are local, the rest follows the active account. */
export const chatKeys = {
  list: ['chat', 'list'] as const,
  conversation: (id: string) => ['chat', 'conversation', id] as const,
  search: (query: string) => ['chat', 'search', query] as const,
  keys: (accountId: string | null) => ['chat', 'keys', accountId] as const,
  estimate: (request: unknown) => ['chat', 'estimate', request] as const,
  // The same key as the Models view, so both share one cached catalog.
  catalog: (accountId: string | null) => ['catalog', accountId] as const,
};

const useActiveId = (): string | null => useAccounts().data?.activeId ?? null;

export const useConversations = () =>
  useQuery({ queryKey: chatKeys.list, queryFn: () => call('chat:list') });

export const useConversation = (id: string | null) =>
  useQuery({
    queryKey: chatKeys.conversation(id ?? ''),
    queryFn: () => call('chat:get', { id: id ?? '' }),
    enabled: id !== null,
    // Finished conversations change only through this window. One still streaming is read
    // again when opened: its answer may have ended while the Chat view was not shown.
    staleTime: (query) =>
      query.state.data?.messages.some((m) => m.status === 'streaming') ? 0 : Infinity,
  });

export const useChatSearch = (query: string) =>
  useQuery({
    queryKey: chatKeys.search(query),
    queryFn: () => call('chat:search', { query }),
    enabled: query.trim() !== '',
  });

export const useChatCatalog = () =>
  useQuery({
    queryKey: chatKeys.catalog(useActiveId()),
    queryFn: () => call('catalog:get'),
    staleTime: 60_000,
  });

export const useChatKeys = () => {
  const activeId = useActiveId();
  return useQuery({
    queryKey: chatKeys.keys(activeId),
    queryFn: () => call('chat:keys'),
    enabled: activeId !== null,
    staleTime: 30_000,
  });
};

/** `version` changes with the history, so its tokens are counted again. */
export const useEstimate = (request: InvokeRequest<'chat:estimate'> | null, version: string) =>
  useQuery({
    queryKey: chatKeys.estimate([request, version]),
    queryFn: () => call('chat:estimate', request!),
    enabled: request !== null,
    placeholderData: (previous) => previous,
    staleTime: 10_000,
  });

/** Puts a finished answer into the cached conversation, replacing only that message. */
function applyDone(client: QueryClient, done: ChatDoneEvent): void {
  client.setQueryData<ConversationView>(chatKeys.conversation(done.conversationId), (old) => {
    if (!old) return old;
    const index = old.messages.findIndex((m) => m.id === done.message.id);
    const messages = [...old.messages];
    if (index === -1) messages.push(done.message);
    else messages[index] = done.message;
    return { ...old, messages };
  });
  dropLive(done.message.id);
  void client.invalidateQueries({ queryKey: chatKeys.list });
  void client.invalidateQueries({ queryKey: ['balance'] });
}

let doneSubscribed: QueryClient | null = null;

/**
 * Live answers and finished ones, for the window's lifetime from the first time Chat opens: an
 * answer that ends while another view is shown still lands in the cached conversation (it would
 * otherwise stay "streaming", with Send disabled and a Stop that stops nothing).
 */
export function useChatEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    ensureLiveSubscription();
    if (doneSubscribed === client) return;
    doneSubscribed = client;
    onEvent('chat:done', (done) => applyDone(client, done));
  }, [client]);
}

function useInvalidating<R, V>(
  fn: (request: R) => Promise<V>,
  after?: (value: V, request: R) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (value, request) => {
      after?.(value, request);
      void client.invalidateQueries({ queryKey: ['chat', 'list'] });
      void client.invalidateQueries({ queryKey: ['chat', 'search'] });
    },
  });
}

export const useCreateConversation = () => {
  const client = useQueryClient();
  return useInvalidating(
    (r: InvokeRequest<'chat:create'>) => call('chat:create', r),
    (created) => client.setQueryData(chatKeys.conversation(created.id), created),
  );
};
export const useRenameConversation = () =>
  useInvalidating((r: InvokeRequest<'chat:rename'>) => call('chat:rename', r));
export const useDeleteConversation = () =>
  useInvalidating((r: InvokeRequest<'chat:delete'>) => call('chat:delete', r));
export const useRestoreConversation = () =>
  useInvalidating((r: InvokeRequest<'chat:restore'>) => call('chat:restore', r));

/** Send and regenerate: the conversation is read again (it now holds the streaming answer). */
export function useSendMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      r:
        | { kind: 'send'; request: InvokeRequest<'chat:send'> }
        | { kind: 'regenerate'; request: InvokeRequest<'chat:regenerate'> },
    ) => (r.kind === 'send' ? call('chat:send', r.request) : call('chat:regenerate', r.request)),
    onSuccess: async (sent) => {
      const fresh = await call('chat:get', { id: sent.conversationId });
      client.setQueryData(
        chatKeys.conversation(sent.conversationId),
        (old: ConversationView | undefined) => {
          // A fast answer may have finished already: keep its final record.
          if (!old) return fresh;
          const done = new Map(
            old.messages.filter((m) => m.status !== 'streaming').map((m) => [m.id, m]),
          );
          return {
            ...fresh,
            messages: fresh.messages.map((m) =>
              m.status === 'streaming' ? (done.get(m.id) ?? m) : m,
            ),
          };
        },
      );
      void client.invalidateQueries({ queryKey: chatKeys.list });
    },
  });
}

/**
 * Stops the answer streaming into `messageId`. The window may not know its request (it reloaded
 * mid-answer): then the deltas it saw since, or main's list of running answers, tell it. When
 * nothing is running any more the conversation is read again, so the finished answer shows.
 */
export function useStop() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: {
      conversationId: string;
      messageId: string;
      requestId: string | null;
    }) => {
      const requestId =
        target.requestId ??
        liveRequestOf(target.messageId) ??
        (await call('chat:active')).find((a) => a.messageId === target.messageId)?.requestId ??
        null;
      const result = requestId ? await call('chat:stop', { requestId }) : { stopped: false };
      if (!result.stopped) {
        await client.invalidateQueries({
          queryKey: chatKeys.conversation(target.conversationId),
        });
      }
      return result;
    },
  });
}

export { queryKeys };
