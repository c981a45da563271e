import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { checkAccessTokenShape } from '../credentials.js';
import { TOKEN_HELP } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { openSavedAccounts, tokenHint } from '../keychain.js';
import { askSecret, readAllStdin } from '../prompt.js';

async function readToken(ctx: CliContext): Promise<{ token: string; source: string }> {
  const flagValue = ctx.option('token');
  if (flagValue !== undefined) return { token: flagValue.trim(), source: '--token' };
  const { stdin, stderr } = ctx.out.streams;
  if (!stdin.isTTY) return { token: (await readAllStdin(stdin)).trim(), source: 'stdin' };
  stderr.write(`${TOKEN_HELP.split(',')[0]}.\n`);
  return { token: (await askSecret('Access token: ', stdin, stderr)).trim(), source: 'the prompt' };
}

export async function runLogin(ctx: CliContext): Promise<void> {
  const { token, source } = await readToken(ctx);
  if (token === '') throw new CliError(EXIT.auth, `No access token was given. ${TOKEN_HELP}`);
  checkAccessTokenShape(token, source);

  // Validate before saving anything: a wrong token must never replace a working one.
  const api = await ctx.apiWithToken(token, source);
  const account = await api.getAccount({ signal: ctx.signal });
  const baseUrl = ctx.effectiveBaseUrl;

  const saved = await openSavedAccounts(ctx.env);
  const status = await saved.store.status();
  if (!status.available) {
    throw new CliError(
      EXIT.failed,
      `The token works, but it cannot be saved: ${status.reason ?? 'no keychain is available.'} Pass it with --token or AIHUBMIX_ACCESS_TOKEN instead.`,
    );
  }
  const id = saved.accountIdFor(baseUrl, account.userId ?? account.username);
  const existing = await saved.registry.get(id);
  await saved.store.set(saved.tokenSecretName(id), token);
  await saved.registry.upsert({
    id,
    name: existing?.name ?? account.displayName ?? account.username,
    baseUrl,
    userId: account.userId,
    username: account.username,
    tokenHint: tokenHint(token),
    createdAt: existing?.createdAt ?? new Date().toISOString(),
  });
  await saved.registry.setActive(id);
  if (ctx.json) {
    ctx.out.writeJson({ account_id: id, username: account.username, base_url: baseUrl });
  } else {
    ctx.out.line(
      `Signed in as ${account.username} on ${baseUrl}; the token is saved in the keychain.`,
    );
  }
}

export async function runLogout(ctx: CliContext): Promise<void> {
  const saved = await openSavedAccounts(ctx.env);
  const active = await saved.registry.active();
  if (!active) {
    if (ctx.json) ctx.out.writeJson({ logged_out: null });
    else ctx.out.line('No saved account: nothing to do.');
    return;
  }
  try {
    await saved.store.delete(saved.tokenSecretName(active.id));
  } catch (error) {
    // The record still goes: a token nobody points at is harmless, a dangling record is not.
    ctx.out.warn(
      error instanceof Error ? error.message : 'The keychain entry could not be removed.',
    );
  }
  await saved.registry.remove(active.id);
  if (ctx.json) ctx.out.writeJson({ logged_out: active.id });
  else ctx.out.line(`Signed out of ${active.username ?? active.name} on ${active.baseUrl}.`);
}
