import type { AccountSnapshot, GatewayStatus } from '../../shared/domain/account.js';
import type {
  CatalogFetchResult,
  CatalogModel,
  CatalogQuery,
  RelayModel,
} from '../../shared/domain/catalog.js';
import type { ChatRequest, ChatResult, ChatStreamEvent } from '../../shared/domain/chat.js';
import type { ApiKey, CreatedKey, KeyDraft, KeyPatch } from '../../shared/domain/keys.js';
import { AccountEndpoints } from './account-endpoints.js';
import type { AiHubMixApi, ChatOptions, RequestOptions } from './aihubmix-api.js';
import { GatewayCaller } from './caller.js';
import { CatalogEndpoints } from './catalog-endpoints.js';
import { ChatEndpoints } from './chat-endpoints.js';
import type { ClientOptions } from './client-options.js';
import { HttpTransport } from './http.js';
import { KeyEndpoints } from './key-endpoints.js';
import { toSafeApiError } from './safe-api-error.js';
import { abortableSleep, DEFAULT_RETRY } from './retry.js';

const DEFAULT_TOTAL_MS = 30_000;
const DEFAULT_CHAT_TOTAL_MS = 10 * 60_000;
const DEFAULT_STREAM_IDLE_MS = 60_000;

/**
 * The AiHubMix (one-api / new-api compatible) gateway over undici. Composition only: each group
 * of endpoints lives in its own module; every method's errors leave through `safe()`.
 */
export class AiHubMixClient implements AiHubMixApi {
  private readonly http: HttpTransport;
  private readonly account: AccountEndpoints;
  private readonly keys: KeyEndpoints;
  private readonly catalog: CatalogEndpoints;
  private readonly chats: ChatEndpoints;

  constructor(options: ClientOptions) {
    this.http = new HttpTransport(options);
    const caller = new GatewayCaller(
      this.http,
      {
        attempts: options.retry?.attempts ?? DEFAULT_RETRY.attempts,
        baseDelayMs: options.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
        maxDelayMs: options.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
        sleep: options.retry?.sleep ?? abortableSleep,
        random: options.retry?.random ?? Math.random,
      },
      options.timeouts?.totalMs ?? DEFAULT_TOTAL_MS,
    );
    this.account = new AccountEndpoints(caller);
    this.keys = new KeyEndpoints(caller, this.account);
    this.catalog = new CatalogEndpoints(caller);
    this.chats = new ChatEndpoints(caller, {
      totalMs: options.timeouts?.totalMs ?? DEFAULT_CHAT_TOTAL_MS,
      idleMs: options.timeouts?.streamIdleMs ?? DEFAULT_STREAM_IDLE_MS,
    });
  }

  /** The base URL in use (the fallback once it has answered). */
  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** Closes the connection pool the client made itself (not a dispatcher it was given). */
  close(): Promise<void> {
    return this.http.close();
  }

  getAccount(options?: RequestOptions): Promise<AccountSnapshot> {
    return this.safe(() => this.account.getAccount(options));
  }

  getStatus(options?: RequestOptions): Promise<GatewayStatus> {
    return this.safe(() => this.account.getStatus(options));
  }

  rotateAccessToken(options?: RequestOptions): Promise<string> {
    return this.safe(() => this.account.rotateAccessToken(options));
  }

  listKeys(options?: RequestOptions): Promise<ApiKey[]> {
    return this.safe(() => this.keys.listKeys(options));
  }

  searchKeys(keyword: string, options?: RequestOptions): Promise<ApiKey[]> {
    return this.safe(() => this.keys.searchKeys(keyword, options));
  }

  getKey(id: number, options?: RequestOptions): Promise<ApiKey> {
    return this.safe(() => this.keys.getKey(id, options));
  }

  createKey(draft: KeyDraft, options?: RequestOptions): Promise<CreatedKey> {
    return this.safe(() => this.keys.createKey(draft, options));
  }

  updateKey(id: number, patch: KeyPatch, options?: RequestOptions): Promise<ApiKey> {
    return this.safe(() => this.keys.updateKey(id, patch, options));
  }

  setKeyEnabled(id: number, enabled: boolean, options?: RequestOptions): Promise<ApiKey> {
    return this.safe(() => this.keys.setKeyEnabled(id, enabled, options));
  }

  deleteKey(id: number, options?: RequestOptions): Promise<void> {
    return this.safe(() => this.keys.deleteKey(id, options));
  }

  getCatalog(
    query?: CatalogQuery,
    cached?: { etag: string; models: CatalogModel[] } | null,
    options?: RequestOptions,
  ): Promise<CatalogFetchResult> {
    return this.safe(() => this.catalog.getCatalog(query, cached, options));
  }

  getAvailableModels(options?: RequestOptions): Promise<string[]> {
    return this.safe(() => this.catalog.getAvailableModels(options));
  }

  getDashboardModels(options?: RequestOptions): Promise<Record<string, string[]>> {
    return this.safe(() => this.catalog.getDashboardModels(options));
  }

  listRelayModels(apiKey: string, options?: RequestOptions): Promise<RelayModel[]> {
    return this.safe(() => this.catalog.listRelayModels(apiKey, options), apiKey);
  }

  getRelayModel(apiKey: string, model: string, options?: RequestOptions): Promise<RelayModel> {
    return this.safe(() => this.catalog.getRelayModel(apiKey, model, options), apiKey);
  }

  chat(request: ChatRequest, options: ChatOptions): Promise<ChatResult> {
    return this.safe(() => this.chats.chat(request, options), options.apiKey);
  }

  streamChat(
    request: ChatRequest,
    options: ChatOptions & { onEvent: (event: ChatStreamEvent) => void },
  ): Promise<ChatResult> {
    return this.safe(() => this.chats.streamChat(request, options), options.apiKey);
  }

  private async safe<T>(run: () => Promise<T>, apiKey?: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toSafeApiError(error, [this.http.accessToken, apiKey]);
    }
  }
}
