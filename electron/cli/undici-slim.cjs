// The parts of undici the CLI uses, without undici's index: the index loads every dispatcher,
// the mock agents, the cache stores (node:sqlite) and fetch, which costs a cold `hubmix balance`
// more than the request itself. electron/build.mjs points the CLI bundle's `undici` here; the app
// and the tests use the real package. The request wrapper mirrors undici's own `request` export.
'use strict';

const Dispatcher = require('undici/lib/dispatcher/dispatcher');
const Agent = require('undici/lib/dispatcher/agent');
const EnvHttpProxyAgent = require('undici/lib/dispatcher/env-http-proxy-agent');
const api = require('undici/lib/api');
const errors = require('undici/lib/core/errors');
const util = require('undici/lib/core/util');
const { getGlobalDispatcher, setGlobalDispatcher } = require('undici/lib/global');

Object.assign(Dispatcher.prototype, api);

function request(url, opts) {
  if (!url || (typeof url !== 'string' && typeof url !== 'object')) {
    throw new errors.InvalidArgumentError('invalid url');
  }
  const options = opts ?? {};
  const parsed = util.parseURL(url);
  const { dispatcher = getGlobalDispatcher(), ...rest } = options;
  return api.request.call(dispatcher, {
    ...rest,
    origin: parsed.origin,
    path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname,
    method: options.method || (options.body ? 'PUT' : 'GET'),
  });
}

module.exports = {
  Agent,
  Dispatcher,
  EnvHttpProxyAgent,
  errors,
  getGlobalDispatcher,
  request,
  setGlobalDispatcher,
};
