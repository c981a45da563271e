/**
 * Is this URL the app's own renderer page? Used by the IPC sender check and the navigation
 * guard. Compares parsed URLs (protocol and path), never string prefixes (security checklist
 * item 13): `file:///app/index.html.evil` or `file:///app/index.html/../x` must not pass. The
 * query and hash are the page's own business (hash routing), so they are ignored.
 */
export function isAppEntryUrl(candidate: string, entryUrl: string): boolean {
  let url: URL;
  let entry: URL;
  try {
    url = new URL(candidate);
    entry = new URL(entryUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'file:' || entry.protocol !== 'file:') return false;
  // A file URL with a host (file://server/share) is a network path, never our bundle.
  if (url.host !== entry.host) return false;
  return normalise(url.pathname) === normalise(entry.pathname);
}

function normalise(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return '\0invalid';
  }
  // Windows paths are case-insensitive and Chromium may report the drive letter either way.
  return /^\/[a-zA-Z]:\//.test(decoded) ? decoded.toLowerCase() : decoded;
}
