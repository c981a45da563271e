import { afterAll, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './support/harness.js';
import { openView } from './support/ui.js';

const background = (h: Harness) =>
  h.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDark = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)?.map(Number) ?? [];
  return r + g + b < 200;
};

describe('languages and themes', () => {
  let h: Harness | undefined;
  afterAll(async () => h?.close());

  it('follows a Chinese OS and a dark OS, then switches language and theme from Settings', async () => {
    h = await startHarness({ locale: 'zh-CN', colorScheme: 'dark' });
    const { page } = h;
    await page.getByRole('heading', { name: '账户' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(isDark(await background(h))).toBe(true);
    await h.screenshot('account-zh-dark');

    await openView(page, '密钥');
    await page.locator('.keys-body [role="row"]').first().waitFor();
    await page.getByRole('button', { name: '新建密钥' }).waitFor();
    await h.screenshot('keys-zh-dark');

    await openView(page, '设置');
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('radio', { name: 'Light' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    expect(isDark(await background(h))).toBe(false);
    const stored = await h.preview.service.handlers['settings:get'](undefined);
    expect(stored).toMatchObject({ language: 'en', theme: 'light' });

    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect.poll(async () => isDark(await background(h!))).toBe(true);
    await h.screenshot('settings-dark');
    await openView(page, 'Keys');
    await page.locator('.keys-body [role="row"]').first().waitFor();
    await h.screenshot('keys-dark');

    await openView(page, 'Settings');
    await page.getByRole('radio', { name: 'System' }).first().click();
    await page.getByRole('radio', { name: 'System' }).nth(1).click();
    await page.getByRole('heading', { name: '设置' }).waitFor();
  });
});
