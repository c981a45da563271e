import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './support/harness.js';

describe('onboarding', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ signedIn: false });
  });
  afterAll(async () => h?.close());

  it('explains the credentials and opens the settings page', async () => {
    const { page } = h;
    await page.getByRole('heading', { name: 'Connect your AiHubMix account' }).waitFor();
    await page.getByText('system access token (the “Manage Key”)').waitFor();
    await page.getByRole('button', { name: 'Open AiHubMix settings' }).click();
    await expect.poll(() => h.preview.opened).toContain('https://aihubmix.com/setting');
    await h.screenshot('onboarding');
  });

  it('recognises a pasted sk- key', async () => {
    const { page } = h;
    const token = page.getByLabel('System access token');
    await token.fill(h.sim.apiKey);
    await page.getByText('This is a model API key (sk-…)').waitFor();
    expect(await page.getByRole('button', { name: 'Test' }).isDisabled()).toBe(true);
  });

  it('rejects a wrong token, then tests and saves the right one', async () => {
    const { page, sim } = h;
    await page.getByRole('button', { name: 'Advanced' }).click();
    await page.getByLabel('Base URL').fill(sim.url);
    const token = page.getByLabel('System access token');
    await token.fill('0123456789abcdef0123456789abcdef');
    await page.getByRole('button', { name: 'Test' }).click();
    await page.getByText('The gateway refused this token.').waitFor();
    await h.screenshot('onboarding-wrong-token');
    expect(await page.getByRole('button', { name: 'Save and continue' }).isDisabled()).toBe(true);

    await token.fill(sim.accessToken);
    await page.getByRole('button', { name: 'Test' }).click();
    await page.getByText('Signed in as Demo User').waitFor();
    await page.getByText('Balance $24.69').waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.getByRole('heading', { name: 'Account' }).waitFor();
    await expect.poll(() => page.getByTestId('balance').textContent()).toBe('$24.69');
    const accounts = await h.preview.service.handlers['accounts:list'](undefined);
    expect(accounts.accounts).toHaveLength(1);
    expect(accounts.accounts[0]?.baseUrl).toBe(sim.url);
  });
});
