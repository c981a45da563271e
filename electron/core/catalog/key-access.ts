import type { KeyAccessView, KeyScope } from '../../shared/domain/catalog-key-access.js';
import type { ApiKey } from '../../shared/domain/keys.js';

/**
 * Catalog ↔ keys: which keys can call which model. Pure; the service builds the scopes from the
 * key list, the renderer asks per model (detail pane) and per key (the "callable by" facet).
 */

export function keyScope(key: Pick<ApiKey, 'id' | 'name' | 'status' | 'models'>): KeyScope {
  const models = [...new Set(key.models.map((model) => model.trim()).filter(Boolean))];
  return {
    id: key.id,
    name: key.name,
    status: key.status,
    usable: key.status === 'enabled',
    allModels: models.length === 0,
    models,
  };
}

export function keyAccessView(
  keys: ReadonlyArray<Pick<ApiKey, 'id' | 'name' | 'status' | 'models'>>,
  available: readonly string[] | null,
): KeyAccessView {
  return { keys: keys.map(keyScope), available: available ? [...available] : null };
}

/**
 * Whether the key's limits allow the model. An unlimited key reaches what the account can use;
 * when that is unknown, it is assumed to reach everything (the gateway is the final judge).
 */
export function keyAllows(
  scope: KeyScope,
  modelId: string,
  available: ReadonlySet<string> | null,
): boolean {
  if (scope.allModels) return available === null || available.has(modelId);
  return scope.models.includes(modelId);
}

/** Keys whose limits allow the model, usable ones first (then by name). */
export function keysForModel(
  modelId: string,
  view: KeyAccessView,
  available: ReadonlySet<string> | null = view.available ? new Set(view.available) : null,
): KeyScope[] {
  return view.keys
    .filter((scope) => keyAllows(scope, modelId, available))
    .sort(
      (a, b) => Number(b.usable) - Number(a.usable) || a.name.localeCompare(b.name) || a.id - b.id,
    );
}

/**
 * The model ids one key may call, as a set for the catalog filter; null = no restriction beyond
 * the account's own (an unlimited key when the account's list is unknown).
 */
export function modelsForKey(
  scope: KeyScope,
  available: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (!scope.allModels) return new Set(scope.models);
  return available;
}
