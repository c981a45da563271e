import { createRequire } from 'node:module';

import type { createKeytarStore } from '../../core/secrets/keytar-store.js';

type KeytarLoader = NonNullable<Parameters<typeof createKeytarStore>[1]>;
type KeytarModule = Awaited<ReturnType<KeytarLoader>>;

/**
 * Loads keytar in the packaged app with CommonJS `require`, resolved from the main bundle's own
 * file, instead of the core's `import('keytar')`. keytar is CommonJS with a native `.node`
 * addon that electron-builder unpacks to app.asar.unpacked (asarUnpack); Electron's CommonJS
 * loader is the path whose asar support (reading inside app.asar, redirecting the addon to the
 * unpacked folder) is documented and long-standing, while dynamic import() of packages inside an
 * asar has a history of "module not found" bugs (electron #38957). The load stays lazy: a missing
 * or broken build fails here, inside the keychain store, which turns it into a plain message.
 */
export function keytarLoaderFor(bundleFile: string): KeytarLoader {
  return async () => {
    const load = createRequire(bundleFile);
    return load('keytar') as KeytarModule;
  };
}
