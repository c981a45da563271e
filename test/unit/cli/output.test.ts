import { describe, expect, it } from 'vitest';

import { keysTable } from '../../../electron/cli/key-view.js';
import { colourAllowed, Output, type Streams } from '../../../electron/cli/output.js';
import type { ApiKey } from '../../../electron/shared/domain/keys.js';

describe('colours', () => {
  it('only on a terminal, never with NO_COLOR (set and not empty) or TERM=dumb', () => {
    expect(colourAllowed({ isTTY: true }, {})).toBe(true);
    expect(colourAllowed({ isTTY: false }, {})).toBe(false);
    expect(colourAllowed({}, {})).toBe(false);
    expect(colourAllowed({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourAllowed({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourAllowed({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('judges stdout and stderr apart (a pipe on one, a terminal on the other)', () => {
    const streams = {
      stdout: { isTTY: false },
      stderr: { isTTY: true },
      stdin: {},
    } as unknown as Streams;
    const out = new Output(streams, { json: false, env: {} });
    expect(out.style('x', 'dim', 'stdout')).toBe('x');
    expect(out.style('x', 'dim', 'stderr')).toBe('\u001b[2mx\u001b[22m');
  });
});

describe('keys table', () => {
  const key = (id: number, name: string, status: ApiKey['status']): ApiKey => ({
    id,
    name,
    status,
    secret: { kind: 'absent' },
    unlimited: true,
    remainUsd: null,
    usedUsd: 1,
    expiresAt: null,
    createdAt: null,
    accessedAt: null,
    models: [],
    subnets: [],
  });

  it('colours the status cell itself, aligned, even when a name contains a status word', () => {
    const styled = (status: string): string => `<${status}>`.replace(/^<|>$/g, '\u001b[31m');
    const lines = keysTable(
      [key(1, 'disabled-bot', 'enabled'), key(22, 'x', 'disabled')],
      false,
      200,
      styled,
    );
    // The name stays plain; the status column starts at the same place on every row.
    expect(lines[1]).toContain(' disabled-bot  \u001b[31menabled\u001b[31m');
    const plain = lines.map((line) => line.split('\u001b[31m').join(''));
    const at = plain[0]!.indexOf('STATUS');
    expect(plain[1]!.indexOf('enabled')).toBe(at);
    expect(plain[2]!.indexOf('disabled')).toBe(at);
  });
});
