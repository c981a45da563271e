/**
 * Where everything the CLI prints goes. `--json` output is the only thing on stdout when asked
 * for; messages, warnings and reasoning go to stderr. Colours only on a terminal, never with
 * NO_COLOR (https://no-color.org: set and not empty) or TERM=dumb.
 */
export interface Streams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

export function colourAllowed(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export class Output {
  readonly json: boolean;
  private readonly colourOut: boolean;
  private readonly colourErr: boolean;

  constructor(
    readonly streams: Streams,
    options: { json: boolean; env: NodeJS.ProcessEnv },
  ) {
    this.json = options.json;
    this.colourOut = colourAllowed(streams.stdout, options.env);
    this.colourErr = colourAllowed(streams.stderr, options.env);
  }

  /** Width for tables: the terminal's, else COLUMNS, else a wide default for pipes. */
  get columns(): number {
    const fromEnv = Number(process.env.COLUMNS);
    return this.streams.stdout.columns ?? (fromEnv > 0 ? fromEnv : 120);
  }

  get stdoutIsTty(): boolean {
    return this.streams.stdout.isTTY === true;
  }

  style(text: string, style: Style, stream: 'stdout' | 'stderr' = 'stdout'): string {
    const on = stream === 'stdout' ? this.colourOut : this.colourErr;
    if (!on) return text;
    const [open, close] = SGR[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  }

  /** One JSON document (or NDJSON line) on stdout. */
  writeJson(value: unknown, pretty = true): void {
    this.streams.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
  }

  /** Human output on stdout (skipped in --json mode, which prints its own document). */
  line(text = ''): void {
    if (!this.json) this.streams.stdout.write(`${text}\n`);
  }

  lines(texts: readonly string[]): void {
    if (!this.json) this.streams.stdout.write(texts.map((text) => `${text}\n`).join(''));
  }

  /** Notes and warnings: stderr, so they never spoil piped output. */
  note(text: string): void {
    this.streams.stderr.write(`${text}\n`);
  }

  warn(text: string): void {
    this.streams.stderr.write(`${this.style('Warning:', 'yellow', 'stderr')} ${text}\n`);
  }

  error(text: string): void {
    this.streams.stderr.write(`${this.style('Error:', 'red', 'stderr')} ${text}\n`);
  }
}
