import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { OneApiTokenWire } from '../../electron/simulator/index.js';
import { startHarness, type Harness } from './support/harness.js';
import { keyRow, openView } from './support/ui.js';

const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
/**
 * The window's first chunk (shell, Account, Keys, Settings). Chat's markdown and highlighting
 * and the Models view are their own chunks; with them eager it was ~700-1,450 kB.
 */
const FIRST_CHUNK_BUDGET = 560 * 1024;

describe('window layout', () => {
  let h: Harness;
  const scripts: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    h.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await h.page.getByRole('heading', { name: 'Account' }).waitFor();
  });
  afterAll(async () => h?.close());

  it('loads Chat and Models apart from the first chunk, and still opens them', async () => {
    const html = await readFile(`${rendererDir}index.html`, 'utf8');
    const entry = /<script[^>]+src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    if (!entry) throw new Error('no entry script in index.html');
    expect((await stat(`${rendererDir}${entry}`)).size).toBeLessThan(FIRST_CHUNK_BUDGET);
    expect(scripts.some((path) => path.includes('chat-view'))).toBe(false);

    await openView(h.page, 'Models');
    await h.page.getByRole('heading', { name: 'Models' }).waitFor();
    await openView(h.page, 'Chat');
    await h.page.getByRole('button', { name: 'New chat' }).waitFor();
    expect(scripts.some((path) => path.includes('chat-view'))).toBe(true);
  });

  it('folds the sidebar into a rail in a small window, and the key table fits', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 900, height: 600 });
    const sidebar = await page.locator('.sidebar').boundingBox();
    expect(sidebar?.width).toBeLessThanOrEqual(64);
    // Icons only, yet every entry keeps its name for screen readers and tooltips.
    await openView(page, 'Keys');
    await page.getByRole('navigation').getByRole('button', { name: 'Account' }).hover();
    await page.locator('.tooltip', { hasText: 'Account' }).waitFor();
    await page.locator('.keys-body [role="row"]').first().waitFor();
    const scroller = page.locator('.keys-scroller');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const actions = await page.locator('.keys-body .cell-actions').first().boundingBox();
    expect((actions?.x ?? 0) + (actions?.width ?? 0)).toBeLessThanOrEqual(900);
    await h.screenshot('keys-small-window');

    await page.setViewportSize({ width: 1180, height: 760 });
    await expect.poll(async () => (await page.locator('.sidebar').boundingBox())?.width).toBe(208);
  });

  it.each([
    [1180, 760],
    [900, 600],
  ])('never cuts a limit chip at the edge of its column (%i×%i)', async (width, height) => {
    const { page, sim } = h;
    await page.setViewportSize({ width, height });
    const limited = sim.control
      .keys()
      .filter((k) => ((k as OneApiTokenWire).models ?? '').split(',').filter(Boolean).length >= 2);
    expect(limited.length).toBeGreaterThan(0);
    for (const key of limited.slice(0, 3)) {
      const cell = keyRow(page, key.name).locator('.chips-cell');
      await page.getByRole('searchbox', { name: 'Search by name or key' }).fill(key.name);
      await cell.waitFor();
      const overflow = await cell.evaluate((el) => {
        const right = el.parentElement?.getBoundingClientRect().right ?? 0;
        return [...el.children].some((chip) => {
          const box = chip.getBoundingClientRect();
          // A chip is either whole inside the cell or (text ellipsized) within its bounds.
          return box.right > right + 0.5;
        });
      });
      expect(overflow).toBe(false);
    }
    await page.getByRole('searchbox', { name: 'Search by name or key' }).fill('');
  });
});
