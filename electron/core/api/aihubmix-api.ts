import type { AccountSnapshot, GatewayStatus } from '../../shared/domain/account.js';
import type {
  CatalogFetchResult,
  CatalogModel,
  CatalogQuery,
  RelayModel,
} from '../../shared/domain/catalog.js';
import type { ChatRequest, ChatResult, ChatStreamEvent } from '../../shared/domain/chat.js';
import type { ApiKey, CreatedKey, KeyDraft, KeyPatch } from '../../shared/domain/keys.js';

/**
 * Everything the app and the CLI ask of an AiHubMix(-compatible) gateway. Implemented by
 * `AiHubMixClient` over undici; the Electron edge, the CLI and the poller depend on this
 * interface only, so tests can hand them a fake.
 *
 * Every method throws `ApiError` (./errors.ts) and nothing else.
 */
export interface AiHubMixApi {
  // --- Account (system access token) ---
  getAccount(options?: RequestOptions): Promise<AccountSnapshot>;
  getStatus(options?: RequestOptions): Promise<GatewayStatus>;
  /**
   * `GET /api/user/token`: generates a NEW system access token. The token used for the call stops
   * working at once. Never call it to read the token.
   */
  rotateAccessToken(options?: RequestOptions): Promise<string>;

  // --- Keys (system access token) ---
  /** Every page, both list shapes. */
  listKeys(options?: RequestOptions): Promise<ApiKey[]>;
  searchKeys(keyword: string, options?: RequestOptions): Promise<ApiKey[]>;
  getKey(id: number, options?: RequestOptions): Promise<ApiKey>;
  createKey(draft: KeyDraft, options?: RequestOptions): Promise<CreatedKey>;
  /** Read, merge, write the full object: fields not in the patch stay exactly as they were. */
  updateKey(id: number, patch: KeyPatch, options?: RequestOptions): Promise<ApiKey>;
  /** `PUT /api/token/?status_only=true`. */
  setKeyEnabled(id: number, enabled: boolean, options?: RequestOptions): Promise<ApiKey>;
  deleteKey(id: number, options?: RequestOptions): Promise<void>;

  // --- Models ---
  /** `/api/v1/models` with ETag revalidation: pass the cached copy to send If-None-Match. */
  getCatalog(
    query?: CatalogQuery,
    cached?: { etag: string; models: CatalogModel[] } | null,
    options?: RequestOptions,
  ): Promise<CatalogFetchResult>;
  /** `/api/user/available_models` (strings or objects), as model ids. */
  getAvailableModels(options?: RequestOptions): Promise<string[]>;
  /** `/api/models`: channel type id -> built-in model names (NOT what the account can use). */
  getDashboardModels(options?: RequestOptions): Promise<Record<string, string[]>>;
  /** `/v1/models` with an sk- key. */
  listRelayModels(apiKey: string, options?: RequestOptions): Promise<RelayModel[]>;
  /** `/v1/models/:model` with an sk- key. */
  getRelayModel(apiKey: string, model: string, options?: RequestOptions): Promise<RelayModel>;

  // --- Chat (sk- key). Never retried automatically: it costs money. ---
  chat(request: ChatRequest, options: ChatOptions): Promise<ChatResult>;
  /**
   * Streams the answer; `onEvent` sees every delta in order. Resolves with what was received.
   * A stream that ends without a finish_reason rejects with code 'incomplete_stream' whose
   * `partial` holds the text received; an abort rejects with code 'aborted' and the same `partial`.
   */
  streamChat(
    request: ChatRequest,
    options: ChatOptions & { onEvent: (event: ChatStreamEvent) => void },
  ): Promise<ChatResult>;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface ChatOptions extends RequestOptions {
  /** The sk- key to bill. */
  apiKey: string;
}
