import { useSyncExternalStore } from 'react';

/**
 * "Chat with this model": the Models view writes the chosen model id here and navigates to Chat.
 * The chat view reads it (useChosenModel / takeChosenModel) to preselect the model. Kept in
 * localStorage so the choice survives until chat picks it up, even across a restart.
 */
const STORAGE_KEY = 'aihubmix.catalog.chosenModel';
const listeners = new Set<() => void>();

export function chosenModel(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function chooseModel(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage unavailable (private mode): the choice lives only as long as this call chain.
  }
  for (const listener of [...listeners]) listener();
}

/** Reads and clears the choice: for a chat view that applies it once. */
export function takeChosenModel(): string | null {
  const id = chosenModel();
  if (id !== null) chooseModel(null);
  return id;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useChosenModel(): string | null {
  return useSyncExternalStore(subscribe, chosenModel, () => null);
}
