import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from './error-text.js';
import { WarningIcon } from './icons.js';

/** An inline error that stays until the user acts: used in dialogs so nothing typed is lost. */
export function ErrorAlert({
  title,
  error,
  children,
}: {
  title?: string;
  error: unknown;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <WarningIcon />
      <div className="alert-body">
        {title && <div className="alert-title">{title}</div>}
        <div>{errorText(t, error)}</div>
        {children}
      </div>
    </div>
  );
}
