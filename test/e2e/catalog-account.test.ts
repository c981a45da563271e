import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMemoryStore } from '../../electron/core/secrets/memory-store.js';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server.js';
import { startSimulator, type SimulatorHandle } from '../../electron/simulator/index.js';
import { chromiumPath, SCREENSHOT_DIR } from './support/harness.js';
import { until } from './support/ui.js';

/**
 * The Models view for an account that may use only part of the catalog (the simulator's
 * accountModels), the watch list kept across a restart, keyboard use of the detail pane, prices
 * in Chinese, and the offline state — on the preview bridge in Chromium, on one data folder.
 */

const ACCOUNT_MODELS = ['gpt-5', 'gpt-5-mini', 'claude-sonnet-4-5', 'deepseek-v3'];

const count = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('catalog-table').getAttribute('data-count'));
const rowIds = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="model-row"]', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.modelId ?? ''),
  );
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.tagName ?? ''}#${el?.id ?? ''}.${el?.className ?? ''}|${el?.textContent ?? ''}`;
  });

describe('Models view for an account limited to some models', () => {
  let sim: SimulatorHandle;
  let dataDir: string;
  let browser: Browser;
  const secrets = createMemoryStore();
  let preview: PreviewServer | null = null;

  beforeAll(async () => {
    sim = await startSimulator({ accountModels: ACCOUNT_MODELS });
    dataDir = await mkdtemp(join(tmpdir(), 'aihubmix-catalog-account-e2e-'));
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await sim?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The app (re)started on the same data folder and keychain, the Models view open. */
  async function open(first: boolean, locale = 'en-US', size = { width: 1180, height: 760 }) {
    await preview?.close();
    preview = await startPreviewServer({
      rendererDir: join(process.cwd(), 'dist/renderer'),
      dataDir,
      secrets,
      account: first ? { baseUrl: sim.url, accessToken: sim.accessToken } : null,
    });
    const context = await browser.newContext({ viewport: size, locale, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.locator('nav button.nav-item').nth(2).click();
    await page.getByTestId('model-row').first().waitFor();
    return { page, errors };
  }

  it('marks and filters what the account may use, and keys without limits reach only that', async () => {
    const { page, errors } = await open(true);
    const total = await count(page);
    expect(total).toBeGreaterThan(ACCOUNT_MODELS.length);
    // Rows outside the account's models are marked, the others not.
    await until(
      () => page.locator('.model-unavailable').count(),
      (n) => n > 0,
    );
    expect(await page.locator('[data-model-id="gpt-4o-mini"] .model-unavailable').count()).toBe(1);
    expect(await page.locator('[data-model-id="gpt-5"] .model-unavailable').count()).toBe(0);

    await page.getByTestId('facet-available').click();
    await until(
      () => count(page),
      (n) => n === ACCOUNT_MODELS.length,
    );
    expect((await rowIds(page)).sort()).toEqual([...ACCOUNT_MODELS].sort());
    // Combined with another facet: AND.
    await page.getByTestId('facet-developer').selectOption('OpenAI');
    await until(
      () => count(page),
      (n) => n === 2,
    );
    await page.getByTestId('clear-filters').click();
    await until(
      () => count(page),
      (n) => n === total,
    );

    // A model the account cannot use: "No", and no unlimited key can call it.
    await page.locator('[data-model-id="gpt-4o-mini"] .model-open').click();
    const detail = page.getByTestId('model-detail');
    await until(
      () => detail.textContent(),
      (t) => (t ?? '').includes('Available to this account'),
    );
    expect(await detail.locator('dd', { hasText: /^No$/ }).count()).toBe(1);
    await until(
      () => detail.getByTestId('detail-keys').textContent(),
      (t) => !/Checking/.test(t ?? ''),
    );
    const wire = sim.control.keys() as { id: number; models?: string | null }[];
    const expected = wire
      .filter((k) => k.models?.split(',').includes('gpt-4o-mini'))
      .map((k) => String(k.id))
      .sort();
    const shown = await detail
      .getByTestId('detail-keys')
      .locator('li')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.keyId ?? ''));
    expect(shown.sort()).toEqual(expected);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/catalog-account-limited.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard: opening a model moves into its details, Escape returns to the row; watch it', async () => {
    const { page } = await open(false, 'en-US', { width: 900, height: 600 });
    await page.getByTestId('catalog-search').fill('gpt-5-mini');
    await until(
      () => count(page),
      (n) => n === 1,
    );
    await page.locator('[data-model-id="gpt-5-mini"] .model-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('model-detail').waitFor();
    await until(
      () => focused(page),
      (f) => f.startsWith('H2#model-detail-title'),
    );
    // Into the pane's actions without passing any other row: Tab to the watch toggle.
    let tabs = 0;
    while (!(await focused(page)).includes('Watch price changes')) {
      await page.keyboard.press('Tab');
      if (++tabs > 6)
        throw new Error(`the watch toggle is not next in the pane: ${await focused(page)}`);
    }
    await page.keyboard.press('Space');
    await until(
      () => page.getByTestId('watch-button').getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/catalog-detail-small.png` });
    await page.keyboard.press('Escape');
    await until(
      () => page.getByTestId('model-detail').count(),
      (n) => n === 0,
    );
    await until(
      () => focused(page),
      (f) => f.includes('model-open') && f.includes('gpt-5-mini'),
    );
    // Saved in the prefs file at once (the main process reads the watch list from there).
    await until(
      async () =>
        JSON.parse(await readFile(join(dataDir, 'catalog-prefs.json'), 'utf8')) as {
          prefs: { watchlist: string[] };
        },
      (file) => file.prefs.watchlist.includes('gpt-5-mini'),
    );
    await page.context().close();
  });

  it('after a restart, in Chinese: still watched, prices in "$", the offline state with its age', async () => {
    const { page, errors } = await open(false, 'zh-CN');
    await page.locator('[data-model-id="gpt-5-mini"] .model-open').click();
    const watch = page.getByTestId('watch-button');
    await until(
      () => watch.getAttribute('aria-pressed'),
      (v) => v === 'true',
    );
    expect(await watch.textContent()).toContain('已关注');
    // Starred in its row too, so the watch list is visible without opening each model.
    expect(await page.locator('[data-model-id="gpt-5-mini"] .model-watched').count()).toBe(1);
    expect(await page.locator('[data-model-id="gpt-5"] .model-watched').count()).toBe(0);
    // The same currency sign as the balance ("$", not zh-CN's default "US$").
    expect(await page.locator('[data-model-id="gpt-5"] [data-col="input"]').textContent()).toBe(
      '$1.25',
    );
    expect(await page.getByTestId('detail-prices').textContent()).not.toContain('US$');

    // The gateway unreachable: the cached catalog stays, marked offline with its age.
    sim.control.injectFailure({
      match: { path: '/api/v1/models' },
      kind: 'drop-connection',
      times: 5,
    });
    await page.getByRole('button', { name: '刷新' }).click();
    const offline = page.getByTestId('catalog-offline');
    await offline.waitFor();
    expect(await offline.textContent()).toMatch(/离线/);
    expect(await count(page)).toBeGreaterThan(ACCOUNT_MODELS.length);
    sim.control.clearFailures();
    await page.getByRole('button', { name: '刷新' }).click();
    await until(
      () => offline.count(),
      (n) => n === 0,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
