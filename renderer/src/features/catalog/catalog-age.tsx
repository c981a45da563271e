import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatRelative } from '../../ui/format.js';

/**
 * "Updated 2 minutes ago", written a frame after the rows: the first relative time formatted in a
 * window builds ICU data (~10 ms), which was paid before the first rows could show.
 */
export function CatalogAge({ fetchedAt }: { fetchedAt: Date }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      setText(t('catalog.fetched', { when: formatRelative(fetchedAt) })),
    );
    return () => cancelAnimationFrame(frame);
  }, [fetchedAt, t]);
  return <span className="muted catalog-age">{text}</span>;
}
