import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AlertThresholdSetting } from '../../../../electron/shared/domain/settings.js';
import { useSetThresholds, useSettings } from '../../queries/use-settings.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { PlusIcon, TrashIcon } from '../../ui/icons.js';
import { useToast } from '../../ui/toaster.js';

interface Row {
  kind: 'usd' | 'days';
  value: string;
}

const toRows = (list: AlertThresholdSetting[]): Row[] =>
  list.map((th) => ({ kind: th.kind, value: String(th.kind === 'usd' ? th.usd : th.days) }));

const parse = (row: Row): AlertThresholdSetting | null => {
  const n = Number(row.value);
  if (row.value.trim() === '' || !Number.isFinite(n) || n <= 0) return null;
  return row.kind === 'usd' ? { kind: 'usd', usd: n } : { kind: 'days', days: n };
};

/**
 * Alert thresholds edited where they are shown (the account page and Settings). Rows keep the
 * typed text so a half-typed number is not reformatted under the cursor; Save appears once the
 * list differs from what is stored.
 */
export function ThresholdsEditor() {
  const { t } = useTranslation();
  const stored = useSettings().data?.thresholds;
  const save = useSetThresholds();
  const toast = useToast();
  // The draft remembers which stored list it was made from: when that list changes (saved here,
  // or from the other editor), the draft is dropped instead of overwriting the newer value.
  const [draft, setDraft] = useState<{ base: AlertThresholdSetting[]; rows: Row[] } | null>(null);

  if (!stored) return null;
  const rows = draft?.base === stored ? draft.rows : null;
  const setRows = (next: Row[] | null) => setDraft(next ? { base: stored, rows: next } : null);
  const current = rows ?? toRows(stored);
  const parsed = current.map(parse);
  const valid = parsed.every((p) => p !== null);
  const dirty = rows !== null;
  const update = (index: number, patch: Partial<Row>) =>
    setRows(current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div className="thresholds">
      {current.length === 0 && <p className="muted">{t('account.thresholds.none')}</p>}
      <ul className="threshold-list">
        {current.map((row, index) => (
          <li key={index} className="threshold-row">
            <input
              className="input threshold-value"
              inputMode="decimal"
              aria-label={t('account.thresholds.value')}
              aria-invalid={parsed[index] === null}
              value={row.value}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <select
              className="select"
              aria-label={t('account.thresholds.kind')}
              value={row.kind}
              onChange={(event) => update(index, { kind: event.target.value as Row['kind'] })}
            >
              <option value="usd">{t('account.thresholds.usd')}</option>
              <option value="days">{t('account.thresholds.days')}</option>
            </select>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={t('account.thresholds.remove', { value: row.value })}
              onClick={() => setRows(current.filter((_, i) => i !== index))}
            >
              <TrashIcon />
            </button>
          </li>
        ))}
      </ul>
      {!valid && <p className="field-error">{t('account.thresholds.invalid')}</p>}
      <div className="threshold-actions">
        <button
          type="button"
          className="btn btn-sm"
          disabled={current.length >= 20}
          onClick={() => setRows([...current, { kind: 'usd', value: '' }])}
        >
          <PlusIcon /> {t('account.thresholds.add')}
        </button>
        {dirty && (
          <>
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => setRows(null)}>
              {t('app.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-sm btn-primary"
              disabled={!valid || save.isPending}
              onClick={() =>
                save.mutate(
                  { thresholds: parsed.filter((p) => p !== null) },
                  {
                    onSuccess: () =>
                      toast({ kind: 'success', title: t('account.thresholds.saved') }),
                  },
                )
              }
            >
              {t('app.save')}
            </button>
          </>
        )}
      </div>
      {save.isError && <ErrorAlert error={save.error} />}
    </div>
  );
}
