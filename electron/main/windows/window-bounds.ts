/** Window geometry, pure (no Electron, no store), so the off-screen rule is unit-tested. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1040, height: 720 };
const MIN_SIZE = { width: 720, height: 520 };

/** Pure: the saved bounds if they are sane and overlap a visible work area, else a size only. */
export function restoreBounds(saved: unknown, areas: Bounds[]): Partial<Bounds> {
  if (!isBounds(saved)) return { ...DEFAULT_SIZE };
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const visible = areas.some(
    (area) =>
      saved.x < area.x + area.width - 80 &&
      saved.x + width > area.x + 80 &&
      saved.y >= area.y - 10 &&
      saved.y < area.y + area.height - 80,
  );
  return visible
    ? { x: Math.round(saved.x), y: Math.round(saved.y), width, height }
    : { width, height };
}

function isBounds(value: unknown): value is Bounds {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (key) => typeof record[key] === 'number' && Number.isFinite(record[key]),
  );
}
