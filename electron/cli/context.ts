import type { AiHubMixApi } from '../core/api/aihubmix-api.js';
import { DEFAULT_BASE_URL, FALLBACK_BASE_URL } from '../core/api/client-options.js';
import type { ClientOptions } from '../core/api/client-options.js';
import { flag, stringOption, type ParsedArgs } from './args.js';
import { checkBaseUrl, envValue } from './base-url.js';
import { resolveAccessToken, resolveApiKey, type ResolvedToken } from './credentials.js';
import type { CredentialNote } from './errors.js';
import type { Output } from './output.js';

/** What `--demo` needs from the built-in server. */
interface DemoServer {
  url: string;
  accessToken: string;
  apiKey: string;
  close(): Promise<void>;
}

/**
 * Per-run state shared by the commands: parsed options, output, credentials (resolved lazily, so
 * commands that need none never touch the keychain) and the API client.
 */
export class CliContext {
  /** The credential the last request used; lets an auth failure name it. */
  credential: CredentialNote | null = null;
  /** Secrets known to this run, scrubbed from every error message. */
  readonly secrets: string[] = [];
  private demo: DemoServer | null = null;
  /** --url, else AIHUBMIX_BASE_URL, checked; null when neither was given. */
  private chosenBaseUrl: string | null = null;
  private token: ResolvedToken | null = null;

  constructor(
    readonly args: ParsedArgs,
    readonly out: Output,
    readonly env: NodeJS.ProcessEnv,
    /** Aborted on Ctrl-C. */
    readonly signal: AbortSignal,
  ) {}

  get json(): boolean {
    return this.out.json;
  }

  option(name: string): string | undefined {
    return stringOption(this.args.values, name);
  }

  flag(name: string): boolean {
    return flag(this.args.values, name);
  }

  /**
   * Checks the chosen base URL (a bad one is bad usage before anything is sent) and starts the
   * built-in server for `--demo`, loaded only then, never on a normal start.
   */
  async start(): Promise<void> {
    if (!this.flag('demo')) {
      // Completion scripts are sourced from shell start-up files: never fail them over a URL.
      if (this.args.command?.path[0] !== 'completion') {
        this.chosenBaseUrl = this.checkChosenBaseUrl();
      }
      return;
    }
    const { startSimulator } = await import('../simulator/index.js');
    const server: DemoServer = await startSimulator({});
    this.demo = server;
  }

  async close(): Promise<void> {
    await this.demo?.close();
    this.demo = null;
  }

  get isDemo(): boolean {
    return this.demo !== null;
  }

  /** --url > AIHUBMIX_BASE_URL > the saved account's URL > the default (with its fallback). */
  private baseUrl(account: ResolvedToken['account']): { baseUrl: string; fallback: string | null } {
    if (this.demo) return { baseUrl: this.demo.url, fallback: null };
    if (this.chosenBaseUrl !== null) return { baseUrl: this.chosenBaseUrl, fallback: null };
    if (account) return { baseUrl: account.baseUrl, fallback: null };
    return { baseUrl: DEFAULT_BASE_URL, fallback: FALLBACK_BASE_URL };
  }

  private checkChosenBaseUrl(): string | null {
    const flagValue = this.option('url');
    if (flagValue !== undefined) return checkBaseUrl(flagValue, '--url');
    const fromEnv = envValue(this.env, 'AIHUBMIX_BASE_URL');
    return fromEnv === undefined ? null : checkBaseUrl(fromEnv, 'AIHUBMIX_BASE_URL');
  }

  get effectiveBaseUrl(): string {
    return this.baseUrl(this.token?.account ?? null).baseUrl;
  }

  async accessToken(): Promise<ResolvedToken> {
    if (this.token) return this.token;
    this.token = this.demo
      ? {
          token: this.demo.accessToken,
          source: 'the demo server',
          account: null,
          fromKeychain: false,
        }
      : await resolveAccessToken(this.option('token'), this.env);
    this.secrets.push(this.token.token);
    this.credential = { kind: 'access-token', source: this.token.source };
    return this.token;
  }

  /** A client authorised with the access token (exit 3 when there is none). */
  async api(): Promise<AiHubMixApi> {
    const token = await this.accessToken();
    const sameGateway =
      token.account !== null && this.baseUrl(token.account).baseUrl === token.account.baseUrl;
    return this.client({
      accessToken: token.token,
      userId: sameGateway ? (token.account?.userId ?? null) : null,
      account: token.account,
    });
  }

  /** A client for what needs no token (the public catalog, chat with an sk- key). */
  async publicApi(): Promise<AiHubMixApi> {
    return this.client({ accessToken: null, userId: null, account: null });
  }

  /** A client for an explicit token (login checks the token before anything is saved). */
  async apiWithToken(token: string, source: string): Promise<AiHubMixApi> {
    this.secrets.push(token);
    this.credential = { kind: 'access-token', source };
    return this.client({ accessToken: token, userId: null, account: null });
  }

  apiKey(): string {
    if (this.demo) return this.demo.apiKey;
    const { key, source } = resolveApiKey(this.option('api-key'), this.env);
    this.secrets.push(key);
    this.credential = { kind: 'api-key', source };
    return key;
  }

  private async client(parts: {
    accessToken: string | null;
    userId: number | null;
    account: ResolvedToken['account'];
  }): Promise<AiHubMixApi> {
    const [{ AiHubMixClient }, { proxyDispatcherFromEnv }] = await Promise.all([
      import('../core/api/aihubmix-client.js'),
      import('../core/api/proxy.js'),
    ]);
    const { baseUrl, fallback } = this.baseUrl(parts.account);
    const options: ClientOptions = {
      baseUrl,
      fallbackBaseUrl: fallback,
      accessToken: parts.accessToken,
      userId: parts.userId,
      userAgent: `hubmix/${CLI_VERSION}`,
    };
    const dispatcher = proxyDispatcherFromEnv();
    if (dispatcher) options.dispatcher = dispatcher;
    return new AiHubMixClient(options);
  }
}

/** Replaced at build time would be nicer; the package version is stable enough to keep here. */
export const CLI_VERSION = '0.1.0';
