import { CliError, UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseKeyId } from '../key-view.js';
import { confirm } from '../prompt.js';

export async function runKeysDelete(ctx: CliContext): Promise<void> {
  const id = parseKeyId(ctx.args.positionals[0], 'keys delete');
  const { stdin, stderr } = ctx.out.streams;
  if (!ctx.flag('yes')) {
    // Never guess consent in a script: without a terminal to ask on, --yes is required.
    if (!stdin.isTTY) {
      throw new UsageError(
        `Refusing to delete key ${id} without confirmation: stdin is not a terminal. Add --yes.`,
        `hubmix keys delete ${id} --yes`,
      );
    }
    if (!(await confirm(`Delete key ${id}? It stops working at once.`, stdin, stderr))) {
      throw new CliError(EXIT.usage, 'Not deleted.');
    }
  }
  const api = await ctx.api();
  await api.deleteKey(id, { signal: ctx.signal });
  if (ctx.json) ctx.out.writeJson({ deleted: id });
  else ctx.out.line(`Deleted key ${id}.`);
}
