import { AiHubMixClient } from '../api/aihubmix-client.js';
import { DEFAULT_BASE_URL, FALLBACK_BASE_URL } from '../api/client-options.js';
import { normalizeBaseUrl } from '../accounts/account-registry.js';
import type { AppServicePorts } from './app-service.js';

export interface ClientRequest {
  baseUrl: string;
  accessToken: string | null;
  userId?: number | null;
}

/**
 * Builds a gateway client the way the app always does: through the OS proxy when the edge knows
 * one, and with AiHubMix's alternative domain as a fallback only when the user kept the default
 * base URL (a gateway the user chose is never silently swapped).
 */
export async function createClient(
  ports: Pick<AppServicePorts, 'dispatcherFor'>,
  request: ClientRequest,
): Promise<AiHubMixClient> {
  const baseUrl = normalizeBaseUrl(request.baseUrl);
  const dispatcher = await ports.dispatcherFor?.(baseUrl);
  return new AiHubMixClient({
    baseUrl,
    accessToken: request.accessToken,
    userId: request.userId ?? null,
    ...(dispatcher ? { dispatcher } : {}),
    fallbackBaseUrl: baseUrl === DEFAULT_BASE_URL ? FALLBACK_BASE_URL : null,
    // The client keeps using the fallback for its lifetime; the saved base URL stays the user's
    // choice, so the next start tries the main domain again.
    onBaseUrlChange: () => undefined,
  });
}
