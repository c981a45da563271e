import { describe, expect, it } from 'vitest';

import { renderTable, textWidth, truncate } from '../../../electron/cli/table.js';

const columns = [
  { header: 'ID', align: 'right' as const },
  { header: 'NAME', shrink: true, min: 6 },
  { header: 'PRICE', align: 'right' as const },
  { header: 'NOTES', shrink: true, min: 8, dropOrder: 0 },
];
const rows = [
  ['1', 'a-rather-long-model-name', '$1.25', 'a description that goes on and on'],
  ['22', 'short', '$10', ''],
];

describe('renderTable', () => {
  it('aligns columns at their natural width when there is room', () => {
    const lines = renderTable(columns, rows, 200);
    expect(lines[0]).toBe('ID  NAME                      PRICE  NOTES');
    expect(lines[1]).toBe(' 1  a-rather-long-model-name  $1.25  a description that goes on and on');
    expect(lines[2]).toBe('22  short                       $10');
  });
  it('shortens shrinkable columns with an ellipsis to fit', () => {
    const lines = renderTable(columns, rows, 50);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[1]).toContain('…');
  });
  it('drops optional columns when shortening is not enough', () => {
    const lines = renderTable(columns, rows, 24);
    expect(lines[0]).not.toContain('NOTES');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(24);
  });
  it('counts wide characters as two cells', () => {
    expect(textWidth('模型')).toBe(4);
    expect(textWidth(truncate('模型模型模型', 5))).toBeLessThanOrEqual(5);
  });
});
