import { describe, expect, it } from 'vitest';

import {
  decodeWireMessage,
  encodeWireMessage,
  WireDecodeError,
} from '../../../../electron/shared/ipc/wire-codec.js';

describe('wire codec', () => {
  it('round-trips dates at any depth, and leaves strings alone', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const text = encodeWireMessage({
      type: 'event',
      channel: 'balance:changed',
      payload: { lastGoodAt: at, history: [{ at, balanceUsd: 1 }], iso: at.toISOString() },
    });
    expect(text).toContain('"$date"');
    const decoded = decodeWireMessage(text);
    expect(decoded).toEqual({
      type: 'event',
      channel: 'balance:changed',
      payload: { lastGoodAt: at, history: [{ at, balanceUsd: 1 }], iso: at.toISOString() },
    });
    if (decoded.type !== 'event') throw new Error('shape');
    const payload = decoded.payload as { lastGoodAt: Date; iso: string };
    expect(payload.lastGoodAt).toBeInstanceOf(Date);
    expect(typeof payload.iso).toBe('string');
  });

  it('round-trips an invoke without a request and a failed result', () => {
    expect(
      decodeWireMessage(encodeWireMessage({ type: 'invoke', id: 1, channel: 'accounts:list' })),
    ).toEqual({
      type: 'invoke',
      id: 1,
      channel: 'accounts:list',
    });
    const result = {
      ok: false as const,
      error: { code: 'auth' as const, message: 'no', status: 401 },
    };
    expect(decodeWireMessage(encodeWireMessage({ type: 'result', id: 2, result }))).toEqual({
      type: 'result',
      id: 2,
      result,
    });
  });

  it('refuses malformed messages', () => {
    expect(() => decodeWireMessage('{')).toThrow(WireDecodeError);
    expect(() => decodeWireMessage('{"type":"invoke","id":-1,"channel":"x"}')).toThrow(
      WireDecodeError,
    );
    expect(() => decodeWireMessage('{"type":"result","id":1,"result":{"ok":"yes"}}')).toThrow(
      WireDecodeError,
    );
    expect(() => decodeWireMessage('{"type":"shell"}')).toThrow(WireDecodeError);
  });
});
