import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

import { UsageError } from './cli-error.js';
import { COMMANDS, TOP_LEVEL, subcommandsOf } from './spec/commands.js';
import { GLOBAL_OPTIONS } from './spec/global-options.js';
import type { CommandSpec, OptionSpec } from './spec/types.js';

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface ParsedArgs {
  /** null when only a group (`hubmix keys`) or nothing was given. */
  command: CommandSpec | null;
  /** The group word when the command is incomplete, for its help. */
  group: string | null;
  /** Positionals after the command path. */
  positionals: string[];
  values: OptionValues;
}

const toConfig = (options: readonly OptionSpec[]): ParseArgsOptionsConfig => {
  const config: ParseArgsOptionsConfig = {};
  for (const option of options) {
    config[option.name] =
      option.short === undefined
        ? { type: option.type }
        : { type: option.type, short: option.short };
  }
  return config;
};

// Every option of every command, so the first pass knows which options consume a value and can
// find the command words wherever the options are placed.
const ALL_OPTIONS = toConfig([
  ...GLOBAL_OPTIONS,
  ...COMMANDS.flatMap((command) => command.options),
]);

export function usageLine(command: CommandSpec): string {
  const args = command.args.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`));
  const options = command.options.length > 0 ? ' [options]' : '';
  return ['hubmix', ...command.path, ...args].join(' ') + options;
}

/**
 * Parses argv (without node and the script). Options may come before or after the command; `--`
 * ends options. Throws UsageError with the right form on anything unknown or malformed.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const loose = parseArgs({
    args: [...argv],
    options: ALL_OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const words = loose.positionals;
  const { command, group, used } = resolveCommand(words, loose.values.help === true);

  const options = toConfig([...GLOBAL_OPTIONS, ...(command?.options ?? [])]);
  let strict: { values: object; positionals: string[] };
  try {
    strict = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(
      rewordParseError(error),
      command ? usageLine(command) : 'hubmix <command> [options]',
    );
  }
  const positionals = strict.positionals.slice(used);
  const values = strict.values as OptionValues;
  if (command && values.help !== true) checkPositionals(command, positionals);
  return { command, group, positionals, values };
}

function resolveCommand(
  words: readonly string[],
  helpWanted: boolean,
): { command: CommandSpec | null; group: string | null; used: number } {
  const first = words[0];
  if (first === undefined) return { command: null, group: null, used: 0 };
  if (first === 'help') {
    // `hubmix help keys create` is `hubmix keys create --help`.
    const inner = resolveCommand(words.slice(1), true);
    return { ...inner, used: words.length };
  }
  if (!TOP_LEVEL.includes(first)) {
    throw new UsageError(
      `Unknown command "${first}".`,
      `hubmix <${TOP_LEVEL.join('|')}> [options] (see hubmix --help)`,
    );
  }
  const single = COMMANDS.find((command) => command.path.length === 1 && command.path[0] === first);
  if (single) return { command: single, group: null, used: 1 };
  const subs = subcommandsOf(first);
  const second = words[1];
  const sub = subs.find((command) => command.path[1] === second);
  if (sub) return { command: sub, group: first, used: 2 };
  if (second === undefined && helpWanted) return { command: null, group: first, used: 1 };
  const names = subs.map((command) => command.path[1]).join('|');
  throw new UsageError(
    second === undefined
      ? `"${first}" needs a subcommand.`
      : `Unknown command "${first} ${second}".`,
    `hubmix ${first} <${names}> [options]`,
  );
}

function checkPositionals(command: CommandSpec, positionals: readonly string[]): void {
  const required = command.args.filter((arg) => arg.required);
  if (positionals.length < required.length) {
    const missing = required[positionals.length];
    throw new UsageError(`Missing <${missing?.name ?? 'argument'}>.`, usageLine(command));
  }
  if (positionals.length > command.args.length) {
    const extra = positionals[command.args.length] ?? '';
    throw new UsageError(
      `Unexpected argument "${extra}" (quote text that contains spaces).`,
      usageLine(command),
    );
  }
}

/** node's parseArgs messages mention internals ("strict:false"); keep the useful part. */
function rewordParseError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) return `Unknown option "${unknown[1]}" for this command.`;
  const missing = /Option '([^']+)' argument missing/.exec(text);
  if (missing) return `Option "${missing[1]?.replace(/^-\w, /, '')}" needs a value.`;
  const noValue = /Option '([^']+)' does not take an argument/.exec(text);
  if (noValue) return `Option "${noValue[1]?.replace(/^-\w, /, '')}" takes no value.`;
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(text);
  if (ambiguous) {
    const name = ambiguous[1]?.replace(/^-\w, /, '') ?? '';
    return `Option "${name}" needs a value; for one that starts with a dash, write ${name}=<value>.`;
  }
  return (text.split(/\.\s/)[0] ?? text).trim();
}

/** Typed accessors: values come from parseArgs, checked against the spec, so types are known. */
export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

export const flag = (values: OptionValues, name: string): boolean => values[name] === true;

/** A comma-separated list: trimmed, empty items dropped; "" means an empty list. */
export const listOption = (values: OptionValues, name: string): string[] | undefined => {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
};
