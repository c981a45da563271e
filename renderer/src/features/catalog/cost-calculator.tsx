import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callCost, callsAffordable } from '../../../../electron/core/catalog/catalog-units.js';
import type { ModelPricing } from '../../../../electron/shared/domain/catalog.js';
import { useBalance } from '../../queries/use-balance.js';
import { formatNumber, formatUsd } from '../../ui/format.js';
import { usd } from './catalog-model.js';

const parseTokens = (text: string): number => {
  const n = Number(text.replace(/[\s,_]/g, ''));
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
};

/** Input + output tokens → dollars at the catalog's prices, and how many calls the balance buys. */
export function CostCalculator({ pricing, locale }: { pricing: ModelPricing; locale: string }) {
  const { t } = useTranslation();
  const ids = { input: useId(), output: useId() };
  const [input, setInput] = useState('1000');
  const [output, setOutput] = useState('1000');
  const balance = useBalance().data?.state.snapshot?.balanceUsd ?? null;
  const cost = callCost(pricing, parseTokens(input), parseTokens(output));
  const calls = callsAffordable(balance, cost.usd);

  return (
    <section className="calc" aria-labelledby={`${ids.input}-title`}>
      <h3 id={`${ids.input}-title`} className="detail-subtitle">
        {t('catalog.calc.title')}
      </h3>
      <div className="calc-fields">
        <label htmlFor={ids.input} className="field-label">
          {t('catalog.calc.input')}
          <input
            id={ids.input}
            className="input"
            inputMode="numeric"
            data-testid="calc-input"
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </label>
        <label htmlFor={ids.output} className="field-label">
          {t('catalog.calc.output')}
          <input
            id={ids.output}
            className="input"
            inputMode="numeric"
            data-testid="calc-output"
            value={output}
            onChange={(e) => setOutput(e.target.value)}
          />
        </label>
      </div>
      <div className="calc-result" aria-live="polite" data-testid="calc-result">
        {cost.usd === null ? (
          <span>{t('catalog.calc.unknown')}</span>
        ) : (
          <>
            <div>
              {t('catalog.calc.perCall')}{' '}
              <strong data-testid="calc-cost" data-usd={cost.usd}>
                {cost.usd === 0 ? t('catalog.calc.free') : usd(cost.usd, locale)}
              </strong>
            </div>
            <div className="muted" data-testid="calc-calls" data-calls={calls ?? ''}>
              {calls === null
                ? t('catalog.calc.noBalance')
                : calls === Number.POSITIVE_INFINITY
                  ? t('catalog.calc.callsMany', { balance: formatUsd(balance ?? 0) })
                  : t('catalog.calc.calls', {
                      balance: formatUsd(balance ?? 0),
                      calls: formatNumber(calls),
                    })}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
