import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';
import {
  useCopyKeys,
  useDeleteKeys,
  useRevealKey,
  useSetKeyEnabled,
} from '../../queries/use-keys.js';
import { errorText } from '../../ui/error-text.js';
import { useToast } from '../../ui/toaster.js';
import type { KeyRowActions } from './key-row.js';
import type { Refusal } from './refusal-alert.js';

/**
 * What the key table's buttons do, and the state they leave behind (the selection, revealed keys,
 * a refusal to explain, a delete to confirm). Revealed keys live only in this view's memory.
 */
export function useKeyActions(onEdit: (key: ApiKeyView) => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const setEnabled = useSetKeyEnabled();
  const copyKeys = useCopyKeys();
  const revealKey = useRevealKey();
  const deleteKeys = useDeleteKeys();
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [revealed, setRevealed] = useState<ReadonlyMap<number, string>>(new Map());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [toDelete, setToDelete] = useState<ApiKeyView[] | null>(null);
  const [batchBusy, setBatchBusy] = useState(false);

  const actions: KeyRowActions = useMemo(
    () => ({
      select: (id, on) =>
        setSelection((current) => {
          const next = new Set(current);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setEnabled: (key, enabled) => {
        setRefusal(null);
        setEnabled.mutate(
          { id: key.id, enabled },
          { onError: (error) => setRefusal({ key, error }) },
        );
      },
      copy: (ids) =>
        copyKeys.mutate(ids, {
          onSuccess: ({ copied, unavailable }) => {
            if (copied > 0) {
              toast({
                kind: 'success',
                title:
                  ids.length === 1 ? t('keys.copiedOne') : t('keys.copiedMany', { count: copied }),
              });
            }
            if (unavailable > 0) {
              toast({ kind: 'error', title: t('keys.copyUnavailable', { count: unavailable }) });
            }
          },
          onError: (error) => toast({ kind: 'error', title: errorText(t, error) }),
        }),
      reveal: (id) =>
        revealKey.mutate(id, {
          onSuccess: ({ key }) => {
            if (key) setRevealed((current) => new Map(current).set(id, key));
            else toast({ kind: 'error', title: t('keys.cannotReveal') });
          },
          onError: (error) => toast({ kind: 'error', title: errorText(t, error) }),
        }),
      hide: (id) =>
        setRevealed((current) => {
          const next = new Map(current);
          next.delete(id);
          return next;
        }),
      edit: onEdit,
      remove: (keys) => {
        deleteKeys.reset();
        setToDelete(keys);
      },
    }),
    // The mutation objects change identity on every state change; their mutate functions do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setEnabled.mutate, copyKeys.mutate, revealKey.mutate, deleteKeys.reset, onEdit, t, toast],
  );

  /** Enables or disables the selected keys one by one; the first refusal is explained. */
  const setSelectedEnabled = async (keys: ApiKeyView[], enabled: boolean) => {
    setRefusal(null);
    setBatchBusy(true);
    for (const key of keys) {
      if ((key.status === 'enabled') === enabled) continue;
      try {
        await setEnabled.mutateAsync({ id: key.id, enabled });
      } catch (error) {
        setRefusal({ key, error });
        break;
      }
    }
    setBatchBusy(false);
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    const ids = toDelete.map((k) => k.id);
    deleteKeys.mutate(ids, {
      onSuccess: () => {
        toast({ kind: 'success', title: t('keys.deleted', { count: ids.length }) });
        setSelection((current) => new Set([...current].filter((id) => !ids.includes(id))));
        setToDelete(null);
      },
    });
  };

  return {
    actions,
    selection,
    setSelection,
    revealed,
    refusal,
    setRefusal,
    toDelete,
    setToDelete,
    confirmDelete,
    deleting: deleteKeys,
    batchBusy,
    setSelectedEnabled,
  };
}
