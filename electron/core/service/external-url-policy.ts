import { badRequest } from './service-error.js';

const AIHUBMIX_HOST = 'aihubmix.com';

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * What `app:open-external` may open: https pages of aihubmix.com (or a subdomain), or of the
 * active account's own gateway. A compromised renderer must not be able to open arbitrary URLs or
 * schemes (file:, custom protocol handlers) through the OS.
 */
export function checkExternalUrl(url: string, activeBaseUrl: string | null): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('That link is not a valid URL.');
  }
  if (parsed.protocol !== 'https:') {
    throw badRequest('Only https links to AiHubMix can be opened from the app.');
  }
  if (parsed.username || parsed.password) {
    throw badRequest('Links with a user name or password cannot be opened from the app.');
  }
  const host = parsed.hostname.toLowerCase();
  const allowed =
    host === AIHUBMIX_HOST ||
    host.endsWith(`.${AIHUBMIX_HOST}`) ||
    (activeBaseUrl !== null && hostOf(activeBaseUrl) === host);
  if (!allowed) {
    throw badRequest(
      'Only links to AiHubMix (or your account’s gateway) can be opened from the app.',
    );
  }
  return parsed.toString();
}

/** The top-up page on the account's AiHubMix host, or on aihubmix.com for other gateways. */
export function topUpUrl(baseUrl: string | null): string {
  const host = baseUrl ? hostOf(baseUrl) : null;
  if (baseUrl && host && (host === AIHUBMIX_HOST || host.endsWith(`.${AIHUBMIX_HOST}`))) {
    const origin = new URL(baseUrl).origin;
    if (origin.startsWith('https://')) return `${origin}/topup`;
  }
  return 'https://aihubmix.com/topup';
}
