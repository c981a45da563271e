import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildCli, runCli, tempDataDir } from './cli-harness.js';

beforeAll(buildCli, 120_000);

const hasBash = (() => {
  try {
    execFileSync('bash', ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasBash)('bash completion, as bash runs it', () => {
  let script: string;
  beforeAll(async () => {
    script = join(tempDataDir(), 'hubmix.bash');
    writeFileSync(script, (await runCli(['completion', 'bash'])).stdout);
  });

  /** The words bash would hand over (COMP_WORDBREAKS already applied); the last is completed. */
  const complete = (words: string[]): string[] => {
    const quoted = words.map((word) => `'${word}'`).join(' ');
    const out = execFileSync(
      'bash',
      [
        '-c',
        `source "$0"; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _hubmix; printf '%s\\n' "\${COMPREPLY[@]}"`,
        script,
      ],
      { encoding: 'utf8' },
    );
    return out.split('\n').filter(Boolean);
  };

  it('offers commands, subcommands and the options of the command at hand', () => {
    expect(complete(['hubmix', 'ke'])).toEqual(['keys']);
    expect(complete(['hubmix', 'keys', ''])).toContain('create');
    expect(complete(['hubmix', 'keys', 'delete', '1', '--y'])).toEqual(['--yes']);
    expect(complete(['hubmix', 'models', '--sort', ''])).toEqual([
      'default',
      'price',
      'context',
      'coding',
    ]);
  });

  it('steps over option values, short ones and --opt=value split by bash', () => {
    // "-m gpt-4o-mini" must not be read as the command words.
    expect(complete(['hubmix', '-m', 'gpt-4o-mini', 'completion', ''])).toEqual([
      'bash',
      'zsh',
      'fish',
    ]);
    expect(complete(['hubmix', '--url', '=', 'https', ':', '//x.example', 'ke'])).toEqual(['keys']);
    expect(complete(['hubmix', '--token', 'abc', 'keys', 'sh'])).toEqual(['show']);
  });
});
