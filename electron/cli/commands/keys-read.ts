import type { CliContext } from '../context.js';
import { parseKeyId, printKeys } from '../key-view.js';

export async function runKeysList(ctx: CliContext): Promise<void> {
  const api = await ctx.api();
  printKeys(ctx, await api.listKeys({ signal: ctx.signal }), ctx.flag('reveal'));
}

export async function runKeysSearch(ctx: CliContext): Promise<void> {
  const keyword = ctx.args.positionals[0] ?? '';
  const api = await ctx.api();
  printKeys(ctx, await api.searchKeys(keyword, { signal: ctx.signal }), ctx.flag('reveal'));
}

export async function runKeysShow(ctx: CliContext): Promise<void> {
  const id = parseKeyId(ctx.args.positionals[0], 'keys show');
  const api = await ctx.api();
  printKeys(ctx, await api.getKey(id, { signal: ctx.signal }), ctx.flag('reveal'));
}
