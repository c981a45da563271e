/**
 * "Create a key limited to this model": the Models view leaves a prefill here and navigates to
 * Keys; the Keys view takes it once on mount and opens its create dialog with it.
 */
export interface KeyPrefill {
  name: string;
  models: string[];
}

let pending: KeyPrefill | null = null;

export function requestKeyPrefill(prefill: KeyPrefill): void {
  pending = prefill;
}

export function takeKeyPrefill(): KeyPrefill | null {
  const prefill = pending;
  pending = null;
  return prefill;
}

/** A key name within the gateway's 30-byte limit, from a model id. */
export function keyNameFor(modelId: string): string {
  const encoder = new TextEncoder();
  let name = modelId;
  while (encoder.encode(name).length > 30) name = name.slice(0, -1);
  return name;
}
