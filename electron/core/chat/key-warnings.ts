import type { ChatKeyView, ChatKeyWarning } from '../../shared/ipc/chat-views.js';

/** Warn when a key's remaining budget is below this (USD). */
const LOW_KEY_QUOTA_USD = 0.05;

/**
 * Why the gateway would refuse (or soon refuse) this key for this model, before anything is
 * sent. Blocking ones match the gateway's own 401/403 checks; the renderer says how to fix each.
 */
export function keyWarnings(
  key: ChatKeyView | null,
  model: string | null,
  now: Date,
): ChatKeyWarning[] {
  if (!key) return [{ code: 'no-key', blocking: true }];
  const warnings: ChatKeyWarning[] = [];
  const expired =
    key.status === 'expired' ||
    (key.expiresAt !== null && Date.parse(key.expiresAt) <= now.getTime());
  if (key.status === 'disabled') warnings.push({ code: 'disabled', blocking: true });
  if (expired) warnings.push({ code: 'expired', blocking: true });
  const exhausted =
    key.status === 'exhausted' || (!key.unlimited && key.remainUsd !== null && key.remainUsd <= 0);
  if (exhausted) warnings.push({ code: 'exhausted', blocking: true });
  else if (!key.unlimited && key.remainUsd !== null && key.remainUsd < LOW_KEY_QUOTA_USD) {
    warnings.push({ code: 'low-key-quota', blocking: false });
  }
  if (model !== null && key.models.length > 0 && !key.models.includes(model)) {
    warnings.push({ code: 'model-not-allowed', blocking: true });
  }
  if (key.held === null) warnings.push({ code: 'no-secret', blocking: true });
  return warnings;
}
