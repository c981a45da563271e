import type { Locator, Page } from 'playwright-core';

/** Small waits shared by the e2e tests; every assertion polls the page or the server. */

export async function until<T>(
  probe: () => T | Promise<T>,
  accept: (value: T) => boolean = Boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: false }).click();
}

export function keyRow(page: Page, name: string): Locator {
  return page.locator('.keys-body [role="row"]', {
    has: page.locator('.cell-name', { hasText: new RegExp(`^${name}$`) }),
  });
}

export async function searchKeys(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search by name or key' }).fill(text);
}
