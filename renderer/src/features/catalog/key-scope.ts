import { keysForModel, modelsForKey } from '../../../../electron/core/catalog/key-access.js';
import type {
  KeyAccessView,
  KeyScope,
} from '../../../../electron/shared/domain/catalog-key-access.js';

/** The renderer's door to the shared key linkage (electron/core/catalog/key-access.ts). */

export function keyScopeById(view: KeyAccessView | undefined, id: number): KeyScope | null {
  return view?.keys.find((key) => key.id === id) ?? null;
}

export function modelsForKeyScope(
  scope: KeyScope,
  available: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  return modelsForKey(scope, available);
}

export function keysCallingModel(
  view: KeyAccessView | undefined,
  modelId: string,
  available: ReadonlySet<string> | null,
): KeyScope[] | null {
  return view ? keysForModel(modelId, view, available) : null;
}
