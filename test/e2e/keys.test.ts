import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { OneApiTokenWire } from '../../electron/simulator/index.js';
import { startHarness, type Harness } from './support/harness.js';
import { keyRow, openView, searchKeys, until } from './support/ui.js';

const USD = 500_000; // the simulator's quota units per USD
const DAY_S = 86_400;
/** The simulator runs the one-api flavor (AiHubMix's baseline): full keys, `models`, `subnet`. */
const subnetOf = (key: unknown): string | null | undefined =>
  (key as OneApiTokenWire | undefined)?.subnet;

describe('keys', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openView(h.page, 'Keys');
    await h.page.locator('.keys-body [role="row"]').first().waitFor();
  });
  afterAll(async () => h?.close());

  it('lists every key, searches by name and key, filters and sorts', async () => {
    const { page, sim } = h;
    const wire = sim.control.keys();
    await expect
      .poll(() => page.locator('.view-header .muted').textContent())
      .toBe(`${wire.length} keys`);
    await h.screenshot('keys');

    const target = wire.find((k) => k.status === 1 && k.id !== 1);
    if (!target) throw new Error('no enabled key seeded');
    await searchKeys(page, target.name);
    await expect.poll(() => page.locator('.keys-body [role="row"]').count()).toBe(1);
    // The end of the full key finds its masked row too.
    await searchKeys(page, target.key.slice(-4));
    await keyRow(page, target.name).waitFor();
    await searchKeys(page, '');

    await page.getByRole('radio', { name: /^Expired/ }).click();
    const expired = wire.filter((k) => k.status === 3).length;
    await expect.poll(() => page.locator('.keys-body [role="row"]').count()).toBe(expired);
    await page.getByRole('radio', { name: /^All/ }).click();

    await page.getByRole('button', { name: 'Name' }).click();
    const sorted = wire
      .map((k) => k.name)
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    await expect
      .poll(() => page.locator('.keys-body .cell-name').first().textContent())
      .toBe(sorted[0]);
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('creates a key with quota, expiry, model limits and subnets, shown once in full', async () => {
    const { page, sim } = h;
    await page.getByRole('button', { name: 'New key' }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.fill('x'.repeat(31));
    await dialog.getByText('Too long: the gateway allows 30 bytes').waitFor();
    await name.fill('e2e-created');
    await dialog.getByRole('switch', { name: 'Unlimited' }).click();
    await dialog.getByRole('textbox', { name: 'Quota in USD' }).fill('5');
    await dialog.getByRole('radio', { name: '7 days' }).click();
    await dialog.getByRole('searchbox', { name: 'Search models' }).fill('gpt-5');
    await dialog.getByRole('checkbox', { name: 'gpt-5', exact: true }).click();
    const subnets = dialog.getByRole('textbox', { name: 'IP allowlist' });
    await subnets.fill('10.0.0.0/33');
    await dialog.getByText('“10.0.0.0/33” is not an IP address or CIDR range').waitFor();
    await subnets.fill('10.0.0.0/8');
    await dialog.getByText('IP addresses can be spoofed').waitFor();
    await h.screenshot('key-dialog');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const full = await page.getByTestId('created-key').textContent();
    expect(full).toMatch(/^sk-/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await until(
      () => h.preview.clipboard.last(),
      (v) => v === full,
    );
    await h.screenshot('key-created');
    await page.getByRole('button', { name: 'Done' }).click();

    const created = sim.control.keys().find((k) => k.name === 'e2e-created');
    expect(created).toBeDefined();
    expect(`sk-${created?.key}`).toBe(full);
    expect(created).toMatchObject({
      remain_quota: 5 * USD,
      unlimited_quota: false,
      models: 'gpt-5',
    });
    expect(subnetOf(created)).toBe('10.0.0.0/8');
    const in7d = Date.now() / 1000 + 7 * DAY_S;
    expect(Math.abs((created?.expired_time ?? 0) - in7d)).toBeLessThan(120);
    await keyRow(page, 'e2e-created').waitFor();
  });

  it('edits, disables, enables and deletes a key, checking the server after each', async () => {
    const { page, sim } = h;
    const id = sim.control.keys().find((k) => k.name === 'e2e-created')?.id ?? 0;
    await searchKeys(page, 'e2e-created');
    await page.getByRole('button', { name: 'Edit e2e-created' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('e2e-renamed');
    await dialog.getByRole('textbox', { name: 'Quota in USD' }).fill('8');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(
      () => sim.control.key(id)?.name,
      (n) => n === 'e2e-renamed',
    );
    expect(sim.control.key(id)).toMatchObject({ remain_quota: 8 * USD, models: 'gpt-5' });

    await searchKeys(page, 'e2e-renamed');
    const toggle = page.getByRole('switch', { name: 'Enable e2e-renamed' });
    await toggle.click();
    await until(
      () => sim.control.key(id)?.status,
      (s) => s === 2,
    );
    await expect
      .poll(() => keyRow(page, 'e2e-renamed').locator('.badge').textContent())
      .toBe('Disabled');
    await toggle.click();
    await until(
      () => sim.control.key(id)?.status,
      (s) => s === 1,
    );

    await page.getByRole('button', { name: 'More actions for e2e-renamed' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Delete the key “e2e-renamed”?').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await until(
      () => sim.control.key(id),
      (k) => k === undefined,
    );
    await keyRow(page, 'e2e-renamed').waitFor({ state: 'detached' });
    await searchKeys(page, '');
  });

  it('explains a refused enable and offers the fix', async () => {
    const { page, sim } = h;
    const expired = sim.control.keys().find((k) => k.status === 3);
    if (!expired) throw new Error('no expired key seeded');
    await searchKeys(page, expired.name);
    const toggle = page.getByRole('switch', { name: `Enable ${expired.name}` });
    await toggle.click();
    const alert = page.locator('.refusal');
    await alert.getByText(`Could not change “${expired.name}”`).waitFor();
    await alert.getByText('令牌已过期').waitFor();
    // The optimistic flip was rolled back.
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(sim.control.key(expired.id)?.status).toBe(3);
    await h.screenshot('key-refused');
    await alert.getByRole('button', { name: 'Edit key' }).click();
    await page.getByRole('dialog', { name: `Edit “${expired.name}”` }).waitFor();
    await page.keyboard.press('Escape');
    await searchKeys(page, '');
  });

  it('keeps everything typed when a request fails', async () => {
    const { page, sim } = h;
    sim.control.injectFailure({
      match: { method: 'POST', path: /^\/api\/token\/?$/ },
      kind: 'server-error',
    });
    await page.getByRole('button', { name: 'New key' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('e2e-after-failure');
    await dialog.getByRole('textbox', { name: 'IP allowlist' }).fill('192.168.0.0/16');
    await dialog.getByRole('radio', { name: '30 days' }).click();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('The key was not saved').waitFor();
    await h.screenshot('key-dialog-failed');
    expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(
      'e2e-after-failure',
    );
    expect(await dialog.getByRole('textbox', { name: 'IP allowlist' }).inputValue()).toBe(
      '192.168.0.0/16',
    );
    expect(await dialog.getByRole('radio', { name: '30 days' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(sim.control.keys().some((k) => k.name === 'e2e-after-failure')).toBe(false);

    await dialog.getByRole('button', { name: 'Create key' }).click();
    await page.getByTestId('created-key').waitFor();
    expect(subnetOf(sim.control.keys().find((k) => k.name === 'e2e-after-failure'))).toBe(
      '192.168.0.0/16',
    );
    await page.getByRole('button', { name: 'Done' }).click();
  });

  it('creates a key with the keyboard alone', async () => {
    const { page, sim } = h;
    await page.locator('body').click({ position: { x: 600, y: 5 } });
    // Tab from the top of the page to the New key button.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (label.trim() === 'New key') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('e2e-keyboard'); // the name field has the focus
    await page.keyboard.press('Tab'); // the quota field is disabled while unlimited: the switch
    await page.keyboard.press('Space'); // unlimited off
    await page.keyboard.press('Shift+Tab'); // back to the quota field
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter'); // submits the form
    const full = await page.getByTestId('created-key').textContent();
    await page.keyboard.press('Escape');
    const created = sim.control.keys().find((k) => k.name === 'e2e-keyboard');
    expect(`sk-${created?.key}`).toBe(full);
    expect(created).toMatchObject({ unlimited_quota: false, remain_quota: 2.5 * USD });
  });

  it('returns the keyboard focus to the row after a delete is cancelled', async () => {
    const { page, sim } = h;
    // The previous test leaves the new-key dialog to its Escape; make sure it is closed.
    const dialog = page.getByRole('dialog');
    await expect
      .poll(async () => {
        if ((await dialog.count()) === 0) return true;
        await dialog
          .getByRole('button', { name: 'Done' })
          .click({ timeout: 2000 })
          .catch(() => {});
        return (await dialog.count()) === 0;
      })
      .toBe(true);
    await searchKeys(page, 'e2e-keyboard');
    // Wait for the filtered list to settle, so the focused button is not re-rendered away.
    await expect.poll(() => page.locator('.keys-body [role="row"]').count()).toBe(1);
    const more = keyRow(page, 'e2e-keyboard').getByRole('button', {
      name: 'More actions for e2e-keyboard',
    });
    const menuItem = page.getByRole('menuitem', { name: 'Delete' });
    await expect
      .poll(async () => {
        if (await menuItem.isVisible()) return true;
        await more.focus();
        await page.keyboard.press('Enter'); // opens the row's menu
        return menuItem.isVisible();
      })
      .toBe(true);
    await menuItem.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('More actions for e2e-keyboard');
    expect(sim.control.keys().some((k) => k.name === 'e2e-keyboard')).toBe(true);
  });
  it('returns the keyboard focus to the button that opened the key dialog', async () => {
    const { page } = h;
    const activeLabel = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? null;
      });
    const newKey = page.getByRole('button', { name: 'New key' });
    await newKey.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(activeLabel).toBe('New key');

    await searchKeys(page, 'e2e-keyboard');
    await expect.poll(() => page.locator('.keys-body [role="row"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Edit e2e-keyboard' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(activeLabel).toBe('Edit e2e-keyboard');
    await searchKeys(page, '');
  });
});
