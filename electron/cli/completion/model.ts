import { COMMANDS, TOP_LEVEL, subcommandsOf } from '../spec/commands.js';
import { GLOBAL_OPTIONS } from '../spec/global-options.js';
import type { CommandSpec, OptionSpec } from '../spec/types.js';

/** What every shell script is generated from: the same table the parser uses. */
export const completionModel = {
  commands: COMMANDS,
  topLevel: TOP_LEVEL,
  groups: TOP_LEVEL.filter((word) => subcommandsOf(word).length > 0),
  globalOptions: GLOBAL_OPTIONS,
  /**
   * Flags that take a value, long and short (`-m gpt-4o`), so the scripts can skip the value
   * when finding the command words.
   */
  valueFlags: [
    ...new Set(
      [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((command) => command.options)]
        .filter((option) => option.type === 'string')
        .flatMap((option) => [
          `--${option.name}`,
          ...(option.short === undefined ? [] : [`-${option.short}`]),
        ]),
    ),
  ],
  subcommandsOf,
};

export const flagsOf = (command: CommandSpec): string[] =>
  [...GLOBAL_OPTIONS, ...command.options].map((option) => `--${option.name}`);

export const allOptions = (): OptionSpec[] => {
  const seen = new Map<string, OptionSpec>();
  for (const option of [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((command) => command.options)]) {
    if (!seen.has(option.name)) seen.set(option.name, option);
  }
  return [...seen.values()];
};

/** Single quotes for shell words: the descriptions contain quotes and parentheses. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
