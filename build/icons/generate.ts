// Draws the tray icons and the app icon and writes them as PNG files, with no image library: the
// shapes are simple (a ring "fuel gauge" filled to the balance level), so plain RGBA buffers with
// 4x4 supersampling and node:zlib are enough. Run with `node build/icons/generate.ts` (Node 24
// strips the types) and commit the PNGs; the app never runs this.
//
// Outputs (build/icons/tray/):
//   <state>-on-light.png / @2x  coloured, dark outline, for light taskbars (Windows, Linux)
//   <state>-on-dark.png  / @2x  coloured, light outline, for dark taskbars
//   <state>Template.png  / @2x  macOS template images (black + alpha; the menu bar recolours them)
//   trayTemplate.png     / @2x  the default macOS image (the healthy gauge)
// and build/icon.png (512 px app icon).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shade = (x: number, y: number) => Rgba | null;

const STATES = ['healthy', 'low', 'critical', 'depleted', 'stale', 'signed-out', 'error'] as const;
type State = (typeof STATES)[number];

const FILL: Record<State, number> = {
  healthy: 1,
  low: 0.5,
  critical: 0.25,
  depleted: 0,
  stale: 0,
  'signed-out': 0,
  error: 0,
};
const COLOUR: Record<State, Rgba> = {
  healthy: [46, 158, 88, 255],
  low: [224, 161, 0, 255],
  critical: [232, 89, 12, 255],
  depleted: [217, 48, 37, 255],
  stale: [138, 138, 138, 255],
  'signed-out': [138, 138, 138, 255],
  error: [217, 48, 37, 255],
};
const OUTLINE_ON_LIGHT: Rgba = [40, 40, 40, 255];
const OUTLINE_ON_DARK: Rgba = [240, 240, 240, 255];
const BLACK: Rgba = [0, 0, 0, 255];

/** Renders a shade function (coordinates in 0..1) with 4x4 supersampling. */
function render(size: number, shade: Shade): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          const w = c[3] / 255;
          r += c[0] * w;
          g += c[1] * w;
          b += c[2] * w;
          a += w;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

function gauge(state: State, outline: Rgba, accent: (s: State) => Rgba): Shade {
  const outer = 0.47;
  const ring = 0.11;
  const inner = outer - ring - 0.07;
  return (x, y) => {
    const dx = x - 0.5;
    const dy = y - 0.5;
    const d = Math.hypot(dx, dy);
    if (d <= outer && d >= outer - ring) {
      if (state === 'stale') {
        // A dashed ring: the reading is old, the gauge is "not connected".
        const angle = Math.atan2(dy, dx) + Math.PI;
        if (Math.floor((angle / (2 * Math.PI)) * 10) % 2 === 1) return null;
      }
      return state === 'depleted' ? accent(state) : outline;
    }
    if (state === 'signed-out' && Math.abs(dx - dy) < 0.07 && d < outer - ring) return outline;
    if (state === 'error') {
      const bar = Math.abs(dx) < 0.06 && dy > -0.22 && dy < 0.06;
      const dot = Math.hypot(dx, dy - 0.17) < 0.065;
      return bar || dot ? accent(state) : null;
    }
    const level = FILL[state];
    if (level > 0 && d <= inner && y >= 0.5 + inner - 2 * inner * level) return accent(state);
    return null;
  };
}

function appIcon(): Shade {
  const tile: Rgba = [24, 32, 48, 255];
  const face = gauge('healthy', OUTLINE_ON_DARK, (s) => COLOUR[s]);
  return (x, y) => {
    // A rounded square tile with the healthy gauge in the middle.
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return null;
    return face((x - 0.5) / 0.7 + 0.5, (y - 0.5) / 0.7 + 0.5) ?? tile;
  };
}

function png(size: number, rgba: Buffer): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function writeIcon(dir: string, stem: string, shade: Shade): void {
  writeFileSync(join(dir, `${stem}.png`), png(16, render(16, shade)));
  writeFileSync(join(dir, `${stem}@2x.png`), png(32, render(32, shade)));
}

const here = dirname(fileURLToPath(import.meta.url));
const trayDir = join(here, 'tray');
mkdirSync(trayDir, { recursive: true });
for (const state of STATES) {
  writeIcon(
    trayDir,
    `${state}-on-light`,
    gauge(state, OUTLINE_ON_LIGHT, (s) => COLOUR[s]),
  );
  writeIcon(
    trayDir,
    `${state}-on-dark`,
    gauge(state, OUTLINE_ON_DARK, (s) => COLOUR[s]),
  );
  // Templates are monochrome, so the state shows as the gauge's shape (fill, dashes, slash, "!").
  const stem = state === 'signed-out' ? 'signed-out' : state;
  writeIcon(
    trayDir,
    `${stem}Template`,
    gauge(state, BLACK, () => BLACK),
  );
}
writeIcon(
  trayDir,
  'trayTemplate',
  gauge('healthy', BLACK, () => BLACK),
);
writeFileSync(join(here, '..', 'icon.png'), png(512, render(512, appIcon())));
console.log(`tray icons written to ${trayDir}`);
