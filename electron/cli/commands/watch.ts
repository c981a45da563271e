import { createHash } from 'node:crypto';

import { accountIdFor } from '../../core/accounts/account-registry.js';
import { defaultUserDataDir } from '../../core/accounts/user-data-dir.js';
import { BalanceMonitor } from '../../core/balance/balance-monitor.js';
import { DEFAULT_MONITOR_SETTINGS } from '../../core/balance/monitor-settings.js';
import { systemClock } from '../../core/ports.js';
import type { AlertThreshold } from '../../shared/domain/balance.js';
import { listOption } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { WATCH_FORMATS } from '../spec/commands.js';
import { createWatchPrinter, type WatchFormat } from '../watch-output.js';

const USAGE = 'hubmix watch [--interval <seconds>] [--thresholds 5,1] [--json] [--format waybar]';

export function parseInterval(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MONITOR_SETTINGS.intervalMs;
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--interval needs a number of seconds, got "${text}".`, USAGE);
  }
  return Math.round(seconds * 1000);
}

export function parseThresholds(values: string[] | undefined): AlertThreshold[] {
  if (values === undefined) return [...DEFAULT_MONITOR_SETTINGS.thresholds];
  return values.map((text) => {
    const usd = Number(text.replace(/^\$/, ''));
    if (!Number.isFinite(usd) || usd <= 0) {
      throw new UsageError(`--thresholds needs positive dollar amounts, got "${text}".`, USAGE);
    }
    return { kind: 'usd', usd };
  });
}

export function isLoopbackUrl(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

export async function runWatch(ctx: CliContext): Promise<ExitCode> {
  const formatText = ctx.option('format');
  if (formatText !== undefined && !WATCH_FORMATS.some((f) => f === formatText)) {
    throw new UsageError(`Unknown format "${formatText}".`, USAGE);
  }
  const format: WatchFormat = formatText === 'waybar' ? 'waybar' : ctx.json ? 'json' : 'text';
  const intervalMs = parseInterval(ctx.option('interval'));
  const thresholds = parseThresholds(listOption(ctx.args.values, 'thresholds'));

  const token = await ctx.accessToken();
  const api = await ctx.api();
  const baseUrl = ctx.effectiveBaseUrl;
  // The tray's own account id when the token is the saved one, so both share policy state;
  // otherwise an id derived from the token (never the token itself) keeps runs apart.
  const accountId =
    token.account?.id ??
    accountIdFor(
      baseUrl,
      `token:${createHash('sha256').update(token.token).digest('hex').slice(0, 16)}`,
    );

  let monitor: BalanceMonitor;
  try {
    monitor = new BalanceMonitor({
      fetchAccount: (signal) => api.getAccount({ signal }),
      clock: systemClock,
      dataDir: defaultUserDataDir(ctx.env),
      accountKey: { baseUrl, accountId },
      settings: { ...DEFAULT_MONITOR_SETTINGS, intervalMs, thresholds },
      isLoopback: isLoopbackUrl(baseUrl),
      onStorageProblem: (message) => ctx.out.warn(message),
    });
  } catch (error) {
    // validateMonitorSettings: an interval out of range is a usage mistake.
    if (error instanceof RangeError) throw new UsageError(error.message, USAGE);
    throw error;
  }

  const print = createWatchPrinter(ctx.out, format);
  monitor.subscribe(print);

  // The monitor's timers are unref'd so they never hold a process by themselves; watch is
  // meant to run until interrupted, so it holds the process open itself.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      ctx.signal.removeEventListener('abort', stop);
      monitor.stop();
      clearInterval(keepAlive);
      resolve();
    };
    process.on('SIGTERM', stop);
    ctx.signal.addEventListener('abort', stop, { once: true });
    void monitor.start();
  });
  return EXIT.ok;
}
