import type { AccountKey } from './account-files.js';
import { INITIAL_POLICY_STATE, type PolicyState } from './alert-policy.js';
import { BalanceHistory } from './balance-history.js';
import { PolicyStateStore } from './policy-state-store.js';

/**
 * The monitor's files for one account: the balance history and the alert policy's state. Disk
 * problems are reported, never thrown: a full disk must not stop the balance from being shown.
 */
export class MonitorStorage {
  readonly history: BalanceHistory;
  private readonly policyStore: PolicyStateStore;
  /** Policy writes in order, so an older state can never land after a newer one. */
  private policyWrites: Promise<void> = Promise.resolve();
  /** History writes in order, for the same reason. */
  private historyWrites: Promise<void> = Promise.resolve();

  constructor(
    dataDir: string,
    key: AccountKey,
    private readonly onProblem: (message: string) => void,
  ) {
    this.history = new BalanceHistory(dataDir, key);
    this.policyStore = new PolicyStateStore(dataDir, key);
  }

  /** Loads both files (into `history`) and returns the policy state, defaults on any problem. */
  async load(): Promise<PolicyState> {
    const [history, policy] = await Promise.all([
      this.history.load().catch((error: unknown) => this.failed('read', error, null)),
      this.policyStore.load().catch((error: unknown) => this.failed('read', error, null)),
    ]);
    for (const aside of [history?.movedAside, policy?.movedAside]) {
      if (aside) {
        this.onProblem(
          `A balance data file was unreadable and was moved to ${aside}; starting fresh.`,
        );
      }
    }
    return policy?.state ?? { ...INITIAL_POLICY_STATE, fired: [] };
  }

  savePolicy(state: PolicyState): Promise<void> {
    this.policyWrites = this.policyWrites
      .then(() => this.policyStore.save(state))
      .catch((error: unknown) => this.failed('write', error, undefined));
    return this.policyWrites;
  }

  /** After a reading: both files, awaited before anything is shown to the user. */
  async saveReading(state: PolicyState): Promise<void> {
    this.historyWrites = this.historyWrites
      .then(() => this.history.save())
      .catch((error: unknown) => this.failed('write', error, undefined));
    await Promise.all([this.historyWrites, this.savePolicy(state)]);
  }

  /**
   * Resolves once every write asked for so far has landed (or failed). Removing an account's
   * files waits for this after stopping its monitor: a write still under way would otherwise
   * recreate a file just deleted.
   */
  async idle(): Promise<void> {
    await Promise.all([this.historyWrites, this.policyWrites]);
  }

  private failed<T>(what: 'read' | 'write', error: unknown, fallback: T): T {
    // The error code only (ENOSPC, EACCES): a message may carry a path with a user name.
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    this.onProblem(`Could not ${what} balance data${reason}.`);
    return fallback;
  }
}
