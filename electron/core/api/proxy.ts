import { EnvHttpProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';

/**
 * For the CLI: honour HTTPS_PROXY / HTTP_PROXY (and NO_PROXY) like curl does. undici ignores
 * them unless given this agent. The app asks Electron's session instead.
 */
export function proxyDispatcherFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  connectTimeoutMs = 10_000,
): Dispatcher | undefined {
  const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
  const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
  if (!httpsProxy && !httpProxy) return undefined;
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return new EnvHttpProxyAgent({
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(httpProxy ? { httpProxy } : {}),
    ...(noProxy ? { noProxy } : {}),
    connect: { timeout: connectTimeoutMs },
  });
}
