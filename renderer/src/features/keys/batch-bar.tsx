import { useTranslation } from 'react-i18next';

/** Shown while keys are selected: the batch actions of the new-api console. */
export function BatchBar({
  count,
  busy,
  onEnable,
  onDisable,
  onCopy,
  onDelete,
  onClear,
}: {
  count: number;
  busy: boolean;
  onEnable: () => void;
  onDisable: () => void;
  onCopy: () => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="batch-bar" role="toolbar" aria-label={t('keys.selected', { count })}>
      <span className="batch-count" aria-live="polite">
        {t('keys.selected', { count })}
      </span>
      <button type="button" className="btn btn-sm" disabled={busy} onClick={onEnable}>
        {t('keys.batch.enable')}
      </button>
      <button type="button" className="btn btn-sm" disabled={busy} onClick={onDisable}>
        {t('keys.batch.disable')}
      </button>
      <button type="button" className="btn btn-sm" disabled={busy} onClick={onCopy}>
        {t('keys.batch.copy')}
      </button>
      <button type="button" className="btn btn-sm btn-danger" disabled={busy} onClick={onDelete}>
        {t('keys.batch.delete')}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={onClear}>
        {t('keys.batch.clear')}
      </button>
    </div>
  );
}
