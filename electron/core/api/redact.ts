/**
 * Secrets must never reach a log, an error message or the renderer. Every ApiError the client
 * throws passes through `redact` at the client boundary, so a gateway that echoes a key back in
 * its message (one-api does, for "invalid token" errors) cannot leak it.
 */

export const REDACTED = '[redacted]';

// sk- keys of any length the gateways issue (one-api: 48 chars after the prefix; new-api: up to 128).
const SK_KEY = /sk-[A-Za-z0-9_-]{8,}/g;
// A bare one-api/new-api key (48 alphanumerics, stored without `sk-`) looks like this.
const BARE_KEY = /(?<![A-Za-z0-9])[A-Za-z0-9]{48}(?![A-Za-z0-9])/g;
// A one-api/AiHubMix system access token: 32 lowercase hex characters (a UUID without dashes).
const ACCESS_TOKEN = /(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])/g;
// "Bearer xyz" in an echoed header.
const BEARER = /Bearer\s+[^\s,;"']+/gi;

/** Removes the given secrets (exact matches) and anything that looks like an API key. */
export function redact(text: string, secrets: readonly (string | null | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short strings would shred ordinary words; real tokens are 16+ characters.
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(BEARER, `Bearer ${REDACTED}`)
    .replace(SK_KEY, REDACTED)
    .replace(BARE_KEY, REDACTED)
    .replace(ACCESS_TOKEN, REDACTED);
}
