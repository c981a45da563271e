import { useId, useState, type FormEvent } from 'react';
import { Collapsible } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { TokenCheckView } from '../../../../electron/shared/ipc/views.js';
import { useAddAccount, useTestToken } from '../../queries/use-accounts.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { formatUsd } from '../../ui/format.js';
import { ChevronIcon } from '../../ui/icons.js';

export const DEFAULT_BASE_URL = 'https://aihubmix.com';

/** A model key pasted where the access token belongs: the most common mix-up (anchors §4.4). */
export const looksLikeApiKey = (token: string): boolean => /^sk-/i.test(token.trim());

/**
 * Paste, test, then save: the test shows whose account the token opens before anything is
 * stored. Changing the token or base URL clears an earlier test so the shown account is always
 * the one that will be saved.
 */
export function TokenForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const ids = { token: useId(), url: useId(), name: useId(), hint: useId() };
  const [token, setToken] = useState('');
  const [baseUrl, setBaseUrl] = useState(DEFAULT_BASE_URL);
  const [name, setName] = useState('');
  const [tested, setTested] = useState<TokenCheckView | null>(null);
  const test = useTestToken();
  const add = useAddAccount();

  const skKey = looksLikeApiKey(token);
  const request = {
    token: token.trim(),
    baseUrl: baseUrl.trim() === DEFAULT_BASE_URL ? undefined : baseUrl.trim(),
  };
  const canTest = token.trim().length > 0 && !skKey && !test.isPending;

  const reset = () => {
    setTested(null);
    test.reset();
    add.reset();
  };

  const runTest = () => {
    if (!canTest) return;
    test.mutate(request, { onSuccess: (view) => setTested(view) });
  };
  const save = () => {
    add.mutate({ ...request, name: name.trim() || undefined }, { onSuccess: () => onSaved() });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tested) save();
    else runTest();
  };

  return (
    <form className="token-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={ids.token}>
          {t('onboarding.tokenLabel')}
        </label>
        <input
          id={ids.token}
          className="input input-wide mono"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('onboarding.tokenPlaceholder')}
          value={token}
          aria-invalid={skKey}
          aria-describedby={ids.hint}
          onChange={(event) => {
            setToken(event.target.value);
            reset();
          }}
        />
        <span
          id={ids.hint}
          className={skKey ? 'field-error' : 'field-hint'}
          role={skKey ? 'alert' : undefined}
        >
          {skKey ? t('onboarding.skKey') : t('onboarding.tokenHint')}
        </span>
      </div>

      <Collapsible.Root className="advanced">
        <Collapsible.Trigger className="btn btn-ghost btn-sm advanced-trigger">
          <ChevronIcon /> {t('onboarding.advanced')}
        </Collapsible.Trigger>
        <Collapsible.Content className="advanced-content">
          <div className="field">
            <label className="field-label" htmlFor={ids.url}>
              {t('onboarding.baseUrl')}
            </label>
            <input
              id={ids.url}
              className="input input-wide"
              type="url"
              spellCheck={false}
              value={baseUrl}
              onChange={(event) => {
                setBaseUrl(event.target.value);
                reset();
              }}
            />
            <span className="field-hint">{t('onboarding.baseUrlHint')}</span>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={ids.name}>
              {t('onboarding.nameLabel')}
            </label>
            <input
              id={ids.name}
              className="input input-wide"
              value={name}
              maxLength={60}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
        </Collapsible.Content>
      </Collapsible.Root>

      {test.isError && <ErrorAlert error={test.error} />}
      {add.isError && <ErrorAlert error={add.error} />}
      {tested && (
        <div className="tested card" role="status" aria-live="polite">
          <div className="tested-name">
            {t('onboarding.testedAs', { name: tested.displayName ?? tested.username })}
          </div>
          <div className="tested-balance">
            {t('onboarding.testedBalance', { balance: formatUsd(tested.balanceUsd) })}
          </div>
          {tested.group && (
            <div className="muted">{t('onboarding.testedGroup', { group: tested.group })}</div>
          )}
        </div>
      )}

      <div className="token-actions">
        <button
          type={tested ? 'button' : 'submit'}
          className={tested ? 'btn' : 'btn btn-primary'}
          disabled={!canTest}
          onClick={tested ? runTest : undefined}
        >
          {test.isPending ? t('onboarding.testing') : t('onboarding.test')}
        </button>
        <button
          type={tested ? 'submit' : 'button'}
          className={tested ? 'btn btn-primary' : 'btn'}
          disabled={!tested || add.isPending}
        >
          {add.isPending ? t('onboarding.saving') : t('onboarding.save')}
        </button>
      </div>
    </form>
  );
}
