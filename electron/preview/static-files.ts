import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The renderer's index.html as the preview serves it: a meta tag tells the renderer's bridge
 * module where the WebSocket is, and the CSP (in this served copy only) allows connecting there.
 */
export function injectBridgeConfig(html: string, bridgeUrl: string): string {
  const origin = new URL(bridgeUrl).origin;
  const meta = `<meta name="aihubmix-bridge" content="${escapeAttribute(bridgeUrl)}" />`;
  let out = html.replace(/connect-src ([^;"]*)/, (_match, sources: string) =>
    sources.split(/\s+/).includes(origin)
      ? `connect-src ${sources}`
      : `connect-src ${sources} ${origin}`,
  );
  out = /<head[^>]*>/i.test(out)
    ? out.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`)
    : `${meta}\n${out}`;
  return out;
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Serves files under `rootDir` (never outside it); paths without an extension get index.html. */
export function createStaticHandler(
  rootDir: string,
  indexHtml: () => Promise<string>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const root = resolve(rootDir);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (pathname === '/' || pathname === '/index.html' || extname(pathname) === '') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...SAFE });
      res.end(req.method === 'HEAD' ? undefined : await indexHtml());
      return;
    }
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep)) return send(res, 404, 'Not found');
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'Not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        ...SAFE,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'Not found');
    }
  };
}

const SAFE = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

export function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SAFE });
  res.end(text);
}
