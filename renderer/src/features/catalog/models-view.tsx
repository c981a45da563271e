import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  filterCatalog,
  sortCatalog,
  type CatalogSortKey,
} from '../../../../electron/core/catalog/catalog-query.js';
import { KNOWN_MODEL_TYPES } from '../../../../electron/shared/domain/catalog.js';
import { DEFAULT_CATALOG_PREFS } from '../../../../electron/shared/ipc/catalog-schemas.js';
import { useActiveAccount } from '../../queries/use-accounts.js';
import { useNavigation } from '../../shell/navigation.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { formatRelative } from '../../ui/format.js';
import { RefreshIcon } from '../../ui/icons.js';
import { useToast } from '../../ui/toaster.js';
import { CatalogAge } from './catalog-age.js';
import { CatalogFacets } from './catalog-facets.js';
import { developersOf, filterFromPrefs, typesOf } from './catalog-model.js';
import { CatalogTable } from './catalog-table.js';
import { CatalogToolbar } from './catalog-toolbar.js';
import { ChangesPanel } from './changes-panel.js';
import { chooseModel } from './chosen-model.js';
import { CompareDialog } from './compare-dialog.js';
import { keyNameFor, requestKeyPrefill } from './key-prefill.js';
import { keysCallingModel } from './key-scope.js';
import { ModelDetail } from './model-detail.js';
import {
  changeTotal,
  useCatalog,
  useCatalogChanges,
  useCatalogFirst,
  useCatalogPrefs,
  useKeyAccess,
  useMarkSeen,
  useRefreshCatalog,
  useSetCatalogPrefs,
} from './use-catalog.js';
import './catalog.css';

const MAX_COMPARE = 4;

/** The whole AiHubMix catalog: facets, search, numeric sorts, details, changes and comparison. */
export function ModelsView() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language || 'en';
  const { navigate } = useNavigation();
  const toast = useToast();
  const account = useActiveAccount();
  const signedIn = account?.connected === true;

  const catalog = useCatalog();
  const prefsQuery = useCatalogPrefs();
  const setPrefs = useSetCatalogPrefs();
  const access = useKeyAccess(signedIn);
  const changes = useCatalogChanges();
  const markSeen = useMarkSeen();
  const refresh = useRefreshCatalog();

  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [compared, setCompared] = useState<ReadonlySet<string>>(new Set());
  const [compareOpen, setCompareOpen] = useState(false);
  const [showChanges, setShowChanges] = useState(false);

  const prefs = prefsQuery.data ?? DEFAULT_CATALOG_PREFS;
  // Until the whole catalog is in, the saved view's first rows (from the cache, prefetched at
  // start) stand in for it: they are drawn while thousands of models still cross the bridge.
  const first = useCatalogFirst().data ?? null;
  const partial = catalog.data === undefined ? first : null;
  const data = catalog.data ?? partial ?? undefined;
  const models = useMemo(() => data?.models ?? [], [data]);
  const available = useMemo(() => (data?.available ? new Set(data.available) : null), [data]);
  const filter = useMemo(
    () => filterFromPrefs(prefs, search, available, access.data),
    [prefs, search, available, access.data],
  );
  // The shared query (the CLI's too): numeric sorts on the client, unknowns last. Sorted once per
  // catalog and sort; a keystroke only filters the sorted rows (filtering keeps their order).
  const sorted = useMemo(() => sortCatalog(models, prefs.sort), [models, prefs.sort]);
  const shown = useMemo(() => filterCatalog(sorted, filter), [sorted, filter]);
  const watched = useMemo(() => new Set(prefs.watchlist), [prefs.watchlist]);
  const developers = useMemo(() => developersOf(models), [models]);
  const types = useMemo(() => typesOf(models, KNOWN_MODEL_TYPES), [models]);
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;
  const comparedModels = [...compared].flatMap((id) => byId.get(id) ?? []);
  const changeCount = changeTotal(changes.data);

  const onSort = useCallback(
    (by: CatalogSortKey) =>
      setPrefs({
        sort: {
          by,
          order: prefs.sort.by === by && prefs.sort.order === 'asc' ? 'desc' : 'asc',
        },
      }),
    [prefs.sort, setPrefs],
  );
  // Back to the row the details were opened from, so the keyboard user keeps their place.
  const closeDetail = useCallback(() => {
    const id = selectedId;
    setSelectedId(null);
    if (id === null) return;
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-model-id="${CSS.escape(id)}"] .model-open`)
        ?.focus(),
    );
  }, [selectedId]);
  const onCompare = useCallback(
    (id: string, on: boolean) =>
      setCompared((current) => {
        if (!on) return new Set([...current].filter((x) => x !== id));
        if (current.size >= MAX_COMPARE) {
          toast({ title: t('catalog.compare.limit') });
          return current;
        }
        return new Set([...current, id]);
      }),
    [toast, t],
  );

  // The saved sort and facets come first (they are tiny and prefetched): rows sorted by defaults
  // and then again by the saved sort would cost a second sort and a visible reshuffle.
  if (!data || prefsQuery.isPending) {
    return (
      <section className="view models-view" aria-labelledby="models-title">
        <h1 id="models-title" className="view-title">
          {t('catalog.title')}
        </h1>
        {catalog.isError ? (
          <ErrorAlert title={t('catalog.loadError')} error={catalog.error} />
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </section>
    );
  }

  const fetchedAt = data.fetchedAt;
  const matched = partial ? partial.matched : shown.length;
  const total = partial ? partial.total : models.length;
  return (
    <section className="view models-view" aria-labelledby="models-title">
      <header className="view-header">
        <h1 id="models-title" className="view-title">
          {t('catalog.title')}
        </h1>
        <span className="muted models-count" data-testid="models-count" aria-live="polite">
          {matched === total
            ? t('catalog.count', { count: total })
            : t('catalog.shown', { shown: matched, total })}
        </span>
        {fetchedAt && !data.offline && <CatalogAge fetchedAt={fetchedAt} />}
        <div className="view-actions">
          <button
            type="button"
            className="btn"
            aria-expanded={showChanges}
            aria-controls="changes-panel"
            data-testid="changes-button"
            onClick={() => setShowChanges((v) => !v)}
          >
            {t('catalog.changes.button')}
            {changeCount > 0 && <span className="count-badge">{changeCount}</span>}
          </button>
          <button
            type="button"
            className="btn"
            disabled={compared.size < 2}
            data-testid="compare-button"
            title={t('catalog.compare.hint')}
            onClick={() => setCompareOpen(true)}
          >
            {t('catalog.compare.button', { count: compared.size })}
          </button>
          {compared.size > 0 && (
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="compare-clear"
              onClick={() => setCompared(new Set())}
            >
              {t('catalog.compare.clear')}
            </button>
          )}
          <button
            type="button"
            className="btn"
            disabled={refresh.isPending}
            onClick={() => refresh.mutate()}
          >
            <RefreshIcon /> {refresh.isPending ? t('catalog.refreshing') : t('catalog.refresh')}
          </button>
        </div>
      </header>

      {data.offline && (
        <div className="alert alert-info" role="status" data-testid="catalog-offline">
          {t('catalog.offline', { when: fetchedAt ? formatRelative(fetchedAt) : '—' })}
        </div>
      )}
      {refresh.isError && <ErrorAlert error={refresh.error} />}
      {showChanges && changes.data && (
        <div id="changes-panel">
          <ChangesPanel
            changes={changes.data}
            unit={prefs.unit}
            locale={locale}
            busy={markSeen.isPending}
            onShow={setSelectedId}
            onMarkSeen={() => markSeen.mutate()}
          />
        </div>
      )}

      <CatalogToolbar search={search} onSearch={setSearch} prefs={prefs} onChange={setPrefs} />
      <CatalogFacets
        prefs={prefs}
        onChange={setPrefs}
        types={types}
        developers={developers}
        access={access.data}
        canUseAccount={signedIn}
      />

      <div className="catalog-main" data-detail={selected !== null}>
        <CatalogTable
          models={shown}
          count={partial ? partial.matched : shown.length}
          sort={prefs.sort}
          onSort={onSort}
          unit={prefs.unit}
          locale={locale}
          selectedId={selectedId}
          compared={compared}
          available={available}
          watched={watched}
          onOpen={setSelectedId}
          onCompare={onCompare}
        />
        {selected && (
          <ModelDetail
            model={selected}
            unit={prefs.unit}
            locale={locale}
            available={available ? available.has(selected.id) : null}
            keys={keysCallingModel(access.data, selected.id, available)}
            keysLoading={access.isPending}
            signedIn={signedIn}
            watched={prefs.watchlist.includes(selected.id)}
            onWatch={(on) =>
              setPrefs({
                watchlist: on
                  ? [...prefs.watchlist, selected.id]
                  : prefs.watchlist.filter((id) => id !== selected.id),
              })
            }
            onClose={closeDetail}
            onChat={() => {
              chooseModel(selected.id);
              toast({ title: t('catalog.chosen', { id: selected.id }) });
              navigate('chat');
            }}
            onCreateKey={() => {
              requestKeyPrefill({ name: keyNameFor(selected.id), models: [selected.id] });
              navigate('keys');
            }}
          />
        )}
      </div>
      {shown.length === 0 && (
        <div className="catalog-empty muted" role="status">
          {t('catalog.noMatch')}
        </div>
      )}

      {/* Mounted only while open: closed, its JSX (a dozen translated labels) was still built on
          every render of the view, the first one included. */}
      {compareOpen && comparedModels.length >= 2 && (
        <CompareDialog
          open
          onOpenChange={setCompareOpen}
          models={comparedModels}
          unit={prefs.unit}
          locale={locale}
          onRemove={(id) => onCompare(id, false)}
        />
      )}
    </section>
  );
}
