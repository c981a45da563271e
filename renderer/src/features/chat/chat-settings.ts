import type { CatalogModel } from '../../../../electron/shared/domain/catalog.js';
import type {
  CatalogView,
  ChatKeysView,
  ChatSettingsView,
} from '../../../../electron/shared/ipc/views.js';

/** The last options used, so a new conversation starts where the previous one left off. */
const LAST_KEY = 'aihubmix.chat.lastSettings';

export function lastSettings(): Partial<ChatSettingsView> {
  try {
    const raw = localStorage.getItem(LAST_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== 'object') return {};
    const v = value as Record<string, unknown>;
    return {
      ...(typeof v.model === 'string' ? { model: v.model } : {}),
      ...(typeof v.keyId === 'number' ? { keyId: v.keyId } : {}),
    };
  } catch {
    return {};
  }
}

export function rememberSettings(settings: ChatSettingsView): void {
  try {
    localStorage.setItem(
      LAST_KEY,
      JSON.stringify({ model: settings.model, keyId: settings.keyId }),
    );
  } catch {
    // No storage: the next conversation starts from the defaults.
  }
}

/** Chat models, those this account can use first, each group by the server's order. */
export function chatModels(catalog: CatalogView | undefined): {
  available: CatalogModel[];
  other: CatalogModel[];
} {
  const models = (catalog?.models ?? []).filter(
    (m) => m.types.length === 0 || m.types.includes('llm'),
  );
  if (!catalog?.available) return { available: [], other: models };
  const allowed = new Set(catalog.available);
  return {
    available: models.filter((m) => allowed.has(m.id)),
    other: models.filter((m) => !allowed.has(m.id)),
  };
}

/** Fills what the conversation does not say from the Models view's choice and the last use. */
export function resolveSettings(
  saved: ChatSettingsView,
  chosenModel: string | null,
  keys: ChatKeysView | undefined,
  catalog: CatalogView | undefined,
): ChatSettingsView {
  const last = lastSettings();
  const models = chatModels(catalog);
  const model =
    saved.model ??
    chosenModel ??
    last.model ??
    models.available[0]?.id ??
    models.other[0]?.id ??
    null;
  // A key that can call anything is the best default: no model limits, no budget of its own.
  const usable = [...(keys?.keys ?? [])]
    .filter((k) => k.held !== null && k.status === 'enabled')
    .sort(
      (a, b) =>
        Number(a.models.length > 0) - Number(b.models.length > 0) ||
        Number(b.unlimited) - Number(a.unlimited),
    )[0];
  const keyId = saved.keyId ?? keys?.preferredKeyId ?? last.keyId ?? usable?.id ?? null;
  return { ...saved, model, keyId };
}
