import { CliError, UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { openSavedAccounts, tokenHint } from '../keychain.js';
import { confirm } from '../prompt.js';

export async function runTokenRotate(ctx: CliContext): Promise<void> {
  const { stdin, stderr } = ctx.out.streams;
  const current = await ctx.accessToken();
  ctx.out.warn(
    'Rotating makes the current access token stop working at once (the tray app too, unless it reads the keychain).',
  );
  if (!ctx.flag('yes')) {
    if (!stdin.isTTY) {
      throw new UsageError(
        'Refusing to rotate without confirmation: stdin is not a terminal. Add --yes.',
        'hubmix token rotate --yes',
      );
    }
    if (!(await confirm('Generate a new access token?', stdin, stderr))) {
      throw new CliError(EXIT.usage, 'Not rotated.');
    }
  }
  const api = await ctx.api();
  // A GET that changes state: the client never retries it.
  const token = await api.rotateAccessToken({ signal: ctx.signal });
  ctx.secrets.push(token);

  let saved = false;
  if (current.fromKeychain && current.account) {
    try {
      const accounts = await openSavedAccounts(ctx.env);
      await accounts.store.set(accounts.tokenSecretName(current.account.id), token);
      await accounts.registry.upsert({ ...current.account, tokenHint: tokenHint(token) });
      saved = true;
    } catch (error) {
      ctx.out.warn(
        `The new token could not be saved in the keychain (${error instanceof Error ? error.message : 'unknown error'}); copy it from below now.`,
      );
    }
  }
  if (ctx.json) ctx.out.writeJson({ token });
  else ctx.out.line(token);
  if (saved) ctx.out.note('The keychain entry now holds the new token.');
  else if (!current.fromKeychain) {
    ctx.out.note(`Replace the old token where it came from (${current.source}) with the new one.`);
  }
}
