import { useId, useMemo, useState } from 'react';
import { Checkbox } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import { useAvailableModels } from '../../queries/use-keys.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { CheckIcon, SearchIcon } from '../../ui/icons.js';

const SHOWN_MAX = 200;

/**
 * A searchable multi-select over the account's available models. Selected models that the
 * account no longer lists stay shown (and removable) rather than silently dropped.
 */
export function ModelPicker({
  value,
  onChange,
  labelId,
}: {
  value: string[];
  onChange: (models: string[]) => void;
  labelId: string;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const models = useAvailableModels(true);
  const selected = useMemo(() => new Set(value), [value]);

  const options = useMemo(() => {
    const all = [...new Set([...value, ...(models.data ?? [])])];
    const needle = search.trim().toLowerCase();
    return needle ? all.filter((m) => m.toLowerCase().includes(needle)) : all;
  }, [models.data, value, search]);

  const toggle = (model: string, on: boolean) =>
    onChange(on ? [...value, model] : value.filter((m) => m !== model));

  return (
    <div className="model-picker">
      {value.length > 0 && (
        <div className="chips" aria-live="polite">
          {value.map((model) => (
            <span key={model} className="chip">
              {model}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('keyForm.removeModel', { model })}
                onClick={() => toggle(model, false)}
              >
                ×
              </button>
            </span>
          ))}
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => onChange([])}>
            {t('keyForm.modelsClear')}
          </button>
        </div>
      )}
      <div className="search-field">
        <SearchIcon />
        <input
          id={searchId}
          className="input input-wide"
          type="search"
          placeholder={t('keyForm.modelsSearch')}
          aria-label={t('keyForm.modelsSearch')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          // Enter in the search box must not submit the whole dialog.
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              const first = options[0];
              if (first && !selected.has(first)) toggle(first, true);
            }
          }}
        />
      </div>
      {models.isError && <ErrorAlert error={models.error} />}
      <div className="model-options" role="group" aria-labelledby={labelId}>
        {models.isPending && <p className="muted field-hint">{t('keyForm.modelsLoading')}</p>}
        {!models.isPending && options.length === 0 && (
          <p className="muted field-hint">{t('keyForm.modelsNone')}</p>
        )}
        {options.slice(0, SHOWN_MAX).map((model) => {
          const id = `${searchId}-${model}`;
          return (
            <div key={model} className="model-option">
              <Checkbox.Root
                id={id}
                className="checkbox"
                checked={selected.has(model)}
                onCheckedChange={(on) => toggle(model, on === true)}
              >
                <Checkbox.Indicator>
                  <CheckIcon width={11} height={11} />
                </Checkbox.Indicator>
              </Checkbox.Root>
              <label htmlFor={id} className="mono">
                {model}
              </label>
            </div>
          );
        })}
      </div>
      <span className="field-hint">
        {value.length
          ? t('keyForm.modelsSelected', { count: value.length })
          : t('keyForm.modelsHint')}
      </span>
    </div>
  );
}
