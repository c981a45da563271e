import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * An error the CLI itself raises, already worded for the user: one or two plain sentences and the
 * exit code that goes with them. Anything else that reaches the top is translated in errors.ts.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

/** Bad usage: says what was wrong and, when known, the right form. */
export class UsageError extends CliError {
  constructor(message: string, usage?: string) {
    super(EXIT.usage, usage === undefined ? message : `${message}\nUsage: ${usage}`);
  }
}
