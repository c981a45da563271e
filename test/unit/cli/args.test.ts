import { describe, expect, it } from 'vitest';

import { listOption, parseCommandLine } from '../../../electron/cli/args.js';
import { UsageError } from '../../../electron/cli/cli-error.js';

const path = (argv: string[]): string | undefined => parseCommandLine(argv).command?.path.join(' ');

describe('parseCommandLine', () => {
  it('accepts global options before or after the command', () => {
    const before = parseCommandLine(['--json', '--url', 'http://x', 'keys', 'show', '7']);
    const after = parseCommandLine(['keys', 'show', '7', '--url', 'http://x', '--json']);
    for (const parsed of [before, after]) {
      expect(parsed.command?.path).toEqual(['keys', 'show']);
      expect(parsed.positionals).toEqual(['7']);
      expect(parsed.values).toMatchObject({ json: true, url: 'http://x' });
    }
  });

  it('does not mistake an option value for a command word', () => {
    expect(path(['--token', 'keys', 'balance'])).toBe('balance');
    expect(parseCommandLine(['chat', '-m', 'gpt-5', '-']).positionals).toEqual(['-']);
  });

  it('rewords a value that looks like an option into one sentence with the way out', () => {
    expect(() => parseCommandLine(['watch', '--thresholds', '-1'])).toThrow(
      /^Option "--thresholds" needs a value; for one that starts with a dash, write --thresholds=<value>\.\nUsage: hubmix watch/,
    );
  });

  it('treats everything after -- as arguments', () => {
    expect(parseCommandLine(['chat', '-m', 'x', '--', '--not-an-option']).positionals).toEqual([
      '--not-an-option',
    ]);
  });

  it('maps help forms to the command', () => {
    expect(path(['help', 'keys', 'create'])).toBe('keys create');
    expect(parseCommandLine(['keys', '--help']).group).toBe('keys');
    expect(parseCommandLine([]).command).toBeNull();
  });

  it('refuses unknown commands, options, missing and extra arguments', () => {
    for (const argv of [
      ['nope'],
      ['keys', 'nope'],
      ['keys'],
      ['balance', '--reveal'],
      ['keys', 'show'],
      ['keys', 'show', '1', '2'],
      ['keys', 'create', '--name'],
      ['balance', '--json=yes'],
    ]) {
      expect(() => parseCommandLine(argv), argv.join(' ')).toThrow(UsageError);
    }
  });

  it('words usage errors plainly, with the right form', () => {
    try {
      parseCommandLine(['keys', 'show', '1', '--bogus']);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'Unknown option "--bogus" for this command.\nUsage: hubmix keys show <id> [options]',
      );
    }
  });

  it('splits lists and keeps "" as an empty list', () => {
    expect(listOption({ models: 'a, b,,c ' }, 'models')).toEqual(['a', 'b', 'c']);
    expect(listOption({ models: '' }, 'models')).toEqual([]);
    expect(listOption({}, 'models')).toBeUndefined();
  });
});
