import { z } from 'zod';

import { API_ERROR_CODES } from '../domain/errors.js';
import type { Result } from '../result.js';

/**
 * The browser-preview transport: the contract's invoke calls and events as JSON text over a
 * WebSocket. JSON has no Date, and the contract carries many (readings, expiries), so dates travel
 * tagged as `{"$date":"<ISO>"}` and are revived on decode. Both ends validate what they receive.
 */

export type WireMessage =
  | { type: 'invoke'; id: number; channel: string; request?: unknown }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; channel: string; payload: unknown };

const DATE_TAG = '$date';

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.looseObject({
      code: z.enum([...API_ERROR_CODES, 'bad_request', 'forbidden', 'not_signed_in', 'internal']),
      message: z.string(),
      endpoint: z.string().optional(),
      status: z.number().optional(),
      gatewayMessage: z.string().optional(),
    }),
  }),
]);

const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    channel: z.string().min(1).max(100),
    request: z.unknown().optional(),
  }),
  z.object({ type: z.literal('result'), id: z.number().int().nonnegative(), result: resultSchema }),
  z.object({ type: z.literal('event'), channel: z.string().min(1).max(100), payload: z.unknown() }),
]);

export function encodeWireMessage(message: WireMessage): string {
  return JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
    // JSON.stringify has already called Date#toJSON on `value`; the holder still has the Date.
    const original = this[key];
    if (original instanceof Date) {
      return { [DATE_TAG]: Number.isNaN(original.getTime()) ? null : original.toISOString() };
    }
    return value;
  });
}

export class WireDecodeError extends Error {
  override readonly name = 'WireDecodeError';
}

/** Parses and validates one message; throws WireDecodeError on anything malformed. */
export function decodeWireMessage(text: string): WireMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(text, (_key, value: unknown) => reviveDate(value));
  } catch {
    throw new WireDecodeError('The message is not valid JSON.');
  }
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) throw new WireDecodeError('The message does not have a known shape.');
  return parsed.data as WireMessage;
}

function reviveDate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== DATE_TAG) return value;
  const iso = (value as Record<string, unknown>)[DATE_TAG];
  if (iso === null) return new Date(Number.NaN);
  if (typeof iso !== 'string') return value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? value : date;
}
