import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { startPreviewServer, type PreviewOptions } from './preview-server.js';

/**
 * `npm run preview:web`: the real renderer in a normal browser on the real core. Configure the
 * account with AIHUBMIX_BASE_URL + AIHUBMIX_ACCESS_TOKEN, or pass --demo for the built-in server.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    'memory-secrets': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run preview:web -- [--demo] [--port N] [--data-dir DIR] [--renderer-dir DIR] [--memory-secrets]

Serves the renderer at http://127.0.0.1:<port>/ connected to the core running in Node.
  --demo            start the built-in AiHubMix-compatible server and sign in to it
  AIHUBMIX_BASE_URL, AIHUBMIX_ACCESS_TOKEN   sign in to this gateway instead`);
  process.exit(0);
}

const rendererDir = values['renderer-dir'] ?? `${root}dist/renderer`;
if (!values['renderer-dir'] && !existsSync(`${rendererDir}/index.html`)) {
  console.error('[preview] dist/renderer is missing: building the renderer first…');
  const built = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', `${root}renderer/vite.config.ts`],
    { stdio: 'inherit', cwd: root },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const token = process.env.AIHUBMIX_ACCESS_TOKEN;
let account: PreviewOptions['account'] = null;
if (values.demo) account = { demo: true };
else if (token)
  account = {
    baseUrl: process.env.AIHUBMIX_BASE_URL ?? 'https://aihubmix.com',
    accessToken: token,
  };

const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version?: string })
  .version;
const preview = await startPreviewServer({
  rendererDir,
  account,
  secrets: values['memory-secrets'] ? 'memory' : 'auto',
  ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(version ? { version } : {}),
});
console.log(`AiHubMix Tray preview: ${preview.url}`);

const shutdown = (): void => {
  void preview.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
