/**
 * The only way the main process opens a URL in the user's browser. A compromised renderer (or a
 * link in a chat reply) must not reach `shell.openExternal` with `file:`, `smb:`, a custom
 * protocol handler or an arbitrary site (security checklist item 15), so only https pages of
 * AiHubMix, or of the active account's own gateway, pass.
 */

const AIHUBMIX_HOST = 'aihubmix.com';

export function isAllowedExternalUrl(candidate: string, activeBaseUrl: string | null): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  // user:pass@ in a link is a classic way to disguise the real host.
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  if (host === AIHUBMIX_HOST || host.endsWith(`.${AIHUBMIX_HOST}`)) return true;
  if (activeBaseUrl === null) return false;
  try {
    return new URL(activeBaseUrl).hostname.toLowerCase() === host;
  } catch {
    return false;
  }
}

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Wraps `shell.openExternal` with the check. Returns whether the URL was opened, so callers can
 * log a refusal; the refused URL itself is not logged in full (it may carry a token in a query).
 */
export function createSafeOpenExternal(
  openExternal: OpenExternal,
  activeBaseUrl: () => string | null,
): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isAllowedExternalUrl(url, activeBaseUrl())) {
      console.warn(`[security] refused to open an external link (${describeForLog(url)})`);
      return false;
    }
    await openExternal(new URL(url).toString());
    return true;
  };
}

function describeForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}`;
  } catch {
    return 'not a URL';
  }
}
