import { afterEach, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './support/harness.js';
import { openView } from './support/ui.js';

/**
 * The pre-send check in Chromium: it asks only when a realistic bound (the user's max tokens)
 * is above the share of the balance, and a cancelled confirmation sends nothing.
 */
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const chatCalls = (harness: Harness) =>
  harness.sim.control.requests().filter((r) => r.path.startsWith('/v1/chat/completions'));

describe('Chat cost check in Chromium', () => {
  it('asks first only when the max tokens the user set could cost more than the share', async () => {
    h = await startHarness();
    const { page } = h;
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    await openView(page, 'Chat');
    await page.getByRole('button', { name: 'New chat' }).click();
    const estimate = page.getByTestId('estimate');
    await estimate.filter({ hasText: /\S/ }).waitFor();
    await page.getByTestId('model-picker').selectOption('gpt-5');
    await estimate.filter({ hasText: /assumed \(no max tokens set\)/ }).waitFor();

    await page.getByRole('button', { name: 'Options' }).click();
    const max = page.getByRole('spinbutton', { name: 'Max output tokens' });
    await max.fill('128000');
    await page.keyboard.press('Escape');
    await estimate.filter({ hasText: /your max tokens \(128,000\)/ }).waitFor();
    expect(await estimate.getAttribute('data-bound-kind')).toBe('max-tokens');

    const box = page.getByRole('textbox', { name: 'Message' });
    await box.focus();
    await page.keyboard.type('Write a lot');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: /could cost up to \$1\.28/ });
    await dialog.waitFor();
    await h.screenshot('chat-confirm-cost');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(chatCalls(h)).toHaveLength(0);

    // Focus is back in the message box: Enter asks again.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await page.getByTestId('message-cost').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Message',
    );
    expect(chatCalls(h)).toHaveLength(1);
    expect(JSON.stringify(chatCalls(h)[0]?.body)).toMatch(/"max_(completion_)?tokens":128000/);
  });

  it("keeps the finished answer's cost line in view in a small window", async () => {
    h = await startHarness();
    const { page } = h;
    await page.setViewportSize({ width: 900, height: 600 });
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    await openView(page, 'Chat');
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByTestId('estimate').filter({ hasText: /\S/ }).waitFor();
    await page.getByTestId('model-picker').selectOption('gpt-4o-mini');
    h.sim.control.setChunkInterval(5);
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.focus();
    await page.keyboard.type('A long one [[long:3000]]');
    await page.keyboard.press('Enter');
    await page.getByTestId('message-cost').waitFor();
    await page.waitForTimeout(400);
    const gap = await page
      .locator('.message-scroll')
      .evaluate((e) => e.scrollHeight - e.scrollTop - e.clientHeight);
    expect(gap).toBeLessThan(2);
    await h.screenshot('chat-small-window');
  });
});
