import type { Session } from 'electron';

/**
 * The renderer's Content-Security-Policy, identical to the meta tag in renderer/index.html (a
 * unit test keeps them equal). The meta tag is what governs the file:// page; the same policy as
 * a response header covers anything served over http(s) into this session (a dev server, a
 * future custom protocol), so no response can arrive without it. Strict by design: no inline or
 * remote script, no eval, no plugins, no framing, no forms, no <base>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React and the component library set style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Replaces any CSP header on every response with ours (never removes or weakens it). */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
