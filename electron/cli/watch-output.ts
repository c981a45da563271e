import { describeRunwayEn } from '../core/balance/runway-forecast.js';
import type { BalanceAlert, MonitorEvent, MonitorState } from '../shared/domain/balance.js';
import type { ApiErrorInfo } from '../shared/domain/errors.js';
import { roundUsd } from './key-json.js';
import { formatUsd } from '../core/money-format.js';
import type { Output } from './output.js';

export type WatchFormat = 'text' | 'json' | 'waybar';

/** The error kinds issue 4 names for `watch --json`; the rest fold into the nearest one. */
export function watchErrorKind(
  code: ApiErrorInfo['code'],
): 'auth' | 'network' | 'rate_limited' | 'gateway' {
  switch (code) {
    case 'auth':
    case 'rate_limited':
    case 'network':
      return code;
    case 'timeout':
      return 'network';
    default:
      return 'gateway';
  }
}

export function alertToJson(alert: BalanceAlert): Record<string, unknown> {
  switch (alert.kind) {
    case 'low':
      return {
        type: 'alert',
        kind: 'low',
        threshold_usd: alert.thresholdUsd,
        balance_usd: roundUsd(alert.balanceUsd),
      };
    case 'depleted':
      return { type: 'alert', kind: 'depleted', balance_usd: roundUsd(alert.balanceUsd) };
    case 'topup':
      return {
        type: 'alert',
        kind: 'topup',
        amount_usd: roundUsd(alert.amountUsd),
        balance_usd: roundUsd(alert.balanceUsd),
      };
    case 'runway':
      return {
        type: 'alert',
        kind: 'runway',
        threshold_days: alert.thresholdDays,
        days_left: alert.daysLeft,
        balance_usd: roundUsd(alert.balanceUsd),
      };
  }
}

export function describeAlert(alert: BalanceAlert): string {
  switch (alert.kind) {
    case 'low':
      return `Balance ${formatUsd(alert.balanceUsd)} is at or below ${formatUsd(alert.thresholdUsd)}.`;
    case 'depleted':
      return `Balance is used up (${formatUsd(alert.balanceUsd)}): requests will fail until you top up.`;
    case 'topup':
      return `Top-up received: +${formatUsd(alert.amountUsd)}, balance ${formatUsd(alert.balanceUsd)}.`;
    case 'runway':
      return `About ${Math.round(alert.daysLeft)} days of balance left (${formatUsd(alert.balanceUsd)}).`;
  }
}

/** Waybar's custom module JSON (return-type json): text, tooltip, class, alt. */
export function waybarLine(state: MonitorState): Record<string, string> {
  const balance = state.snapshot ? formatUsd(state.snapshot.balanceUsd) : '—';
  const runway = describeRunwayEn(state.forecast);
  const tooltip = [`AiHubMix: ${balance} left`, runway];
  if (state.level === 'stale') tooltip.push('the last reading is out of date');
  if (state.lastError) tooltip.push(state.lastError.message);
  return {
    text: state.level === 'signed_out' ? 'signed out' : balance,
    tooltip: tooltip.join('\n'),
    class: state.level,
    alt: state.level,
  };
}

/** Turns monitor events into lines in the chosen format. */
export function createWatchPrinter(
  out: Output,
  format: WatchFormat,
): (event: MonitorEvent) => void {
  let lastWaybar = '';
  return (event) => {
    if (format === 'waybar') {
      if (event.type !== 'state') return;
      // Waybar redraws per line: print only when something visible changed.
      const line = JSON.stringify(waybarLine(event.state));
      if (line !== lastWaybar) out.streams.stdout.write(`${line}\n`);
      lastWaybar = line;
      return;
    }
    if (format === 'json') {
      if (event.type === 'reading') {
        out.writeJson(
          {
            type: 'balance',
            balance_usd: roundUsd(event.snapshot.balanceUsd),
            at: event.snapshot.fetchedAt.toISOString(),
          },
          false,
        );
      } else if (event.type === 'alert') {
        out.writeJson(alertToJson(event.alert), false);
      } else if (event.type === 'error') {
        out.writeJson(
          { type: 'error', kind: watchErrorKind(event.error.code), message: event.error.message },
          false,
        );
      }
      return;
    }
    const time = new Date().toLocaleTimeString();
    if (event.type === 'reading') {
      out.line(`${time}  ${out.style(formatUsd(event.snapshot.balanceUsd), 'bold')} left`);
    } else if (event.type === 'alert') {
      const style = event.alert.kind === 'topup' ? 'green' : 'red';
      out.line(`${time}  ${out.style(describeAlert(event.alert), style)}`);
    } else if (event.type === 'error') {
      out.note(`${time}  ${event.error.message} (will retry)`);
    }
  };
}
