// The `hubmix` entry: the smallest possible file, so that V8's compile cache (Node ≥ 22.1) is on
// before the real program (main.ts, bundled beside this file as hubmix-main.cjs) is compiled.
// A single bundle would be compiled in full before any of its code could enable the cache.
import module from 'node:module';

module.enableCompileCache?.();

if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
  module.createRequire(__filename)('./hubmix-main.cjs');
} else {
  // Running from source (tsx): a computed specifier keeps esbuild from inlining main.ts here.
  const main = './main.js';
  void import(main);
}
