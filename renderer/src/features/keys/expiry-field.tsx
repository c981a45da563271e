import { RadioGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import { useNow } from '../../ui/use-now.js';
import type { ExpiryChoice } from './key-form.js';
import { toDateInput } from './key-form.js';

const CHOICES: { value: ExpiryChoice; label: string }[] = [
  { value: 'never', label: 'keyForm.expiryNever' },
  { value: '1d', label: 'keyForm.expiry1d' },
  { value: '7d', label: 'keyForm.expiry7d' },
  { value: '30d', label: 'keyForm.expiry30d' },
  { value: 'date', label: 'keyForm.expiryDate' },
];

/** Expiry shortcuts as a segmented radio group, with a date field for "Date…". */
export function ExpiryField({
  choice,
  date,
  labelId,
  dateError,
  onChange,
}: {
  choice: ExpiryChoice;
  date: string;
  labelId: string;
  dateError: boolean;
  onChange: (patch: { expiry?: ExpiryChoice; date?: string }) => void;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const tomorrow = toDateInput(new Date(now.getTime() + 86_400_000));
  return (
    <div className="field-row expiry-row">
      <RadioGroup.Root
        className="segmented"
        aria-labelledby={labelId}
        value={choice}
        orientation="horizontal"
        onValueChange={(value) => {
          const expiry = value as ExpiryChoice;
          onChange(expiry === 'date' && !date ? { expiry, date: tomorrow } : { expiry });
        }}
      >
        {CHOICES.map(({ value, label }) => (
          <RadioGroup.Item key={value} value={value} className="segmented-item">
            {t(label)}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      {choice === 'date' && (
        <input
          type="date"
          className="input"
          aria-label={t('keyForm.expiryDateLabel')}
          aria-invalid={dateError}
          min={tomorrow}
          value={date}
          onChange={(event) => onChange({ date: event.target.value })}
        />
      )}
    </div>
  );
}
