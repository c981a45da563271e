import { afterEach, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './support/harness.js';
import { openView, until } from './support/ui.js';

/**
 * The window reloads (or the user looks at another view) while an answer streams: the answer
 * keeps coming without any text shown twice, Stop still stops it, and an answer that ended
 * meanwhile is shown ended.
 */
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, '');

async function startLongAnswer(harness: Harness, interval: number): Promise<void> {
  const { page } = harness;
  await page.getByRole('heading', { name: 'Account' }).waitFor();
  await openView(page, 'Chat');
  await page.getByRole('button', { name: 'New chat' }).click();
  await page.getByTestId('estimate').filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId('model-picker').selectOption('gpt-4o-mini');
  harness.sim.control.setChunkInterval(interval);
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.focus();
  await page.keyboard.type('A long one please [[long:4000]]');
  await page.keyboard.press('Enter');
  await page.locator('.message-assistant .md').filter({ hasText: 'filler' }).waitFor();
}

describe('Chat across a reload in Chromium', () => {
  it('after a reload mid-answer the text is not doubled and Stop stops it', async () => {
    h = await startHarness();
    const { page } = h;
    await startLongAnswer(h, 15);
    await page.reload();
    await openView(page, 'Chat');
    const answer = page.locator('.message-assistant[data-status="streaming"] .md');
    await answer.waitFor();
    await page.waitForTimeout(600);
    const shown = squash(await answer.textContent());
    await page.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('status-stopped').waitFor({ timeout: 5000 });
    await h.screenshot('chat-stopped-after-reload');
    const final = squash(await page.locator('.message-assistant .md').textContent());
    // What streamed after the reload is exactly the start of the saved answer: nothing doubled
    // or missing, and the saved answer was cut by Stop, not finished.
    expect(shown.length).toBeGreaterThan(100);
    expect(final.startsWith(shown)).toBe(true);
    expect(h.sim.control.requests().filter((r) => r.path === '/v1/chat/completions')).toHaveLength(
      1,
    );
    // The next estimate counts the stopped answer as history (~4 characters a token).
    await until(
      async () =>
        Number(
          /([\d,]+) prompt tokens/
            .exec((await page.getByTestId('estimate').textContent()) ?? '')?.[1]
            ?.replace(/,/g, '') ?? 0,
        ),
      (tokens) => tokens >= final.length / 4,
    );
  });

  it('an answer that ends while another view is shown is shown ended on return', async () => {
    h = await startHarness();
    const { page } = h;
    await startLongAnswer(h, 5);
    await openView(page, 'Account');
    await until(
      () => Promise.resolve(h!.sim.control.chargedUsd()),
      (charged) => charged > 0,
    );
    await page.waitForTimeout(300);
    await openView(page, 'Chat');
    await page.getByTestId('message-cost').waitFor({ timeout: 5000 });
    expect(await page.locator('.message-assistant').getAttribute('data-status')).toBe('complete');
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(1);
  });
});
