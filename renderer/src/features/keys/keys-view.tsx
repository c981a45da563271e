import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiKeyView, CreatedKeyView } from '../../../../electron/shared/ipc/views.js';
import { useKeys } from '../../queries/use-keys.js';
import { takeKeyPrefill } from '../catalog/key-prefill.js';
import { ConfirmDialog } from '../../ui/confirm-dialog.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { PlusIcon } from '../../ui/icons.js';
import { BatchBar } from './batch-bar.js';
import { CreatedKeyDialog } from './created-key-dialog.js';
import { KeyDialog, type KeyDialogMode } from './key-dialog.js';
import {
  countByStatus,
  DEFAULT_QUERY,
  nextSort,
  selectKeys,
  type KeyQuery,
} from './key-list-model.js';
import { KeysTable } from './keys-table.js';
import { KeysToolbar } from './keys-toolbar.js';
import { RefusalAlert } from './refusal-alert.js';
import { useKeyActions } from './use-key-actions.js';

/** All of the account's keys: search, filter, sort, batch actions, create and edit. */
export function KeysView() {
  const { t } = useTranslation();
  const keys = useKeys();
  const [query, setQuery] = useState<KeyQuery>(DEFAULT_QUERY);
  // "Create a key limited to this model" (Models view) opens the dialog prefilled. React keeps the
  // first initializer result (StrictMode's second call is discarded), so taking it here is safe.
  const [dialog, setDialog] = useState<KeyDialogMode | null>(() => {
    const prefill = takeKeyPrefill();
    return prefill ? { kind: 'create', prefill } : null;
  });
  const [created, setCreated] = useState<CreatedKeyView | null>(null);
  const openEdit = useCallback((key: ApiKeyView) => setDialog({ kind: 'edit', key }), []);
  const k = useKeyActions(openEdit);

  // Typing stays instant; the filter over thousands of keys follows a frame later if it must.
  const deferredQuery = useDeferredValue(query);
  const all = useMemo(() => keys.data ?? [], [keys.data]);
  const shown = useMemo(() => selectKeys(all, deferredQuery), [all, deferredQuery]);
  const counts = useMemo(() => countByStatus(all), [all]);
  const selectedKeys = all.filter((key) => k.selection.has(key.id));

  return (
    <section className="view keys-view" aria-labelledby="keys-title">
      <header className="view-header">
        <h1 id="keys-title" className="view-title">
          {t('keys.title')}
        </h1>
        {keys.data && <span className="muted">{t('keys.count', { count: all.length })}</span>}
        <div className="view-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            <PlusIcon /> {t('keys.create')}
          </button>
        </div>
      </header>

      <KeysToolbar
        search={query.search}
        onSearch={(search) => setQuery((q) => ({ ...q, search }))}
        status={query.status}
        onStatus={(status) => setQuery((q) => ({ ...q, status }))}
        counts={counts}
      />
      {selectedKeys.length > 0 && (
        <BatchBar
          count={selectedKeys.length}
          busy={k.batchBusy}
          onEnable={() => void k.setSelectedEnabled(selectedKeys, true)}
          onDisable={() => void k.setSelectedEnabled(selectedKeys, false)}
          onCopy={() => k.actions.copy(selectedKeys.map((key) => key.id))}
          onDelete={() => k.actions.remove(selectedKeys)}
          onClear={() => k.setSelection(new Set())}
        />
      )}
      {k.refusal && (
        <RefusalAlert
          refusal={k.refusal}
          onDismiss={() => k.setRefusal(null)}
          onFix={() => {
            const key = all.find((x) => x.id === k.refusal?.key.id) ?? k.refusal?.key;
            k.setRefusal(null);
            if (key) openEdit(key);
          }}
        />
      )}
      {keys.isError && <ErrorAlert title={t('keys.loadError')} error={keys.error} />}

      {keys.data && all.length === 0 ? (
        <div className="keys-empty muted">{t('keys.empty')}</div>
      ) : (
        <KeysTable
          keys={shown}
          total={all.length}
          selection={k.selection}
          revealed={k.revealed}
          sort={query.sort}
          onSort={(key) => setQuery((q) => ({ ...q, sort: nextSort(q.sort, key) }))}
          onSelectAll={(on) =>
            k.setSelection(on ? new Set([...k.selection, ...shown.map((x) => x.id)]) : new Set())
          }
          actions={k.actions}
        />
      )}
      {keys.data && all.length > 0 && shown.length === 0 && (
        <div className="keys-empty muted" role="status">
          {t('keys.noMatch')}
        </div>
      )}

      <KeyDialog
        mode={dialog}
        onClose={() => setDialog(null)}
        onCreated={(view) => {
          setDialog(null);
          setCreated(view);
        }}
      />
      <CreatedKeyDialog created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={k.toDelete !== null}
        onOpenChange={(open) => !open && k.setToDelete(null)}
        title={t('keys.deleteTitle', {
          count: k.toDelete?.length ?? 1,
          name: k.toDelete?.[0]?.name ?? '',
        })}
        body={t('keys.deleteBody')}
        confirmLabel={t('keys.deleteConfirm')}
        busy={k.deleting.isPending}
        error={k.deleting.error}
        onConfirm={k.confirmDelete}
      />
    </section>
  );
}
