import { badRequest } from './service-error.js';

/**
 * Users mix up the two credentials AiHubMix gives them. An `sk-` key is for model calls; balance
 * and keys need the system access token, so say which one is needed instead of a bare "401".
 */
export function looksLikeModelKey(token: string): boolean {
  return /^\s*(bearer\s+)?sk-/i.test(token);
}

export function assertAccessToken(token: string): string {
  const trimmed = token.trim().replace(/^bearer\s+/i, '');
  if (looksLikeModelKey(trimmed)) {
    throw badRequest(
      'That is an sk- model key. Balance and keys need the system access token (Manage Key) from the AiHubMix settings page: open Settings, then generate or copy the system access token.',
    );
  }
  if (/\s/.test(trimmed)) {
    throw badRequest('The access token cannot contain spaces or line breaks. Paste it again.');
  }
  return trimmed;
}
