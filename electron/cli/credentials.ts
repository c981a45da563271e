import type { AccountRecord } from '../core/accounts/account-registry.js';
import { envValue } from './base-url.js';
import { CliError } from './cli-error.js';
import { TOKEN_HELP, API_KEY_HELP } from './errors.js';
import { EXIT } from './exit-codes.js';

/** A credential and where it came from, so errors can name the right one. */
export interface ResolvedToken {
  token: string;
  /** "--token", "AIHUBMIX_ACCESS_TOKEN", "the keychain (account …)", "the demo server". */
  source: string;
  /** Set when the token came from the keychain: its account (base URL, user id). */
  account: AccountRecord | null;
  fromKeychain: boolean;
}

/** The saved token of the active account, loaded only when no flag or variable gave one. */
export interface KeychainLookup {
  account: AccountRecord | null;
  token: string | null;
  /** Why the keychain could not be read, when it could not. */
  problem: string | null;
}

export async function lookUpKeychain(env: NodeJS.ProcessEnv): Promise<KeychainLookup> {
  const [{ AccountRegistry, accountsFilePath, tokenSecretName }, { defaultUserDataDir }] =
    await Promise.all([
      import('../core/accounts/account-registry.js'),
      import('../core/accounts/user-data-dir.js'),
    ]);
  const registry = new AccountRegistry(accountsFilePath(defaultUserDataDir(env)));
  let account: AccountRecord | null;
  try {
    account = await registry.active();
  } catch {
    return { account: null, token: null, problem: 'The saved accounts file could not be read.' };
  }
  // No account saved: never load the native keychain module at all.
  if (!account) return { account: null, token: null, problem: null };
  const { createKeytarStore } = await import('../core/secrets/keytar-store.js');
  try {
    const token = await createKeytarStore().get(tokenSecretName(account.id));
    return { account, token, problem: null };
  } catch (error) {
    const problem = error instanceof Error ? error.message : 'The keychain could not be read.';
    return { account, token: null, problem };
  }
}

/** An sk- key where the access token belongs is the most common mix-up: name it. */
export function checkAccessTokenShape(token: string, source: string): void {
  if (/^sk-/i.test(token.trim())) {
    throw new CliError(
      EXIT.auth,
      `The access token from ${source} is an sk- model API key, not the system access token. ${TOKEN_HELP}`,
    );
  }
}

/** Token lookup order: --token, AIHUBMIX_ACCESS_TOKEN, the keychain of the active account. */
export async function resolveAccessToken(
  flagValue: string | undefined,
  env: NodeJS.ProcessEnv,
  keychain: () => Promise<KeychainLookup> = () => lookUpKeychain(env),
): Promise<ResolvedToken> {
  let resolved: ResolvedToken;
  if (flagValue !== undefined) {
    resolved = { token: flagValue.trim(), source: '--token', account: null, fromKeychain: false };
  } else if (envValue(env, 'AIHUBMIX_ACCESS_TOKEN') !== undefined) {
    resolved = {
      token: (env.AIHUBMIX_ACCESS_TOKEN ?? '').trim(),
      source: 'AIHUBMIX_ACCESS_TOKEN',
      account: null,
      fromKeychain: false,
    };
  } else {
    const lookup = await keychain();
    if (lookup.account && lookup.token) {
      resolved = {
        token: lookup.token,
        source: `the keychain (account "${lookup.account.name}")`,
        account: lookup.account,
        fromKeychain: true,
      };
    } else {
      const why = lookup.problem ? ` ${lookup.problem}` : '';
      throw new CliError(
        EXIT.auth,
        `No access token found: none given with --token or AIHUBMIX_ACCESS_TOKEN, and none saved by \`hubmix login\`.${why} ${TOKEN_HELP}`,
      );
    }
  }
  if (resolved.token === '') {
    throw new CliError(
      EXIT.auth,
      `The access token from ${resolved.source} is empty. ${TOKEN_HELP}`,
    );
  }
  checkAccessTokenShape(resolved.token, resolved.source);
  return resolved;
}

/** The sk- key for chat: --api-key, then AIHUBMIX_API_KEY. */
export function resolveApiKey(
  flagValue: string | undefined,
  env: NodeJS.ProcessEnv,
): { key: string; source: string } {
  // An empty AIHUBMIX_API_KEY counts as unset, like every variable here.
  const key = flagValue ?? envValue(env, 'AIHUBMIX_API_KEY');
  const source = flagValue !== undefined ? '--api-key' : 'AIHUBMIX_API_KEY';
  if (key === undefined || key.trim() === '') {
    throw new CliError(EXIT.auth, `chat needs a model API key (sk-…). ${API_KEY_HELP}`);
  }
  return { key: key.trim(), source };
}
