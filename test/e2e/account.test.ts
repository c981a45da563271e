import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './support/harness.js';
import { openView, until } from './support/ui.js';

describe('account page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('shows the balance, usage, requests and group, and refreshes', async () => {
    const { page, sim } = h;
    await expect.poll(() => page.getByTestId('balance').textContent()).toBe('$24.69');
    const card = page.locator('.balance-card');
    await card.getByText('Used to date').waitFor();
    await card.getByText('Requests').waitFor();
    await card.getByText('default').waitFor();
    await page.getByText(/Last reading/).waitFor();

    sim.control.setBalanceUsd(12.5);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByTestId('balance').textContent()).toBe('$12.50');
    // Two readings make a history line.
    await page.getByRole('img', { name: /Balance history/ }).waitFor();
    await page.getByTestId('forecast').waitFor();
    await h.screenshot('account');
  });

  it('edits the alert thresholds in place', async () => {
    const { page } = h;
    const card = page.locator('.thresholds-card');
    await card.getByRole('button', { name: 'Add threshold' }).click();
    const values = card.getByRole('textbox', { name: 'Threshold value' });
    await values.last().fill('3');
    await card.getByRole('combobox', { name: 'Threshold unit' }).last().selectOption('days');
    await card.getByRole('button', { name: 'Save' }).click();
    const saved = await until(
      async () => (await h.preview.service.handlers['settings:get'](undefined)).thresholds,
      (list) => list.length === 3,
    );
    expect(saved).toContainEqual({ kind: 'days', days: 3 });
  });

  it('opens the top-up page', async () => {
    await h.page.getByRole('button', { name: 'Top up' }).click();
    await expect.poll(() => h.preview.opened.some((url) => url.startsWith('https://'))).toBe(true);
  });

  it('shows a signed-out state when the gateway refuses the token', async () => {
    const { page, sim } = h;
    sim.control.injectFailure({
      match: { path: /^\/api\/user\/self/ },
      kind: 'invalid-token',
      times: 5,
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    const status = page.locator('.account-status');
    await status.waitFor();
    expect(await status.getAttribute('data-state')).toMatch(/signed_out|error|stale/);
    await h.screenshot('account-error');
    sim.control.clearFailures();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await status.waitFor({ state: 'detached' });
  });

  it('opens straight on the view the tray asked for (index.html#keys)', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.preview.url}#keys`);
    await page.getByRole('heading', { name: 'Keys', level: 1 }).waitFor();
    expect(await page.locator('nav [aria-current="page"]').textContent()).toContain('Keys');
    await page.close();
  });

  it('shows settings with the keychain status', async () => {
    await openView(h.page, 'Settings');
    await h.page.getByTestId('secret-backend').waitFor();
    await h.screenshot('settings');
  });
});
