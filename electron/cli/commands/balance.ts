import type { AccountSnapshot } from '../../shared/domain/account.js';
import type { CliContext } from '../context.js';
import { roundUsd } from '../key-json.js';
import { formatUsd } from '../../core/money-format.js';

/** The `balance --json` shape fixed by issue 3. */
export function balanceToJson(account: AccountSnapshot): Record<string, unknown> {
  return {
    balance_usd: roundUsd(account.balanceUsd),
    used_usd: roundUsd(account.usedUsd),
    quota: account.quota,
    used_quota: account.usedQuota,
    request_count: account.requestCount,
    group: account.group,
    username: account.username,
  };
}

export async function runBalance(ctx: CliContext): Promise<void> {
  const api = await ctx.api();
  const account = await api.getAccount({ signal: ctx.signal });
  if (ctx.json) {
    ctx.out.writeJson(balanceToJson(account));
    return;
  }
  const balance = ctx.out.style(
    formatUsd(account.balanceUsd),
    account.balanceUsd <= 0 ? 'red' : 'bold',
  );
  ctx.out.line(
    `${balance} left · ${formatUsd(account.usedUsd)} used over ${account.requestCount} requests · ${account.username}`,
  );
}
