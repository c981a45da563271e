// The `hubmix` command line tool, loaded by index.ts once the compile cache is on. It parses, then
// loads only the command it runs, so a cold `hubmix balance` spends its time on the network.
import { parseCommandLine, type ParsedArgs } from './args.js';
import { CliError } from './cli-error.js';
import { CLI_VERSION, CliContext } from './context.js';
import { describeError } from './errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { commandHelp, groupHelp, topLevelHelp } from './help.js';
import { Output } from './output.js';
import { runCommand } from './dispatch.js';

async function main(argv: readonly string[]): Promise<ExitCode> {
  const env = process.env;
  const streams = {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin builds a ReadStream (and loads readline) on first touch: a few ms that only
    // the commands reading stdin should pay.
    get stdin(): NodeJS.ReadStream {
      return process.stdin;
    },
  };
  const jsonWanted = argv.includes('--json');
  const out = new Output(streams, { json: jsonWanted, env });

  let args: ParsedArgs;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    const { exitCode, message } = describeError(error, null, []);
    out.error(message);
    return exitCode;
  }

  if (args.values.version === true) {
    streams.stdout.write(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  if (args.values.help === true || args.command === null) {
    const text = args.command
      ? commandHelp(args.command)
      : args.group
        ? groupHelp(args.group)
        : topLevelHelp();
    // `hubmix` alone is a usage mistake; `hubmix --help` is a request.
    const asked = args.values.help === true;
    (asked ? streams.stdout : streams.stderr).write(text);
    return asked ? EXIT.ok : EXIT.usage;
  }

  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts += 1;
    // First Ctrl-C stops the request cleanly; a second one leaves at once.
    if (interrupts > 1) process.exit(130);
    controller.abort(new CliError(EXIT.incomplete, 'Interrupted.'));
  };
  process.on('SIGINT', onSigint);

  const ctx = new CliContext(args, out, env, controller.signal);
  try {
    await ctx.start();
    return (await runCommand(args.command, ctx)) ?? EXIT.ok;
  } catch (error) {
    const { exitCode, message } = describeError(error, ctx.credential, ctx.secrets);
    out.error(message);
    return exitCode;
  } finally {
    process.off('SIGINT', onSigint);
    await ctx.close().catch(() => undefined);
  }
}

/**
 * Leaves as soon as stdout and stderr are flushed: idle keep-alive sockets of the HTTP client
 * must not hold the process for seconds after the answer is printed.
 */
function exitWhenFlushed(code: ExitCode): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exitWhenFlushed, () => {
  process.stderr.write('Error: unexpected failure.\n');
  exitWhenFlushed(EXIT.failed);
});
