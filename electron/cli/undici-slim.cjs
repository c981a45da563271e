// What the CLI bundle gets for `undici` (electron/build.mjs points it here; the app and the tests
// use the real package). Without a proxy, requests go through light-http.ts on node:http, which
// costs a cold `hubmix balance` almost nothing; undici's index would load every dispatcher, the
// mocks, fetch and the sqlite cache store, and even its Agent alone loads the HTTP/2 client and
// the llhttp WebAssembly. Undici itself is loaded only when HTTPS_PROXY/HTTP_PROXY ask for its
// EnvHttpProxyAgent (electron/core/api/proxy.ts).
'use strict';

const { LightAgent, lightRequest } = require('./light-http.ts');

// A computed name keeps esbuild from bundling undici (half a megabyte that every start would
// read); the CLI resolves it at run time from the package's own node_modules instead.
const undiciPart = (path) => require(['undici', 'lib', path].join('/'));

let real = null;
/** undici's dispatcher base with its request API, loaded on first use by a proxy agent. */
function undici() {
  if (real === null) {
    const Dispatcher = undiciPart('dispatcher/dispatcher');
    const api = undiciPart('api');
    Object.assign(Dispatcher.prototype, api);
    real = { api, errors: undiciPart('core/errors'), util: undiciPart('core/util') };
  }
  return real;
}

/** Mirrors undici's own `request` export for its dispatchers. */
function undiciRequest(url, options) {
  const { api, errors, util } = undici();
  if (!url || (typeof url !== 'string' && typeof url !== 'object')) {
    throw new errors.InvalidArgumentError('invalid url');
  }
  const parsed = util.parseURL(url);
  const { dispatcher, ...rest } = options;
  return api.request.call(dispatcher, {
    ...rest,
    origin: parsed.origin,
    path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname,
    method: options.method || (options.body ? 'PUT' : 'GET'),
  });
}

let defaultAgent = null;

function request(url, opts) {
  const options = opts ?? {};
  const dispatcher = options.dispatcher ?? (defaultAgent ??= new LightAgent());
  if (dispatcher instanceof LightAgent) return lightRequest(url, options, dispatcher);
  return undiciRequest(url, { ...options, dispatcher });
}

module.exports = {
  Agent: LightAgent,
  request,
  get EnvHttpProxyAgent() {
    undici();
    return undiciPart('dispatcher/env-http-proxy-agent');
  },
};
