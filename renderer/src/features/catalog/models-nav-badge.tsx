import { useTranslation } from 'react-i18next';

import { changeTotal, useCatalog, useCatalogChanges, useCatalogEvents } from './use-catalog.js';

/**
 * The count of catalog changes since the user last looked, on the Models sidebar entry. It also
 * keeps the catalog queries in step with catalog:changed, because the sidebar is always mounted.
 */
export function ModelsNavBadge() {
  const { t } = useTranslation();
  useCatalogEvents();
  // Loads the (cached) catalog as the window opens, so the Models view shows rows on first render.
  useCatalog();
  const count = changeTotal(useCatalogChanges().data);
  if (count === 0) return null;
  return (
    <span
      className="nav-count"
      data-testid="models-badge"
      aria-label={t('catalog.changes.badge', { count })}
    >
      {count}
    </span>
  );
}
