import { EnvHttpProxyAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { proxyDispatcherFromEnv } from '../../../../electron/core/api/proxy.js';

describe('proxyDispatcherFromEnv', () => {
  it('is undefined without a proxy in the environment', () => {
    expect(proxyDispatcherFromEnv({})).toBeUndefined();
  });

  it('gives an env proxy agent when HTTPS_PROXY or http_proxy is set', async () => {
    for (const env of [
      { HTTPS_PROXY: 'http://proxy.local:3128' },
      { http_proxy: 'http://proxy.local:3128', NO_PROXY: 'localhost' },
    ]) {
      const agent = proxyDispatcherFromEnv(env);
      expect(agent).toBeInstanceOf(EnvHttpProxyAgent);
      await agent?.close();
    }
  });
});
