/** The account as the app sees it: money in USD, counts as numbers, times as dates. */
export interface AccountSnapshot {
  /** Numeric user id, when the gateway sent one (AiHubMix's docs omit it in places). */
  userId: number | null;
  username: string;
  displayName: string | null;
  group: string | null;
  /** Remaining balance in USD (quota / quotaPerUnit). */
  balanceUsd: number;
  /** Spent to date in USD (used_quota / quotaPerUnit). */
  usedUsd: number;
  /** Raw quota units as the gateway reported them. */
  quota: number;
  usedQuota: number;
  requestCount: number;
  /** Quota units per USD used for the conversion (500 000 unless /api/status says otherwise). */
  quotaPerUnit: number;
  /** When this reading was taken (client clock). */
  fetchedAt: Date;
}

export interface GatewayStatus {
  /** Quota units per USD, when the gateway publishes it. */
  quotaPerUnit: number | null;
  displayInCurrency: boolean | null;
  systemName: string | null;
}
