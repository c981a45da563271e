import type { AccountSnapshot, GatewayStatus } from '../../shared/domain/account.js';
import type { RequestOptions } from './aihubmix-api.js';
import type { GatewayCaller } from './caller.js';
import { ApiError } from './errors.js';
import { DEFAULT_QUOTA_PER_UNIT, normalizeAccount, normalizeStatus } from './normalize-account.js';
import { validate } from './validate.js';
import { RotatedTokenWire, StatusWire, UserSelfWire } from './wire/account.js';

/** `/api/user/self`, `/api/status` and `/api/user/token`, plus the quota-per-USD rate. */
export class AccountEndpoints {
  private rate: Promise<number> | null = null;

  constructor(
    private readonly caller: GatewayCaller,
    private readonly now: () => Date = () => new Date(),
  ) {}

  getStatus(options: RequestOptions = {}): Promise<GatewayStatus> {
    return this.fetchStatus(options, true);
  }

  private async fetchStatus(options: RequestOptions, retry: boolean): Promise<GatewayStatus> {
    const res = await this.caller.management(
      { method: 'GET', path: '/api/status', auth: { kind: 'none' }, fallback: 'connection' },
      { ...options, retry },
    );
    return normalizeStatus(validate(StatusWire, res.data ?? {}, res, 'a status'));
  }

  /**
   * Quota units per USD: asked of /api/status once, then cached. A failing status endpoint must
   * never break the balance, so it falls back to 500 000 and asks again next time (one attempt
   * each time: retrying it would only spend the rate limit the balance needs).
   */
  quotaPerUnit(): Promise<number> {
    this.rate ??= this.fetchStatus({}, false).then(
      (status) => status.quotaPerUnit ?? DEFAULT_QUOTA_PER_UNIT,
      () => {
        this.rate = null;
        return DEFAULT_QUOTA_PER_UNIT;
      },
    );
    return this.rate;
  }

  async getAccount(options: RequestOptions = {}): Promise<AccountSnapshot> {
    const [res, perUnit] = await Promise.all([
      this.caller.management(
        { method: 'GET', path: '/api/user/self', auth: { kind: 'token' }, fallback: 'connection' },
        { ...options, retry: true },
      ),
      this.quotaPerUnit(),
    ]);
    const wire = validate(UserSelfWire, res.data, res, 'an account');
    const account = normalizeAccount(wire, perUnit, this.now());
    // new-api (old) wants New-Api-User on every /api call; learn it from the first answer.
    if (account.userId !== null && this.caller.http.userId === null) {
      this.caller.http.userId = account.userId;
    }
    return account;
  }

  /** Generates a new access token; the one used for the call stops working. Never retried. */
  async rotateAccessToken(options: RequestOptions = {}): Promise<string> {
    const res = await this.caller.management(
      { method: 'GET', path: '/api/user/token', auth: { kind: 'token' }, fallback: 'unsent' },
      { ...options, retry: false },
    );
    const token = validate(RotatedTokenWire, res.data, res, 'a new access token');
    if (!token.trim()) {
      throw new ApiError('invalid_response', `AiHubMix answered ${res.label} without a token.`, {
        endpoint: res.endpoint,
      });
    }
    this.caller.http.accessToken = token.trim();
    return token.trim();
  }
}
