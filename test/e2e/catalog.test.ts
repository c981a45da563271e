import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizeCatalog } from '../../electron/core/catalog/normalize-catalog.js';
import { createMemoryStore } from '../../electron/core/secrets/memory-store.js';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server.js';
import type { CatalogModel } from '../../electron/shared/domain/catalog.js';
import { startSimulator, type SimulatorHandle } from '../../electron/simulator/index.js';
import { chromiumPath, SCREENSHOT_DIR, startHarness } from './support/harness.js';
import { openView, until } from './support/ui.js';

/**
 * The Models view end to end: the real renderer in Chromium, the real core behind the preview
 * bridge, the local AiHubMix-compatible server. Expected orders are computed here from the
 * server's own rows, independently of the app's sort code.
 */

const rowIds = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="model-row"]', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.modelId ?? ''),
  );
const cell = (page: Page, id: string, col: string) =>
  page.locator(`[data-model-id="${id}"] [data-col="${col}"]`);
const count = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('catalog-table').getAttribute('data-count'));

async function serverRows(sim: SimulatorHandle, query = ''): Promise<CatalogModel[]> {
  const res = await fetch(`${sim.url}/api/v1/models${query}`);
  const body = (await res.json()) as { data: unknown[] };
  return normalizeCatalog(body.data);
}

/** Numeric ascending/descending with unknowns last, ties in server order: the expected order. */
function expectedOrder(
  models: CatalogModel[],
  value: (m: CatalogModel) => number | null,
  order: 'asc' | 'desc',
): string[] {
  const known = models.filter((m) => value(m) !== null);
  const unknown = models.filter((m) => value(m) === null);
  known.sort((a, b) => (order === 'asc' ? 1 : -1) * ((value(a) ?? 0) - (value(b) ?? 0)));
  return [...known, ...unknown].map((m) => m.id);
}

async function expectPrefix(page: Page, expected: string[]): Promise<void> {
  await until(
    async () => {
      const shown = await rowIds(page);
      return shown.length > 5 && shown.every((id, i) => id === expected[i]);
    },
    Boolean,
    5_000,
  ).catch(async () => {
    expect(await rowIds(page)).toEqual(expected.slice(0, (await rowIds(page)).length));
  });
}

describe('Models view', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let all: CatalogModel[];

  beforeAll(async () => {
    h = await startHarness();
    all = await serverRows(h.sim);
    await openView(h.page, 'Models');
    await h.page.getByTestId('model-row').first().waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the whole catalog with per-1M prices, free and unknown apart, and a per-1K toggle', async () => {
    const { page } = h;
    expect(await count(page)).toBe(all.length);
    expect(await cell(page, 'gpt-5', 'input').textContent()).toBe('$1.25');
    expect(await cell(page, 'gpt-5', 'output').textContent()).toBe('$10.00');
    expect(await cell(page, 'gpt-5', 'cache-read').textContent()).toBe('$0.125');
    await page.getByTestId('unit-ktok').click();
    await until(
      () => cell(page, 'gpt-5', 'input').textContent(),
      (t) => t === '$0.00125',
    );
    expect(await cell(page, 'gpt-5', 'output').textContent()).toBe('$0.01');
    await page.getByTestId('unit-mtok').click();
    await until(
      () => cell(page, 'gpt-5', 'input').textContent(),
      (t) => t === '$1.25',
    );
    await h.screenshot('catalog-models');
  });

  it('searches id and description as you type', async () => {
    const { page } = h;
    const search = page.getByRole('searchbox', { name: 'Search models' });
    await search.fill('claude');
    const expected = all.filter((m) => `${m.id} ${m.description}`.toLowerCase().includes('claude'));
    await until(
      () => count(page),
      (n) => n === expected.length,
    );
    expect((await rowIds(page)).sort()).toEqual(expected.map((m) => m.id).sort());
    await search.fill('coding');
    const byDescription = all.filter((m) => m.description.toLowerCase().includes('coding'));
    await until(
      () => count(page),
      (n) => n === byDescription.length,
    );
    await search.fill('');
    await until(
      () => count(page),
      (n) => n === all.length,
    );
  });

  it('combines the facets', async () => {
    const { page } = h;
    const expectIds = async (want: CatalogModel[]) => {
      await until(
        () => count(page),
        (n) => n === want.length,
      );
      expect((await rowIds(page)).sort()).toEqual(want.map((m) => m.id).sort());
    };
    await page.getByTestId('facet-type').selectOption('embedding');
    await expectIds(all.filter((m) => m.types.includes('embedding')));
    await page.getByTestId('facet-type').selectOption('llm');
    await page.getByTestId('facet-modality-image').click();
    await page.getByTestId('facet-modality-pdf').click();
    const llmImagePdf = all.filter(
      (m) =>
        m.types.includes('llm') &&
        m.inputModalities.includes('image') &&
        m.inputModalities.includes('pdf'),
    );
    await expectIds(llmImagePdf);
    await page.getByTestId('facet-feature-thinking').click();
    await expectIds(llmImagePdf.filter((m) => m.features.includes('thinking')));
    await page.getByTestId('clear-filters').click();
    await page.getByTestId('facet-developer').selectOption('Anthropic');
    await expectIds(all.filter((m) => m.developer === 'Anthropic'));
    await page.getByTestId('clear-filters').click();
    // Every catalog model is available to the simulator's account: the switch keeps them all.
    await page.getByTestId('facet-available').click();
    await expectIds(all);
    await page.getByTestId('clear-filters').click();

    // "Callable by key": a key limited to a few models shows exactly those.
    const limited = h.sim.control.keys().find((k) => 'models' in k && k.models);
    const listed = String((limited as { models?: string | null }).models ?? '').split(',');
    await page.getByTestId('facet-key').selectOption(String(limited!.id));
    await expectIds(all.filter((m) => listed.includes(m.id)));
    await page.getByTestId('clear-filters').click();
    await until(
      () => count(page),
      (n) => n === all.length,
    );
  });

  it('sorts every numeric column numerically on the client, unknowns last', async () => {
    const { page } = h;
    const columns: [string, (m: CatalogModel) => number | null][] = [
      ['input', (m) => m.pricing.inputPerMTok],
      ['output', (m) => m.pricing.outputPerMTok],
      ['cache_read', (m) => m.pricing.cacheReadPerMTok],
      ['cache_write', (m) => m.pricing.cacheWritePerMTok],
      ['context_length', (m) => m.contextLength],
      ['max_output', (m) => m.maxOutput],
    ];
    for (const [key, value] of columns) {
      await page.getByTestId(`sort-${key}`).click();
      await expectPrefix(page, expectedOrder(all, value, 'asc'));
      await page.getByTestId(`sort-${key}`).click();
      await expectPrefix(page, expectedOrder(all, value, 'desc'));
      expect(
        await page
          .getByRole('columnheader', { name: /sort by/i })
          .evaluateAll((els) =>
            els.filter((e) => e.getAttribute('aria-sort')).map((e) => e.getAttribute('aria-sort')),
          ),
      ).toEqual(['descending']);
    }
    // The server sorts context as text: ours differs from it and is numeric.
    const textual = (await serverRows(h.sim, '?sort_by=context_length&sort_order=desc')).map(
      (m) => m.id,
    );
    const numeric = expectedOrder(all, (m) => m.contextLength, 'desc');
    expect(textual).not.toEqual(numeric);
    await page.getByTestId('sort-name').click();
    await expectPrefix(
      page,
      [...all]
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true, sensitivity: 'base' }))
        .map((m) => m.id),
    );
    await page.getByTestId('sort-select').selectOption('server_order');
    await page.getByTestId('order-select').selectOption('asc');
    await expectPrefix(
      page,
      all.map((m) => m.id),
    );
  });

  it('details a model: human units, the keys that can call it, the calculator, compare', async () => {
    const { page, sim } = h;
    await page.locator('[data-model-id="gpt-5"] .model-open').click();
    const detail = page.getByTestId('model-detail');
    await expect
      .poll(() => detail.getByTestId('detail-context').textContent())
      .toBe('400K tokens (400,000)');
    // Keys: those without limits, and those listing gpt-5; unusable ones shown as such.
    const wire = sim.control.keys() as { id: number; models?: string | null; status: number }[];
    const expected = wire
      .filter((k) => !k.models || k.models.split(',').includes('gpt-5'))
      .map((k) => String(k.id))
      .sort();
    await detail.getByTestId('detail-keys').locator('li').first().waitFor();
    const shown = await detail
      .getByTestId('detail-keys')
      .locator('li')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.keyId ?? ''));
    expect(shown.sort()).toEqual(expected);
    expect(await detail.locator('li[data-usable="false"]').count()).toBeGreaterThan(0);

    // 1M input tokens of gpt-5 cost $1.25; the simulator's $24.69 pays for 19 of them.
    await detail.getByTestId('calc-input').fill('1000000');
    await detail.getByTestId('calc-output').fill('0');
    await expect.poll(() => detail.getByTestId('calc-cost').textContent()).toBe('$1.25');
    expect(await detail.getByTestId('calc-calls').getAttribute('data-calls')).toBe('19');
    await detail.getByTestId('calc-output').fill('100000');
    await expect.poll(() => detail.getByTestId('calc-cost').textContent()).toBe('$2.25');
    await h.screenshot('catalog-detail');

    for (const id of ['gpt-5', 'gpt-4.1', 'gpt-4o-mini']) {
      await page.getByRole('checkbox', { name: `Compare ${id}`, exact: true }).click();
    }
    await page.getByTestId('compare-button').click();
    const dialog = page.getByTestId('compare-dialog');
    await expect.poll(() => dialog.locator('th[data-model-id]').count()).toBe(3);
    expect(
      await dialog.locator('th[data-model-id="gpt-4o-mini"] [data-testid="mark-cheapest"]').count(),
    ).toBe(1);
    expect(
      await dialog.locator('th[data-model-id="gpt-4.1"] [data-testid="mark-largest"]').count(),
    ).toBe(1);
    await h.screenshot('catalog-compare');
    await page.keyboard.press('Escape');
  });

  it('hands a model to chat and to a new key limited to it', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Create a key limited to this model' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('gpt-5');
    expect(await dialog.locator('.chip').allTextContents()).toEqual([
      expect.stringContaining('gpt-5'),
    ]);
    await page.keyboard.press('Escape');
    await openView(page, 'Models');
    await page.locator('[data-model-id="gpt-5"] .model-open').click();
    await page.getByRole('button', { name: 'Chat with this model' }).click();
    expect(await page.evaluate(() => localStorage.getItem('aihubmix.catalog.chosenModel'))).toBe(
      'gpt-5',
    );
  });
});

describe('Models view across changes and restarts', () => {
  let sim: SimulatorHandle;
  let dataDir: string;
  let browser: Browser;
  const secrets = createMemoryStore();
  let preview: PreviewServer | null = null;

  beforeAll(async () => {
    sim = await startSimulator();
    dataDir = await mkdtemp(join(tmpdir(), 'aihubmix-catalog-e2e-'));
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

  /** The app started (again) on the same data folder and keychain: a restart. */
  async function open(first: boolean, locale = 'en-US'): Promise<Page> {
    await preview?.close();
    preview = await startPreviewServer({
      rendererDir: join(process.cwd(), 'dist/renderer'),
      dataDir,
      secrets,
      account: first ? { baseUrl: sim.url, accessToken: sim.accessToken } : null,
    });
    const context = await browser.newContext({ viewport: { width: 1180, height: 760 }, locale });
    const page = await context.newPage();
    await page.goto(preview.url);
    return page;
  }

  it('shows what changed since the last look, with a badge, until marked seen', async () => {
    const page = await open(true);
    await page.getByRole('navigation').getByRole('button', { name: 'Models' }).click();
    await page.getByTestId('model-row').first().waitFor();
    expect(await page.getByTestId('models-badge').count()).toBe(0);

    sim.control.addModel({
      model_id: 'e2e-new-model',
      desc: 'Arrived today',
      pricing: { input: 1, output: 2 },
    });
    sim.control.removeModel('gpt-4o-mini');
    sim.control.reprice('gpt-5', { input: 1.5 });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByTestId('models-badge').textContent()).toBe('3');
    await page.getByTestId('changes-button').click();
    const panel = page.getByTestId('changes-panel');
    expect(await panel.getByTestId('changes-added').textContent()).toContain('e2e-new-model');
    expect(await panel.getByTestId('changes-removed').textContent()).toContain('gpt-4o-mini');
    expect(await panel.getByTestId('changes-repriced').textContent()).toContain(
      'input $1.25 → $1.50 (+20%)',
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/catalog-changes.png` });
    await page.getByTestId('mark-seen').click();
    await expect.poll(() => page.getByTestId('models-badge').count()).toBe(0);
    // A sort and a facet to find again after the restart.
    await page.getByTestId('sort-context_length').click();
    await page.getByTestId('facet-feature-thinking').click();
    await page.context().close();
  });

  it('reopens from the cache with If-None-Match (a 304), filters and sort kept, keyboard only, in Chinese', async () => {
    sim.control.clearRequests();
    const page = await open(false, 'zh-CN');
    await page.getByRole('navigation').getByRole('button', { name: '模型' }).click();
    await page.getByTestId('model-row').first().waitFor();
    await expect
      .poll(
        () =>
          sim.control
            .requests()
            .filter((r) => r.path === '/api/v1/models' && r.headers['if-none-match']).length,
      )
      .toBeGreaterThan(0);
    expect(await page.getByTestId('facet-feature-thinking').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByTestId('sort-context_length').getAttribute('data-active')).toBe('true');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('模型');

    // Keyboard only: to the search box, type, to the first model, open it.
    await page.getByTestId('clear-filters').focus();
    await page.keyboard.press('Enter');
    let tabs = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search'))
    ) {
      await page.keyboard.press('Shift+Tab');
      if (++tabs > 30) throw new Error('the search box is not reachable by keyboard');
    }
    await page.keyboard.type('gpt-5-mini');
    await until(
      () => count(page),
      (n) => n === 1,
    );
    tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('model-open')))) {
      await page.keyboard.press('Tab');
      if (++tabs > 60) throw new Error('the model rows are not reachable by keyboard');
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('model-detail').waitFor();
    expect(await page.getByTestId('model-detail').textContent()).toContain('费用计算器');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/catalog-detail-zh.png` });
    await page.context().close();
  });
});
