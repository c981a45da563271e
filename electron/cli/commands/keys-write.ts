import type { CliContext } from '../context.js';
import { UsageError } from '../cli-error.js';
import { keyToJson } from '../key-json.js';
import { draftFromPatch, keyPatchFromOptions } from '../key-options.js';
import { parseKeyId, printKeys } from '../key-view.js';

export async function runKeysCreate(ctx: CliContext): Promise<void> {
  const draft = draftFromPatch(keyPatchFromOptions(ctx.args.values));
  const api = await ctx.api();
  const { key, source } = await api.createKey(draft, { signal: ctx.signal });
  const json = keyToJson(key, true);
  if (ctx.json) {
    ctx.out.writeJson(json);
    return;
  }
  ctx.out.line(`Created key ${key.id} "${key.name}".`);
  if (key.secret.kind === 'full') {
    ctx.out.line(json.key ?? '');
    ctx.out.note('This is the only time the full key is shown: store it now.');
  } else if (source === 'located') {
    ctx.out.note(
      'The gateway returned no key on creation; the new key was found by listing. Its full value is shown in the AiHubMix console.',
    );
  }
}

export async function runKeysUpdate(ctx: CliContext): Promise<void> {
  const id = parseKeyId(ctx.args.positionals[0], 'keys update');
  const patch = keyPatchFromOptions(ctx.args.values);
  if (Object.keys(patch).length === 0) {
    throw new UsageError(
      'Nothing to change: give at least one of --name, --quota-usd, --unlimited, --expires, --models, --subnet.',
      'hubmix keys update <id> [--name <n>] [--quota-usd <x> | --unlimited] [--expires …] [--models a,b] [--subnet cidr,…]',
    );
  }
  const api = await ctx.api();
  const key = await api.updateKey(id, patch, { signal: ctx.signal });
  if (!ctx.json) ctx.out.note(`Updated key ${key.id}.`);
  printKeys(ctx, key, ctx.flag('reveal'));
}
