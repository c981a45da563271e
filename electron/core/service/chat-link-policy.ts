import { badRequest } from './service-error.js';

/**
 * A link in an answer, which a model (or a prompt injected into it) wrote: the window asks the
 * user first and shows the full address; here only plain web links pass, never file:, custom
 * protocol handlers or links carrying a user name and password.
 */
export function checkChatLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('That link is not a valid URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw badRequest('Only web links (https or http) can be opened from an answer.');
  }
  if (parsed.username || parsed.password) {
    throw badRequest('Links with a user name or password cannot be opened from the app.');
  }
  return parsed.toString();
}
