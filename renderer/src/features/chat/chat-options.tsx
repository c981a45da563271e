import { Popover } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import {
  DEFAULT_OUTPUT_CAP,
  MAX_OUTPUT_TOKENS as MAX_TOKENS,
  REASONING_EFFORTS,
} from '../../../../electron/shared/ipc/chat-schemas.js';
import type {
  CatalogView,
  ChatKeysView,
  ChatSettingsView,
} from '../../../../electron/shared/ipc/views.js';
import { formatNumber, formatUsd } from '../../ui/format.js';
import { chatModels } from './chat-settings.js';

const price = (value: number | null): string => (value === null ? '?' : formatUsd(value, 2));
const context = (value: number | null): string =>
  value === null
    ? '?'
    : value >= 1000
      ? `${formatNumber(Math.round(value / 1000))}K`
      : String(value);

/** Model and key pickers and the request options, above the composer. */
export function ChatOptions({
  settings,
  onChange,
  catalog,
  keys,
  supportsReasoning,
  onSetupKey,
}: {
  settings: ChatSettingsView;
  onChange: (patch: Partial<ChatSettingsView>) => void;
  catalog: CatalogView | undefined;
  keys: ChatKeysView | undefined;
  supportsReasoning: boolean;
  onSetupKey: () => void;
}) {
  const { t } = useTranslation();
  const { available, other } = chatModels(catalog);
  const option = (m: (typeof other)[number]) => (
    <option key={m.id} value={m.id}>
      {`${m.id} · ${t('chat.pricePerMillion', { input: price(m.pricing.inputPerMTok), output: price(m.pricing.outputPerMTok) })} · ${context(m.contextLength)}`}
    </option>
  );
  const known = [...available, ...other].some((m) => m.id === settings.model);
  return (
    <div className="chat-options">
      <label className="chat-option">
        <span className="field-label">{t('chat.model')}</span>
        <select
          className="select"
          value={settings.model ?? ''}
          onChange={(e) => onChange({ model: e.target.value || null })}
          data-testid="model-picker"
        >
          {!settings.model && <option value="">{t('chat.modelNone')}</option>}
          {settings.model && !known && <option value={settings.model}>{settings.model}</option>}
          {available.length > 0 && (
            <optgroup label={t('chat.modelAvailable')}>{available.map(option)}</optgroup>
          )}
          {available.length > 0 ? (
            <optgroup label={t('chat.modelOther')}>{other.map(option)}</optgroup>
          ) : (
            other.map(option)
          )}
        </select>
      </label>
      <label className="chat-option">
        <span className="field-label">{t('chat.key')}</span>
        <select
          className="select"
          value={settings.keyId ?? ''}
          onChange={(e) => onChange({ keyId: e.target.value ? Number(e.target.value) : null })}
          data-testid="key-picker"
        >
          {settings.keyId === null && <option value="">{t('chat.keyNone')}</option>}
          {keys?.keys.map((k) => (
            <option key={k.id} value={k.id}>
              {`${k.name} · ${k.maskedKey ?? ''} · ${t(`chat.keyStatus.${k.status}`)} · ${k.held ? t('chat.keyHeld') : t('chat.keyNotHeld')}`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-sm" onClick={onSetupKey}>
        {t('chat.keySetup')}
      </button>
      <Popover.Root>
        <Popover.Trigger className="btn btn-sm">{t('chat.options')}</Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="popover chat-options-popover" sideOffset={6} align="end">
            <label className="field">
              <span className="field-label">{t('chat.systemPrompt')}</span>
              <textarea
                className="input"
                rows={4}
                value={settings.systemPrompt}
                onChange={(e) => onChange({ systemPrompt: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field-label">
                {t('chat.temperature')}: {settings.temperature ?? t('chat.temperatureDefault')}
              </span>
              <input
                type="range"
                min={0}
                max={2}
                step={0.1}
                value={settings.temperature ?? 1}
                onChange={(e) => onChange({ temperature: Number(e.target.value) })}
              />
            </label>
            <label className="field">
              <span className="field-label">{t('chat.maxTokens')}</span>
              <input
                className="input"
                type="number"
                min={1}
                max={MAX_TOKENS}
                value={settings.maxTokens ?? ''}
                aria-describedby="chat-max-tokens-hint"
                onChange={(e) =>
                  onChange({
                    // Above the schema's bound every estimate and send would be refused.
                    maxTokens: e.target.value
                      ? Math.min(MAX_TOKENS, Math.max(1, Math.floor(Number(e.target.value))))
                      : null,
                  })
                }
              />
              <span id="chat-max-tokens-hint" className="field-hint muted">
                {t('chat.maxTokensHint', { cap: formatNumber(DEFAULT_OUTPUT_CAP) })}
              </span>
            </label>
            {supportsReasoning && (
              <label className="field">
                <span className="field-label">{t('chat.reasoningEffort')}</span>
                <select
                  className="select"
                  value={settings.reasoningEffort ?? ''}
                  onChange={(e) =>
                    onChange({
                      reasoningEffort: (e.target.value ||
                        null) as ChatSettingsView['reasoningEffort'],
                    })
                  }
                >
                  <option value="">{t('chat.effortDefault')}</option>
                  {REASONING_EFFORTS.map((effort) => (
                    <option key={effort} value={effort}>
                      {effort}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
