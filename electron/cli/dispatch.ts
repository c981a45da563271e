import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';
import type { CommandSpec } from './spec/types.js';

type Run = (ctx: CliContext) => Promise<ExitCode | void>;

/**
 * Command name → its module, imported only when that command runs (the bundle keeps each one
 * behind a lazy initialiser, so unused commands cost no start-up time).
 */
const COMMAND_MODULES: Record<string, () => Promise<Run>> = {
  balance: async () => (await import('./commands/balance.js')).runBalance,
  login: async () => (await import('./commands/login.js')).runLogin,
  logout: async () => (await import('./commands/login.js')).runLogout,
  'keys list': async () => (await import('./commands/keys-read.js')).runKeysList,
  'keys search': async () => (await import('./commands/keys-read.js')).runKeysSearch,
  'keys show': async () => (await import('./commands/keys-read.js')).runKeysShow,
  'keys create': async () => (await import('./commands/keys-write.js')).runKeysCreate,
  'keys update': async () => (await import('./commands/keys-write.js')).runKeysUpdate,
  'keys enable': async () => (await import('./commands/keys-status.js')).runKeysEnable,
  'keys disable': async () => (await import('./commands/keys-status.js')).runKeysDisable,
  'keys delete': async () => (await import('./commands/keys-delete.js')).runKeysDelete,
  models: async () => (await import('./commands/models.js')).runModels,
  'token rotate': async () => (await import('./commands/token-rotate.js')).runTokenRotate,
  chat: async () => (await import('./commands/chat.js')).runChat,
  watch: async () => (await import('./commands/watch.js')).runWatch,
  completion: async () => (await import('./completion/index.js')).runCompletion,
};

export async function runCommand(command: CommandSpec, ctx: CliContext): Promise<ExitCode | void> {
  const load = COMMAND_MODULES[command.path.join(' ')];
  if (!load) throw new Error(`No handler for ${command.path.join(' ')}.`);
  return (await load())(ctx);
}
