import type { TFunction } from 'i18next';

import type { RunwayForecast } from '../../../../electron/shared/domain/balance.js';
import { formatDays, formatUsd } from '../../ui/format.js';

/** The runway forecast in a sentence, and the basis it rests on. */
export function forecastText(
  t: TFunction,
  forecast: RunwayForecast,
): { main: string; basis?: string } {
  switch (forecast.kind) {
    case 'insufficient_history':
      return { main: t('account.forecast.insufficient') };
    case 'no_spend':
      return { main: t('account.forecast.noSpend') };
    case 'estimate':
      return {
        main: t('account.forecast.estimate', {
          days: formatDays(forecast.daysLeft),
          rate: formatUsd(forecast.spendPerDayUsd),
        }),
        basis: t('account.forecast.basis', { hours: Math.round(forecast.basedOnHours) }),
      };
  }
}
