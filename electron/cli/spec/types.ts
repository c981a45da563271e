/**
 * The shape of the command table. One table drives argument parsing, `--help` and the completion
 * scripts, so the three can never disagree about which options a command takes.
 */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for string options, e.g. `<id>`. */
  value?: string;
  description: string;
  /** Values offered by shell completion (and checked at run time by the command). */
  choices?: readonly string[];
}

export interface ArgSpec {
  name: string;
  required: boolean;
  description: string;
  choices?: readonly string[];
}

export interface CommandSpec {
  /** e.g. ['keys', 'create']. */
  path: readonly string[];
  summary: string;
  /** Longer explanation shown under the usage line. */
  details?: string;
  args: readonly ArgSpec[];
  options: readonly OptionSpec[];
  examples: readonly string[];
}
