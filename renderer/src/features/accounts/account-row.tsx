import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AccountView } from '../../../../electron/shared/ipc/views.js';
import {
  useRenameAccount,
  useSetBaseUrl,
  useSignOut,
  useSwitchAccount,
} from '../../queries/use-accounts.js';
import { ConfirmDialog } from '../../ui/confirm-dialog.js';
import { ErrorAlert } from '../../ui/error-alert.js';

/** One account: switch to it, rename it, change its base URL, or sign out (with confirmation). */
export function AccountRow({ account, active }: { account: AccountView; active: boolean }) {
  const { t } = useTranslation();
  const ids = { name: useId(), url: useId() };
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(account.name);
  const [baseUrl, setBaseUrl] = useState(account.baseUrl);
  const [confirming, setConfirming] = useState(false);
  const switchTo = useSwitchAccount();
  const rename = useRenameAccount();
  const setUrl = useSetBaseUrl();
  const signOut = useSignOut();
  const failed = [switchTo, rename, setUrl].find((m) => m.isError);

  return (
    <div className="setting-row account-row" data-account-id={account.id}>
      <div className="account-row-main">
        <span className="avatar" aria-hidden="true">
          {account.name.slice(0, 2).toUpperCase()}
        </span>
        <div className="setting-text">
          <span className="setting-label">
            {account.name}{' '}
            {active && <span className="badge badge-green">{t('accounts.active')}</span>}
          </span>
          <span className="setting-hint">
            {account.demo ? t('accounts.demo') : account.baseUrl}
            {account.tokenHint && ` · ${t('accounts.token', { hint: account.tokenHint })}`}
          </span>
        </div>
      </div>
      <div className="setting-control">
        {!active && (
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => switchTo.mutate({ id: account.id })}
          >
            {t('accounts.switchTo')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-sm"
          aria-expanded={editing}
          aria-label={`${t('app.edit')} ${account.name}`}
          onClick={() => setEditing((e) => !e)}
        >
          {t('app.edit')}
        </button>
        <button
          type="button"
          className="btn btn-sm btn-danger"
          onClick={() => {
            signOut.reset();
            setConfirming(true);
          }}
        >
          {t('accounts.signOut')}
        </button>
      </div>
      {editing && (
        <div className="account-row-edit">
          <label className="field-label" htmlFor={ids.name}>
            {t('accounts.renameLabel')}
          </label>
          <div className="field-row">
            <input
              id={ids.name}
              className="input"
              value={name}
              maxLength={60}
              onChange={(event) => setName(event.target.value)}
            />
            <button
              type="button"
              className="btn btn-sm"
              disabled={!name.trim() || name.trim() === account.name || rename.isPending}
              onClick={() => rename.mutate({ id: account.id, name: name.trim() })}
            >
              {t('accounts.rename')}
            </button>
          </div>
          {!account.demo && (
            <>
              <label className="field-label" htmlFor={ids.url}>
                {t('accounts.baseUrl')}
              </label>
              <div className="field-row">
                <input
                  id={ids.url}
                  className="input"
                  type="url"
                  spellCheck={false}
                  value={baseUrl}
                  onChange={(event) => setBaseUrl(event.target.value)}
                />
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={baseUrl.trim() === account.baseUrl || setUrl.isPending}
                  onClick={() => setUrl.mutate({ id: account.id, baseUrl: baseUrl.trim() })}
                >
                  {t('accounts.baseUrlSave')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {failed && (
        <div className="account-row-edit">
          <ErrorAlert error={failed.error} />
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('accounts.signOutTitle', { name: account.name })}
        body={t('accounts.signOutBody')}
        confirmLabel={t('accounts.signOut')}
        busy={signOut.isPending}
        error={signOut.error}
        onConfirm={() =>
          signOut.mutate({ id: account.id }, { onSuccess: () => setConfirming(false) })
        }
      />
    </div>
  );
}
