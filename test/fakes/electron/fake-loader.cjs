// Boots the BUILT main bundle under plain Node with the fake electron:
//   node --require test/fakes/electron/fake-loader.cjs dist/main/index.cjs
// Node 24's synchronous module hooks map `electron` to the fake (test/fakes/electron/index.ts,
// loaded with Node's built-in type stripping) and the fake's own `./x.js` imports to `./x.ts`.
// When started with an IPC channel (child_process.fork), it answers {type:'snapshot'} with what
// the fake recorded, {type:'close-window'} by closing the app's window (then a snapshot), and
// {type:'quit'} by quitting the app the way a user would.
'use strict';
const { registerHooks } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const fakeDir = __dirname;
const fakeEntry = pathToFileURL(path.join(fakeDir, 'index.ts')).href;
const fakeDirUrl = pathToFileURL(fakeDir).href + '/';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: fakeEntry, shortCircuit: true };
    const parent = context.parentURL ?? '';
    if (parent.startsWith(fakeDirUrl) && specifier.startsWith('./') && specifier.endsWith('.js')) {
      return nextResolve(specifier.slice(0, -3) + '.ts', context);
    }
    return nextResolve(specifier, context);
  },
});

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    const fake = require('electron');
    if (message && message.type === 'snapshot') {
      process.send({ type: 'snapshot', snapshot: fake.snapshotFakeElectron() });
    } else if (message && message.type === 'close-window') {
      // The user closes the app's window (its title-bar button).
      for (const window of fake.BrowserWindow.getAllWindows()) window.close();
      process.send({ type: 'snapshot', snapshot: fake.snapshotFakeElectron() });
    } else if (message && message.type === 'quit') {
      fake.app.quit();
      // before-quit stops the service asynchronously; give it a moment, then leave.
      setTimeout(() => process.exit(0), 300).unref();
    }
  });
  process.send({ type: 'loaded' });
}
