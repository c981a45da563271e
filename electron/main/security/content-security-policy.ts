import type { Session } from 'electron';

/**
 * The renderer's Content-Security-Policy, identical to the meta tag in renderer/index.html (a
 * unit test keeps them equal). Strict by design: no inline or remote script, no eval, no plugins,
 * no forms, no <base>.
 *
 * The META TAG is the real protection: the app's page is loaded with loadFile (file://), and
 * Electron's security checklist (item 7, "CSP meta tag") says a CSP HTTP header cannot be used
 * for a resource loaded over file://, since no HTTP response carries it. The header below covers
 * only what does arrive over http(s) in this session (a dev server, a future custom protocol), so
 * such a response cannot come without a policy. (`frame-ancestors` is ignored in a meta tag by
 * the CSP spec; it takes effect only through the header.)
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
