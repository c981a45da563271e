import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import {
  startPreviewServer,
  type PreviewServer,
} from '../../../electron/preview/preview-server.js';
import {
  startSimulator,
  type SimulatorHandle,
  type SimulatorOptions,
} from '../../../electron/simulator/index.js';

/**
 * One end-to-end rig: the local AiHubMix-compatible server, the real core behind the preview
 * bridge, and the real renderer in headless Chromium. Tests check the server's state through
 * `sim.control`, never through the UI alone.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rendererDir = `${root}dist/renderer`;
export const SCREENSHOT_DIR = `${root}test-results/screenshots`;

export interface Harness {
  sim: SimulatorHandle;
  preview: PreviewServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Sign in to the simulator before the page opens (default true); false shows onboarding. */
  signedIn?: boolean;
  simulator?: SimulatorOptions;
  colorScheme?: 'light' | 'dark';
  /** navigator.language, which decides the "system" UI language in the preview. */
  locale?: string;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: install Debian’s chromium package (apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** The tests run the built renderer; build it once if the tree has none. */
function ensureRendererBuilt(): void {
  if (existsSync(`${rendererDir}/index.html`)) return;
  const built = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', `${root}renderer/vite.config.ts`],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('The renderer build failed.');
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureRendererBuilt();
  const sim = await startSimulator(options.simulator);
  const preview = await startPreviewServer({
    rendererDir,
    secrets: 'memory',
    account: options.signedIn === false ? null : { baseUrl: sim.url, accessToken: sim.accessToken },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1180, height: 760 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preview.url);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    sim,
    preview,
    browser,
    context,
    page,
    async screenshot(name) {
      const path = `${SCREENSHOT_DIR}/${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await preview.close();
      await sim.close();
      if (errors.length) throw new Error(`Uncaught errors in the page: ${errors.join('; ')}`);
    },
  };
}
