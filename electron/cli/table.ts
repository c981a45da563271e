/**
 * A plain aligned table that fits a terminal width: wide text columns are shortened first (with
 * "…"), then optional columns are dropped, least important first.
 */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be shortened down to `min` characters. */
  shrink?: boolean;
  min?: number;
  /** May be left out when the table still does not fit; lower numbers go first. */
  dropOrder?: number;
}

const GAP = 2;

/** Terminal cells a code point takes: CJK and emoji are two wide, combining marks zero. */
function codePointWidth(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

// Colour codes take no room on screen: a cell may be styled before the layout.
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(SGR, '')) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}

export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = codePointWidth(char.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
};

export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  maxWidth: number,
): string[] {
  // Control characters in gateway text (names, descriptions) would break the alignment.
  const clean = rows.map((row) => row.map((cell) => cell.replace(/[\r\n\t]+/g, ' ')));
  let visible = columns.map((_, index) => index);
  const natural = columns.map((column, index) =>
    Math.max(textWidth(column.header), ...clean.map((row) => textWidth(row[index] ?? ''))),
  );
  let widths = [...natural];
  const total = (): number =>
    visible.reduce((sum, index) => sum + (widths[index] ?? 0), 0) + GAP * (visible.length - 1);

  for (;;) {
    let excess = total() - maxWidth;
    if (excess <= 0) break;
    // Shorten shrinkable columns, widest first, down to their minimum.
    const shrinkable = visible
      .filter((index) => columns[index]?.shrink === true)
      .sort((a, b) => (widths[b] ?? 0) - (widths[a] ?? 0));
    for (const index of shrinkable) {
      const column = columns[index];
      const floor = Math.max(column?.min ?? 8, textWidth(column?.header ?? ''));
      const canGive = Math.max(0, (widths[index] ?? 0) - floor);
      const give = Math.min(canGive, excess);
      widths[index] = (widths[index] ?? 0) - give;
      excess -= give;
      if (excess <= 0) break;
    }
    if (excess <= 0) break;
    const droppable = visible
      .filter((index) => columns[index]?.dropOrder !== undefined)
      .sort((a, b) => (columns[a]?.dropOrder ?? 0) - (columns[b]?.dropOrder ?? 0));
    const drop = droppable[0];
    if (drop === undefined) break; // Nothing more to give: let the terminal wrap.
    visible = visible.filter((index) => index !== drop);
    widths = [...natural]; // Dropping a column may free room for the ones shortened before.
  }

  const line = (cells: readonly string[]): string =>
    visible
      .map((index, position) => {
        const column = columns[index];
        const width = widths[index] ?? 0;
        const cell = truncate(cells[index] ?? '', width);
        const align = column?.align ?? 'left';
        return position === visible.length - 1 && align === 'left' ? cell : pad(cell, width, align);
      })
      .join(' '.repeat(GAP))
      // An empty last cell would leave the gap dangling.
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...clean.map(line)];
}
