import { UsageError } from './cli-error.js';

const RIGHT_FORM = 'hubmix --url https://aihubmix.com <command>  (or AIHUBMIX_BASE_URL=https://…)';

/**
 * A base URL from --url or AIHUBMIX_BASE_URL, checked before anything is sent: a typo must be a
 * usage error (exit 2) that shows the right form, not "connection failed" after the retries.
 * Returns it without trailing slashes.
 */
export function checkBaseUrl(text: string, source: string): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  let url: URL | null;
  try {
    url = new URL(trimmed);
  } catch {
    url = null;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') {
    if (url.search !== '' || url.hash !== '') {
      throw new UsageError(
        `${source} must be the gateway's address without a query or fragment, got "${text}".`,
        RIGHT_FORM,
      );
    }
    return trimmed;
  }
  // "aihubmix.com" alone is the usual slip: offer the form that works.
  const hint = /^[\w.-]+\.[a-z]{2,}(:\d+)?(\/.*)?$/i.test(trimmed)
    ? ` Did you mean https://${trimmed}?`
    : '';
  throw new UsageError(
    `${source} must be an absolute http(s) URL such as https://aihubmix.com, got "${text}".${hint}`,
    RIGHT_FORM,
  );
}

/** An environment variable, with an empty or blank value counting as unset. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
