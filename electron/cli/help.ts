import { usageLine } from './args.js';
import { COMMANDS, subcommandsOf } from './spec/commands.js';
import { GLOBAL_OPTIONS } from './spec/global-options.js';
import type { CommandSpec, OptionSpec } from './spec/types.js';

const optionLabel = (option: OptionSpec): string => {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'string' ? ` ${option.value ?? '<value>'}` : '';
  return `${short}--${option.name}${value}`;
};

function optionLines(options: readonly OptionSpec[]): string[] {
  const labels = options.map(optionLabel);
  const width = Math.min(34, Math.max(...labels.map((label) => label.length)));
  return options.map((option, index) => {
    const label = labels[index] ?? '';
    const gap =
      label.length >= width ? '\n  ' + ' '.repeat(width + 2) : ' '.repeat(width - label.length + 2);
    return `  ${label}${gap}${option.description}`;
  });
}

export function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.path.join(' ').length));
  return [
    'hubmix: your AiHubMix account from the terminal (balance, keys, models, chat, alerts).',
    '',
    'Usage: hubmix <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.path.join(' ').padEnd(width + 2)}${command.summary}`),
    '',
    'Global options (before or after the command):',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Exit codes: 0 ok, 1 the gateway refused or failed, 2 bad usage, 3 authentication,',
    '            4 network unreachable or timed out, 5 incomplete answer.',
    '',
    'Examples:',
    '  hubmix --demo balance',
    '  hubmix keys list --json',
    '  hubmix help keys create',
    '',
  ].join('\n');
}

export function groupHelp(group: string): string {
  const subs = subcommandsOf(group);
  const width = Math.max(...subs.map((command) => command.path.join(' ').length));
  return [
    `Usage: hubmix ${group} <${subs.map((command) => command.path[1]).join('|')}> [options]`,
    '',
    ...subs.map((command) => `  ${command.path.join(' ').padEnd(width + 2)}${command.summary}`),
    '',
    `Run \`hubmix ${group} <command> --help\` for its options and examples.`,
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const parts = [`Usage: ${usageLine(command)}`, '', command.summary + '.'];
  if (command.details) parts.push(command.details);
  if (command.args.length > 0) {
    parts.push('', 'Arguments:');
    for (const arg of command.args) parts.push(`  <${arg.name}>  ${arg.description}`);
  }
  if (command.options.length > 0) parts.push('', 'Options:', ...optionLines(command.options));
  parts.push('', 'Global options:', ...optionLines(GLOBAL_OPTIONS));
  parts.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`), '');
  return parts.join('\n');
}
