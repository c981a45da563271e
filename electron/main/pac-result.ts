/**
 * Reads the answer of Electron's `session.resolveProxy(url)`, which is a PAC-style list such as
 * "PROXY proxy.corp:8080; DIRECT". The first entry this app can honour wins, in the order the OS
 * gave them: DIRECT, PROXY (http) and HTTPS (TLS to the proxy). SOCKS proxies are skipped with a
 * note, because undici's ProxyAgent speaks HTTP CONNECT only; if nothing else is listed the
 * request goes direct, which is what the user would get without the app knowing of a proxy.
 */
export type ProxyChoice = { kind: 'direct'; note?: string } | { kind: 'proxy'; uri: string };

export function parsePacResult(result: string): ProxyChoice {
  const entries = result
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  let skippedSocks = false;
  for (const entry of entries) {
    const [type = '', hostPort = ''] = entry.split(/\s+/, 2);
    switch (type.toUpperCase()) {
      case 'DIRECT':
        return skippedSocks ? { kind: 'direct', note: SOCKS_NOTE } : { kind: 'direct' };
      case 'PROXY':
        if (isHostPort(hostPort)) return { kind: 'proxy', uri: `http://${hostPort}` };
        break;
      case 'HTTPS':
        if (isHostPort(hostPort)) return { kind: 'proxy', uri: `https://${hostPort}` };
        break;
      case 'SOCKS':
      case 'SOCKS4':
      case 'SOCKS5':
        skippedSocks = true;
        break;
      default:
        break;
    }
  }
  return skippedSocks ? { kind: 'direct', note: SOCKS_NOTE } : { kind: 'direct' };
}

const SOCKS_NOTE =
  'The system proxy is a SOCKS proxy, which the app cannot use; connecting directly.';

/** host:port, [v6]:port; no spaces, no scheme, no path (a malformed PAC answer is ignored). */
function isHostPort(text: string): boolean {
  return /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(text);
}
