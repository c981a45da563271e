import { completionModel, shellQuote } from './model.js';
import type { OptionSpec } from '../spec/types.js';

function optionLine(option: OptionSpec, condition: string): string {
  const parts = ['complete -c hubmix'];
  if (condition) parts.push(`-n ${shellQuote(condition)}`);
  parts.push(`-l ${option.name}`);
  if (option.short) parts.push(`-s ${option.short}`);
  if (option.type === 'string')
    parts.push(option.choices ? `-x -a ${shellQuote(option.choices.join(' '))}` : '-r');
  parts.push(`-d ${shellQuote(option.description)}`);
  return parts.join(' ');
}

export function fishCompletion(): string {
  const { commands, groups, globalOptions } = completionModel;
  const lines = [
    '# hubmix completion for fish. Save as ~/.config/fish/completions/hubmix.fish',
    'complete -c hubmix -f',
  ];
  for (const option of globalOptions) lines.push(optionLine(option, ''));
  const top = [
    ...new Map(
      commands.map((c) => [
        c.path[0] ?? '',
        c.path.length > 1 ? `${c.path[0]} commands` : c.summary,
      ]),
    ).entries(),
  ];
  for (const [word, summary] of top) {
    lines.push(
      `complete -c hubmix -n '__fish_use_subcommand' -a ${word} -d ${shellQuote(summary)}`,
    );
  }
  for (const group of groups) {
    const subs = completionModel.subcommandsOf(group);
    const names = subs.map((c) => c.path[1]).join(' ');
    for (const sub of subs) {
      lines.push(
        `complete -c hubmix -n ${shellQuote(`__fish_seen_subcommand_from ${group}; and not __fish_seen_subcommand_from ${names}`)} -a ${sub.path[1]} -d ${shellQuote(sub.summary)}`,
      );
    }
  }
  for (const command of commands) {
    const condition = command.path
      .map((word) => `__fish_seen_subcommand_from ${word}`)
      .join('; and ');
    for (const option of command.options) lines.push(optionLine(option, condition));
    for (const arg of command.args) {
      if (arg.choices)
        lines.push(
          `complete -c hubmix -n ${shellQuote(condition)} -a ${shellQuote(arg.choices.join(' '))}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}
