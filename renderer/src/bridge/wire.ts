import type { EventChannel, InvokeChannel } from '../../../electron/shared/ipc/contract.js';
import type { Result } from '../../../electron/shared/result.js';

/**
 * The preview bridge's messages. Placeholder codec until electron/shared/ipc/wire-codec.ts lands:
 * JSON with Dates tagged so they survive the trip (the app's views carry Dates).
 */
export type WireMessage =
  | { type: 'invoke'; id: number; channel: InvokeChannel; request: unknown }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; channel: EventChannel; payload: unknown };

const DATE_TAG = '$date';

export function encodeMessage(message: WireMessage): string {
  return JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
  });
}

export function decodeMessage(text: string): WireMessage | null {
  try {
    return JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && DATE_TAG in value) {
        return new Date(String((value as Record<string, unknown>)[DATE_TAG]));
      }
      return value;
    }) as WireMessage;
  } catch {
    return null;
  }
}
