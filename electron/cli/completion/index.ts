import { UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { SHELLS } from '../spec/commands.js';
import { bashCompletion } from './bash.js';
import { fishCompletion } from './fish.js';
import { zshCompletion } from './zsh.js';

export async function runCompletion(ctx: CliContext): Promise<void> {
  const shell = ctx.args.positionals[0];
  const script =
    shell === 'bash'
      ? bashCompletion()
      : shell === 'zsh'
        ? zshCompletion()
        : shell === 'fish'
          ? fishCompletion()
          : null;
  if (script === null) {
    throw new UsageError(
      `Unknown shell "${shell ?? ''}".`,
      `hubmix completion ${SHELLS.join('|')}`,
    );
  }
  ctx.out.streams.stdout.write(script);
}
