import { isApiError } from '../../core/api/errors.js';
import { enableRefusalReason } from '../../core/keys/enable-refusal.js';
import type { AiHubMixApi } from '../../core/api/aihubmix-api.js';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseKeyId, printKeys } from '../key-view.js';

export const runKeysEnable = (ctx: CliContext): Promise<void> => setEnabled(ctx, true);
export const runKeysDisable = (ctx: CliContext): Promise<void> => setEnabled(ctx, false);

async function setEnabled(ctx: CliContext, enabled: boolean): Promise<void> {
  const verb = enabled ? 'enable' : 'disable';
  const id = parseKeyId(ctx.args.positionals[0], `keys ${verb}`);
  const api = await ctx.api();
  try {
    const key = await api.setKeyEnabled(id, enabled, { signal: ctx.signal });
    if (!ctx.json) ctx.out.note(`Key ${key.id} is ${key.status}.`);
    printKeys(ctx, key, ctx.flag('reveal'));
  } catch (error) {
    if (enabled && isApiError(error) && error.code === 'gateway') {
      throw await explainRefusal(api, id, error.gatewayMessage ?? error.message, ctx.signal);
    }
    throw error;
  }
}

/**
 * The gateway refuses to enable an expired or exhausted key with a terse (often Chinese)
 * message. Say which it is and the command that fixes it.
 */
async function explainRefusal(
  api: AiHubMixApi,
  id: number,
  gatewayMessage: string,
  signal: AbortSignal,
): Promise<CliError> {
  let reason = enableRefusalReason(gatewayMessage);
  if (reason === null) {
    // Not a message we know: the key's own status may still tell.
    const key = await api.getKey(id, { signal }).catch(() => null);
    if (key?.status === 'expired' || key?.status === 'exhausted') reason = key.status;
  }
  if (reason === 'expired') {
    return new CliError(
      EXIT.failed,
      `Key ${id} has expired, so the gateway will not enable it. Give it a new expiry first (hubmix keys update ${id} --expires never, or --expires 30d), then enable it.`,
    );
  }
  if (reason === 'exhausted') {
    return new CliError(
      EXIT.failed,
      `Key ${id} has used up its quota, so the gateway will not enable it. Raise its budget first (hubmix keys update ${id} --quota-usd <usd>, or --unlimited), then enable it.`,
    );
  }
  return new CliError(EXIT.failed, `The gateway refused to enable key ${id}: ${gatewayMessage}`);
}
