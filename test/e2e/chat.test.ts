import { afterEach, describe, expect, it } from 'vitest';

import { startHarness, type Harness, type HarnessOptions } from './support/harness.js';
import { openView, until } from './support/ui.js';

/**
 * Chat end to end: the real renderer in Chromium, the real core behind the preview bridge, the
 * local gateway. Money is checked against what the server charged, and "nothing retried" against
 * the server's own request log.
 */
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const chatCalls = (harness: Harness) =>
  harness.sim.control.requests().filter((r) => r.path.startsWith('/v1/chat/completions'));

async function openChat(options: HarnessOptions = {}): Promise<Harness> {
  const harness = await startHarness(options);
  const { page } = harness;
  const zh = options.locale?.startsWith('zh') ?? false;
  await page.getByRole('heading', { name: zh ? '账户' : 'Account' }).waitFor();
  await openView(page, zh ? '对话' : 'Chat');
  const newChat = page.getByRole('button', {
    name: options.locale?.startsWith('zh') ? '新对话' : 'New chat',
  });
  await newChat.focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('textbox', { name: options.locale?.startsWith('zh') ? '消息' : 'Message' })
    .waitFor();
  // The key list and the estimate are loaded: the pickers have settled.
  await page.getByTestId('estimate').filter({ hasText: /\S/ }).waitFor();
  return harness;
}

async function pickModel(harness: Harness, model: string): Promise<void> {
  await harness.page.getByTestId('model-picker').selectOption(model);
}

async function type(harness: Harness, text: string): Promise<void> {
  const box = harness.page.getByRole('textbox', { name: 'Message' });
  await box.focus();
  await harness.page.keyboard.type(text);
  await harness.page.keyboard.press('Enter');
}

describe('Chat in Chromium', () => {
  it('sends with the keyboard only, streams, prices from usage × catalog, survives a reload', async () => {
    h = await openChat();
    const { page } = h;
    await pickModel(h, 'gpt-5');
    // gpt-5 may write 128K tokens ($1.28, 5.2 % of $24.69), but with no max tokens set the check
    // assumes 8,192: a typical figure and the bound are shown, the worst case beside them, and
    // the message is sent without a confirmation (asking every time teaches users to click on).
    const estimate = page.getByTestId('estimate');
    await estimate.filter({ hasText: /8,192 output tokens assumed/ }).waitFor();
    expect(await estimate.getAttribute('data-bound-kind')).toBe('default-cap');
    expect(await estimate.textContent()).toMatch(/worst case \$1\.28\d* if it writes all 128,000/);
    await type(h, 'Hello **markdown**, what is `x`?');
    const cost = page.getByTestId('message-cost');
    await cost.waitFor();
    // Reasoning is shown apart, collapsed, with its length.
    const reasoning = page.getByRole('button', { name: /Reasoning \(\d+ characters\)/ });
    expect(await reasoning.getAttribute('aria-expanded')).toBe('false');
    const shown = Number(await cost.locator('.message-cost').getAttribute('data-cost'));
    expect(Math.abs(shown - h.sim.control.chargedUsd())).toBeLessThan(2e-6);
    const prompt = Number(await cost.getAttribute('data-prompt'));
    const completion = Number(await cost.getAttribute('data-completion'));
    expect(prompt).toBeGreaterThan(0);
    expect(shown).toBeCloseTo((prompt * 1.25 + completion * 10) / 1e6, 12);
    const total = Number(await page.getByTestId('conversation-total').getAttribute('data-cost'));
    expect(total).toBeCloseTo(shown, 12);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(chatCalls(h)).toHaveLength(1);
    await h.screenshot('chat-answer');

    await page.reload();
    await openView(page, 'Chat');
    await page.getByText('Hello from gpt-5').waitFor();
    expect(
      await page.getByTestId('message-cost').locator('.message-cost').getAttribute('data-cost'),
    ).toBe(String(shown));
  });

  it('stop keeps the partial answer, marked stopped; a cut stream is marked incomplete', async () => {
    h = await openChat();
    const { page } = h;
    await pickModel(h, 'gpt-4o-mini');
    h.sim.control.setChunkInterval(40);
    await type(h, 'A long one please [[long:4000]]');
    await page.locator('.message-assistant .md').filter({ hasText: 'filler' }).waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByTestId('status-stopped').waitFor();
    await h.screenshot('chat-stopped');
    expect(chatCalls(h)).toHaveLength(1);

    h.sim.control.setChunkInterval(2);
    h.sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'stream-cut' });
    await type(h, 'Cut me off');
    await page.getByText('Incomplete: the answer ended before the model finished.').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chatCalls(h)).toHaveLength(2);
  });

  it('shows 429 and 503 with the fix, sends nothing more, and retries only when asked', async () => {
    h = await openChat();
    const { page } = h;
    await pickModel(h, 'gpt-4o-mini');
    h.sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'rate-limit' });
    await type(h, 'First');
    await page.getByText(/The gateway is busy/).waitFor();
    await page.getByText('Sends a new request: it will be charged.').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chatCalls(h)).toHaveLength(1);

    h.sim.control.injectFailure({ match: { path: '/v1/chat/completions' }, kind: 'no-channel' });
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText(/无可用渠道/).waitFor();
    await page.getByText(/No channel serves this model/).waitFor();
    await h.screenshot('chat-error-503');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chatCalls(h)).toHaveLength(2);
  });

  it('warns before sending when the key cannot call the model', async () => {
    h = await openChat();
    const { page } = h;
    const limited = h.sim.control
      .keys()
      .find(
        (k) => k.status === 1 && 'models' in k && typeof k.models === 'string' && k.models !== '',
      );
    expect(limited).toBeDefined();
    await page.getByTestId('key-picker').selectOption(String(limited!.id));
    await pickModel(h, 'claude-3-5-haiku');
    await page.getByTestId('warning-model-not-allowed').waitFor();
    expect(await page.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    await h.screenshot('chat-key-warning');
  });

  it('attaches an image for a model that takes images', async () => {
    h = await openChat();
    const { page } = h;
    await pickModel(h, 'gpt-4o-mini');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .getByTestId('attach-input')
      .setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await page.locator('.attachment img').waitFor();
    await type(h, 'What is in this image?');
    await page.getByTestId('message-cost').waitFor();
    await page.locator('.message-image').waitFor();
    const body = JSON.stringify(chatCalls(h)[0]?.body);
    expect(body).toContain('data:image/png;base64,');
  });

  it('works in Simplified Chinese', async () => {
    h = await openChat({ locale: 'zh-CN' });
    const { page } = h;
    await pickModel(h, 'gpt-4o-mini');
    const box = page.getByRole('textbox', { name: '消息' });
    await box.focus();
    await page.keyboard.type('你好');
    await page.keyboard.press('Enter');
    await page.getByTestId('message-cost').waitFor();
    await until(
      () => page.getByText(/输入 [\d,]+ \+ 输出/).count(),
      (n) => n > 0,
    );
    // The pickers are translated too (prices per 1M and key statuses were English).
    expect(await page.getByTestId('model-picker').textContent()).toContain('每百万');
    const keysText = (await page.getByTestId('key-picker').textContent()) ?? '';
    expect(keysText).toContain('已启用');
    expect(keysText).not.toMatch(/enabled|disabled|expired|exhausted/);
    await h.screenshot('chat-zh-cn');
  });
});
