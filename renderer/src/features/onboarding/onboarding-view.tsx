import { useTranslation } from 'react-i18next';

import { useStartDemo } from '../../queries/use-accounts.js';
import { openExternal } from '../../queries/use-app.js';
import { useNavigation } from '../../shell/navigation.js';
import { ErrorAlert } from '../../ui/error-alert.js';
import { ExternalIcon } from '../../ui/icons.js';
import { TokenForm } from './token-form.js';

const SETTINGS_PAGE = 'https://aihubmix.com/setting';

/** First run (no account yet) or "Add account": which credential, where to get it, test, save. */
export function OnboardingView({ adding }: { adding: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const demo = useStartDemo();
  const done = () => navigate('account');

  return (
    <section className="view onboarding" aria-labelledby="onboarding-title">
      <div className="onboarding-card">
        <div className="onboarding-mark" aria-hidden="true">
          AI
        </div>
        <h1 id="onboarding-title" className="onboarding-title">
          {adding ? t('onboarding.addTitle') : t('onboarding.title')}
        </h1>
        <p className="onboarding-intro">{t('onboarding.intro1')}</p>
        <p className="onboarding-intro muted">{t('onboarding.intro2')}</p>
        <button
          type="button"
          className="btn onboarding-link"
          onClick={() => void openExternal(SETTINGS_PAGE)}
        >
          <ExternalIcon /> {t('onboarding.openSettings')}
        </button>

        <TokenForm onSaved={done} />

        {!adding && (
          <div className="onboarding-demo">
            <span className="divider-text">{t('onboarding.or')}</span>
            <button
              type="button"
              className="btn"
              disabled={demo.isPending}
              onClick={() => demo.mutate(undefined, { onSuccess: done })}
            >
              {t('onboarding.demo')}
            </button>
            <p className="field-hint">{t('onboarding.demoHint')}</p>
            {demo.isError && <ErrorAlert error={demo.error} />}
          </div>
        )}
        {adding && (
          <button type="button" className="btn btn-ghost" onClick={() => navigate('account')}>
            {t('onboarding.back')}
          </button>
        )}
      </div>
    </section>
  );
}
