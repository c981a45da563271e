import type { ApiKey } from '../shared/domain/keys.js';
import { UsageError } from './cli-error.js';
import type { CliContext } from './context.js';
import { keyToJson } from './key-json.js';
import { formatUsd } from '../core/money-format.js';
import type { Style } from './output.js';
import { renderTable, type Column } from './table.js';

/** Key ids are positive integers; anything else is refused before a request is made. */
export function parseKeyId(text: string | undefined, command: string): number {
  if (
    text === undefined ||
    !/^\d+$/.test(text) ||
    Number(text) <= 0 ||
    !Number.isSafeInteger(Number(text))
  ) {
    throw new UsageError(
      `The key id must be a positive whole number, got "${text ?? ''}".`,
      `hubmix ${command} <id>`,
    );
  }
  return Number(text);
}

const STATUS_STYLE: Record<ApiKey['status'], Style> = {
  enabled: 'green',
  disabled: 'yellow',
  expired: 'red',
  exhausted: 'red',
};

const dateOnly = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : 'never');

const COLUMNS: Column[] = [
  { header: 'ID', align: 'right' },
  { header: 'NAME', shrink: true, min: 8 },
  { header: 'STATUS' },
  { header: 'KEY', dropOrder: 3 },
  { header: 'REMAIN', align: 'right' },
  { header: 'USED', align: 'right', dropOrder: 2 },
  { header: 'EXPIRES', dropOrder: 1 },
  { header: 'MODELS', shrink: true, min: 6, dropOrder: 0 },
];

export function keysTable(
  keys: readonly ApiKey[],
  reveal: boolean,
  width: number,
  styleStatus: (status: ApiKey['status']) => string = (status) => status,
): string[] {
  const rows = keys.map((key) => {
    const json = keyToJson(key, reveal);
    return [
      String(key.id),
      key.name,
      styleStatus(key.status),
      json.key ?? '—',
      key.unlimited || key.remainUsd === null ? 'unlimited' : formatUsd(key.remainUsd),
      formatUsd(key.usedUsd),
      dateOnly(key.expiresAt),
      key.models.length > 0 ? key.models.join(',') : 'all',
    ];
  });
  return renderTable(COLUMNS, rows, width);
}

/** Prints keys as JSON (object or array) or as a table; colours the status on a terminal. */
export function printKeys(
  ctx: CliContext,
  keys: readonly ApiKey[] | ApiKey,
  reveal: boolean,
): void {
  const list: readonly ApiKey[] = Array.isArray(keys) ? keys : [keys as ApiKey];
  if (reveal && list.some((key) => key.secret.kind !== 'full')) {
    // Asked for full keys and cannot give them all: say why instead of letting it look broken.
    ctx.out.note(
      'The gateway returned these keys masked (or not at all), so --reveal cannot show them; a full key is shown once, when it is created, and in the AiHubMix console.',
    );
  }
  if (ctx.json) {
    ctx.out.writeJson(
      Array.isArray(keys)
        ? keys.map((key) => keyToJson(key, reveal))
        : keyToJson(keys as ApiKey, reveal),
    );
    return;
  }
  if (list.length === 0) {
    ctx.out.line('No keys.');
    return;
  }
  // The status cell is coloured before the layout (widths ignore colour codes), so a key whose
  // name contains a status word is never coloured in the wrong place.
  const lines = keysTable(list, reveal, ctx.out.columns, (status) =>
    ctx.out.style(status, STATUS_STYLE[status]),
  );
  const [header, ...rest] = lines;
  ctx.out.line(ctx.out.style(header ?? '', 'bold'));
  ctx.out.lines(rest);
}
