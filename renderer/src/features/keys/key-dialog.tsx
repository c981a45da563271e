import { useId, useState, type FormEvent } from 'react';
import { Dialog, Switch } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { ApiKeyView, CreatedKeyView } from '../../../../electron/shared/ipc/views.js';
import { useCreateKey, useUpdateKey } from '../../queries/use-keys.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { returnFocusOnClose } from '../../ui/focus-return.js';
import { WarningIcon } from '../../ui/icons.js';
import { ExpiryField } from './expiry-field.js';
import {
  EMPTY_FORM,
  KEY_NAME_MAX_BYTES,
  draftFromForm,
  formFromKey,
  hasErrors,
  patchFromForm,
  utf8Bytes,
  validateForm,
  type KeyFormState,
} from './key-form.js';
import { ModelPicker } from './model-picker.js';

export type KeyDialogMode =
  { kind: 'create'; prefill?: Partial<KeyFormState> } | { kind: 'edit'; key: ApiKeyView };

/**
 * Create and edit in one dialog. The form lives inside the dialog content, so it resets when the
 * dialog closes and survives everything else: a refused or failed request leaves the dialog open
 * with the error above the user's input.
 */
export function KeyDialog({
  mode,
  onClose,
  onCreated,
}: {
  mode: KeyDialogMode | null;
  onClose: () => void;
  onCreated: (created: CreatedKeyView) => void;
}) {
  return (
    <Dialog.Root open={mode !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        {mode && <KeyDialogContent mode={mode} onClose={onClose} onCreated={onCreated} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function KeyDialogContent({
  mode,
  onClose,
  onCreated,
}: {
  mode: KeyDialogMode;
  onClose: () => void;
  onCreated: (created: CreatedKeyView) => void;
}) {
  const { t } = useTranslation();
  const ids = { name: useId(), quota: useId(), expiry: useId(), models: useId(), subnets: useId() };
  const original = mode.kind === 'edit' ? mode.key : undefined;
  const [form, setForm] = useState<KeyFormState>(() =>
    original
      ? formFromKey(original)
      : { ...EMPTY_FORM, ...(mode.kind === 'create' ? mode.prefill : undefined) },
  );
  const [showAll, setShowAll] = useState(false);
  const create = useCreateKey();
  const update = useUpdateKey();
  const mutation = original ? update : create;

  const errors = validateForm(form, new Date(), original);
  const shown = (field: keyof typeof errors, typed: boolean) =>
    errors[field] !== undefined && (showAll || typed);
  const set = (patch: Partial<KeyFormState>) => setForm((f) => ({ ...f, ...patch }));
  const bytes = utf8Bytes(form.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hasErrors(errors)) {
      setShowAll(true);
      return;
    }
    const now = new Date();
    if (original) {
      const patch = patchFromForm(form, original, now);
      if (Object.keys(patch).length === 0) return onClose();
      update.mutate({ id: original.id, patch }, { onSuccess: onClose });
    } else {
      create.mutate(draftFromForm(form, now), { onSuccess: onCreated });
    }
  };

  return (
    <Dialog.Content
      className="dialog key-dialog"
      onPointerDownOutside={(event) => event.preventDefault()}
      onCloseAutoFocus={returnFocusOnClose}
    >
      <form onSubmit={submit} noValidate className="dialog-form">
        <div className="dialog-header">
          <Dialog.Title className="dialog-title">
            {original ? t('keyForm.editTitle', { name: original.name }) : t('keyForm.createTitle')}
          </Dialog.Title>
          <Dialog.Description className="dialog-description">
            {t('keyForm.description')}
          </Dialog.Description>
        </div>
        <div className="dialog-body">
          {mutation.isError && <ErrorAlert title={t('keyForm.failed')} error={mutation.error} />}

          <div className="field">
            <div className="field-row">
              <label className="field-label" htmlFor={ids.name}>
                {t('keyForm.name')}
              </label>
              <span className="field-counter" data-over={bytes > KEY_NAME_MAX_BYTES}>
                {t('keyForm.bytes', { used: bytes, max: KEY_NAME_MAX_BYTES })}
              </span>
            </div>
            <input
              id={ids.name}
              className="input input-wide"
              placeholder={t('keyForm.namePlaceholder')}
              value={form.name}
              autoFocus
              aria-invalid={shown('name', form.name !== '')}
              aria-describedby={`${ids.name}-error`}
              onChange={(event) => set({ name: event.target.value })}
            />
            <span id={`${ids.name}-error`} className="field-error" role="alert">
              {shown('name', form.name !== '') &&
                (errors.name === 'empty'
                  ? t('keyForm.nameEmpty')
                  : t('keyForm.nameTooLong', { max: KEY_NAME_MAX_BYTES }))}
            </span>
          </div>

          <div className="field">
            <label className="field-label" htmlFor={ids.quota}>
              {t('keyForm.quota')}
            </label>
            <div className="field-row">
              <span className="input-prefix">
                <span aria-hidden="true">$</span>
                <input
                  id={ids.quota}
                  className="input quota-input"
                  inputMode="decimal"
                  aria-label={t('keyForm.quotaUsd')}
                  disabled={form.unlimited}
                  aria-invalid={shown('quota', true)}
                  value={form.unlimited ? '' : form.quota}
                  onChange={(event) => set({ quota: event.target.value })}
                />
              </span>
              <Switch.Root
                id={`${ids.quota}-unlimited`}
                className="switch"
                checked={form.unlimited}
                onCheckedChange={(unlimited) => set({ unlimited })}
              >
                <Switch.Thumb className="switch-thumb" />
              </Switch.Root>
              <label htmlFor={`${ids.quota}-unlimited`}>{t('keyForm.unlimited')}</label>
            </div>
            {shown('quota', true) && (
              <span className="field-error">{t('keyForm.quotaInvalid')}</span>
            )}
            <span className="field-hint">{t('keyForm.unlimitedHint')}</span>
          </div>

          <div className="field">
            <span className="field-label" id={ids.expiry}>
              {t('keyForm.expiry')}
            </span>
            <ExpiryField
              choice={form.expiry}
              date={form.date}
              labelId={ids.expiry}
              dateError={errors.date !== undefined}
              onChange={set}
            />
            {errors.date && <span className="field-error">{t('keyForm.expiryPast')}</span>}
          </div>

          <div className="field">
            <span className="field-label" id={ids.models}>
              {t('keyForm.models')}
            </span>
            <ModelPicker
              value={form.models}
              labelId={ids.models}
              onChange={(models) => set({ models })}
            />
          </div>

          <div className="field">
            <label className="field-label" htmlFor={ids.subnets}>
              {t('keyForm.subnets')}
            </label>
            <textarea
              id={ids.subnets}
              className="textarea"
              rows={3}
              spellCheck={false}
              placeholder="203.0.113.0/24"
              aria-invalid={errors.subnets !== undefined}
              aria-describedby={`${ids.subnets}-hint`}
              value={form.subnets}
              onChange={(event) => set({ subnets: event.target.value })}
            />
            {errors.subnets?.map((value) => (
              <span key={value} className="field-error">
                {t('keyForm.subnetInvalid', { value })}
              </span>
            ))}
            <span id={`${ids.subnets}-hint`} className="field-hint">
              {t('keyForm.subnetsHint')}
            </span>
            <span className="field-hint caveat">
              <WarningIcon width={12} height={12} /> {t('keyForm.subnetsCaveat')}
            </span>
          </div>
          {showAll && hasErrors(errors) && (
            <p className="field-error" role="alert">
              {t('keyForm.fixFields')}
            </p>
          )}
        </div>
        <div className="dialog-footer">
          <Dialog.Close className="btn" type="button">
            {t('app.cancel')}
          </Dialog.Close>
          <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
            {original
              ? mutation.isPending
                ? t('keyForm.saving')
                : t('keyForm.save')
              : mutation.isPending
                ? t('keyForm.creating')
                : t('keyForm.create')}
          </button>
        </div>
      </form>
    </Dialog.Content>
  );
}
