import { KEY_NAME_MAX_BYTES } from '../../../../electron/shared/domain/keys.js';
import type { KeyDraft, KeyPatch } from '../../../../electron/shared/domain/keys.js';
import { keyNameSchema, subnetSchema } from '../../../../electron/shared/ipc/key-schemas.js';
import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';

/**
 * The key dialog's form state and its conversion to a draft (create) or a patch (edit). Values
 * stay as typed (strings) so a failed request hands back exactly what the user wrote.
 */

export type ExpiryChoice = 'never' | '1d' | '7d' | '30d' | 'date';

export interface KeyFormState {
  name: string;
  unlimited: boolean;
  quota: string;
  expiry: ExpiryChoice;
  /** yyyy-mm-dd from <input type=date>, used when expiry is 'date'. */
  date: string;
  models: string[];
  /** One subnet per line, as typed. */
  subnets: string;
}

export const EMPTY_FORM: KeyFormState = {
  name: '',
  unlimited: true,
  quota: '10',
  expiry: 'never',
  date: '',
  models: [],
  subnets: '',
};

const DAY_MS = 86_400_000;

export const utf8Bytes = (text: string): number => new TextEncoder().encode(text.trim()).length;

/** yyyy-mm-dd in local time (what <input type=date> shows). */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function formFromKey(key: ApiKeyView): KeyFormState {
  return {
    name: key.name,
    unlimited: key.unlimited,
    quota: key.unlimited ? '10' : String(Math.round((key.remainUsd ?? 0) * 100) / 100),
    expiry: key.expiresAt ? 'date' : 'never',
    date: key.expiresAt ? toDateInput(key.expiresAt) : '',
    models: [...key.models],
    subnets: key.subnets.join('\n'),
  };
}

export function parseSubnets(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The end of the chosen local day, so "expires on the 3rd" includes the 3rd. */
function endOfDay(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59);
}

export function expiryDate(form: KeyFormState, now: Date): Date | null {
  switch (form.expiry) {
    case 'never':
      return null;
    case '1d':
      return new Date(now.getTime() + DAY_MS);
    case '7d':
      return new Date(now.getTime() + 7 * DAY_MS);
    case '30d':
      return new Date(now.getTime() + 30 * DAY_MS);
    case 'date':
      return endOfDay(form.date);
  }
}

export interface FormErrors {
  name?: 'empty' | 'too_long';
  quota?: 'invalid';
  date?: 'past';
  /** The lines that are not an IP or CIDR range. */
  subnets?: string[];
}

export function validateForm(form: KeyFormState, now: Date, original?: ApiKeyView): FormErrors {
  const errors: FormErrors = {};
  if (!keyNameSchema.safeParse(form.name).success) {
    errors.name = form.name.trim() === '' ? 'empty' : 'too_long';
  }
  const quota = Number(form.quota);
  if (!form.unlimited && (form.quota.trim() === '' || !Number.isFinite(quota) || quota < 0)) {
    errors.quota = 'invalid';
  }
  // An untouched expiry of an existing key is not re-checked: editing the name of an expired key
  // must stay possible.
  const keptDate = original?.expiresAt && form.date === toDateInput(original.expiresAt);
  if (form.expiry === 'date' && !keptDate) {
    const date = endOfDay(form.date);
    if (!date || date.getTime() <= now.getTime()) errors.date = 'past';
  }
  const bad = parseSubnets(form.subnets).filter((s) => !subnetSchema.safeParse(s).success);
  if (bad.length) errors.subnets = bad;
  return errors;
}

export const hasErrors = (errors: FormErrors): boolean => Object.keys(errors).length > 0;

export function draftFromForm(form: KeyFormState, now: Date): KeyDraft {
  return {
    name: form.name.trim(),
    unlimited: form.unlimited,
    quotaUsd: form.unlimited ? 0 : Number(form.quota),
    expiresAt: expiryDate(form, now),
    models: form.models,
    subnets: parseSubnets(form.subnets),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what changed, so an edit never rewrites a field the user did not touch. */
export function patchFromForm(form: KeyFormState, key: ApiKeyView, now: Date): KeyPatch {
  const draft = draftFromForm(form, now);
  const patch: KeyPatch = {};
  if (draft.name !== key.name) patch.name = draft.name;
  if (draft.unlimited !== key.unlimited) patch.unlimited = draft.unlimited;
  // The quota field shows the remainder; only a changed number is sent as a new budget.
  if (!draft.unlimited && (key.unlimited || form.quota.trim() !== formFromKey(key).quota)) {
    patch.quotaUsd = draft.quotaUsd;
  }
  const keptDate =
    key.expiresAt && form.expiry === 'date' && form.date === toDateInput(key.expiresAt);
  if (!keptDate && (draft.expiresAt?.getTime() ?? null) !== (key.expiresAt?.getTime() ?? null)) {
    patch.expiresAt = draft.expiresAt;
  }
  if (!sameList(draft.models, key.models)) patch.models = draft.models;
  if (!sameList(draft.subnets, key.subnets)) patch.subnets = draft.subnets;
  return patch;
}

export { KEY_NAME_MAX_BYTES };
