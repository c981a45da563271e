import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { AppView, BalanceView } from '../../../electron/shared/ipc/views.js';
import { onEvent } from '../bridge/call.js';
import { queryKeys } from './query-keys.js';

/**
 * Keeps the query cache in step with what main pushes (a poll, a switch from the tray, a setting
 * changed elsewhere) and forwards navigation requests from the tray.
 */
export function useBridgeEvents(navigate: (view: AppView) => void): void {
  const client = useQueryClient();
  useEffect(() => {
    const offs = [
      onEvent('accounts:changed', (view) => {
        const before = client.getQueryData<{ activeId: string | null }>(queryKeys.accounts);
        client.setQueryData(queryKeys.accounts, view);
        if (before?.activeId !== view.activeId) void client.invalidateQueries();
      }),
      onEvent('settings:changed', (settings) => client.setQueryData(queryKeys.settings, settings)),
      onEvent('balance:changed', (state) => {
        const activeId =
          client.getQueryData<{ activeId: string | null }>(queryKeys.accounts)?.activeId ?? null;
        client.setQueryData<BalanceView>(queryKeys.balance(activeId), (old) =>
          old ? { ...old, state } : old,
        );
        void client.invalidateQueries({ queryKey: queryKeys.balance(activeId) });
      }),
      onEvent('app:navigate', ({ view }) => navigate(view)),
    ];
    return () => offs.forEach((off) => off());
  }, [client, navigate]);
}
