import { describe, expect, it } from 'vitest';
import { redact, REDACTED } from '../../../../electron/core/api/redact.js';

const KEY48 = 'IE1PjHzmZGn4aig6d239276269738De0554D179942f1d44F';

describe('redact', () => {
  it('removes sk- keys, bare 48-char keys and the access token', () => {
    const token = 'd3e0a1b2c3d4e5f60718293a4b5c6d7e';
    const text = `token ${token} refused; key sk-${KEY48} and raw ${KEY48} and sk-abc123def456`;
    const out = redact(text, [token]);
    expect(out).not.toContain(token);
    expect(out).not.toContain(KEY48);
    expect(out).not.toContain('sk-abc123def456');
    expect(out).toContain(REDACTED);
    expect(out.startsWith('token ')).toBe(true);
  });

  it('removes a 32-hex access token even when nobody named it as a secret', () => {
    expect(redact('token d3e0a1b2c3d4e5f60718293a4b5c6d7e refused')).toBe(
      `token ${REDACTED} refused`,
    );
  });

  it('removes a bearer credential echoed back', () => {
    expect(redact('header was Bearer abc.def-ghi')).toBe(`header was Bearer ${REDACTED}`);
  });

  it('keeps ordinary text, model names and short secrets untouched', () => {
    const text = '当前分组 default 下对于模型 gpt-4o-mini 无可用渠道 (request id: 2024abc)';
    expect(redact(text, ['', null, undefined, 'abc'])).toBe(text);
  });

  it('does not treat longer alphanumeric runs as 48-char keys only by accident', () => {
    const hash = 'a'.repeat(64);
    expect(redact(`etag ${hash}`)).toBe(`etag ${hash}`);
  });
});
