// Bundles the Node side with esbuild: the Electron main process and the CLI to CommonJS (fast
// start, no ESM/CJS mismatch with native modules), and the preload to ONE CommonJS file, because a
// sandboxed preload cannot require split files (Electron docs, "ESM" and "Process Sandboxing").
// The renderer is built by Vite (renderer/vite.config.ts).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Native and Electron modules are resolved at run time, never bundled.
  external: ['electron', 'keytar'],
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

// The CLI imports `undici` by its bare name only; its deep paths (used by the slim entry itself)
// resolve normally.
const slimUndici = {
  name: 'slim-undici',
  setup(plugin) {
    plugin.onResolve({ filter: /^undici$/ }, () => ({
      path: fileURLToPath(new URL('./cli/undici-slim.cjs', import.meta.url)),
    }));
  },
};

// zod's index modules re-export every locale (a quarter of a megabyte, initialised at load because
// the CLI's lazily imported modules are wrapped by esbuild). Nothing uses them: classic zod imports
// its English messages directly, and the CLI reads only an issue's path.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { index: 'electron/main/index.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...common,
    entryPoints: { index: 'electron/preload/index.ts' },
    outdir: 'dist/preload',
    outExtension: { '.js': '.cjs' },
    // The preload runs sandboxed: only `electron` may be required at run time.
    external: ['electron'],
    platform: 'browser',
    sourcemap: false,
  }),
  build({
    ...common,
    // A tiny launcher that turns on the compile cache, then the program it requires.
    entryPoints: { hubmix: 'electron/cli/index.ts', 'hubmix-main': 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.cjs' },
    banner: { js: '#!/usr/bin/env node' },
    plugins: [slimUndici, noZodLocales],
    sourcemap: false,
    minify: true,
  }),
]);
await chmod(new URL('../dist/cli/hubmix.cjs', import.meta.url), 0o755);
