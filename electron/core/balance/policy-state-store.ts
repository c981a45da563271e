import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';
import { accountFilePath, type AccountKey } from './account-files.js';
import { INITIAL_POLICY_STATE, type PolicyState } from './alert-policy.js';

const policyFileSchema = z.object({
  version: z.literal(1),
  fired: z.array(z.string()),
  depletedFired: z.boolean(),
  lastBalanceUsd: z.number().nullable(),
});

export interface LoadedPolicyState {
  state: PolicyState;
  /** Where a corrupt file was moved, so the caller can tell the user; null when all was well. */
  movedAside: string | null;
}

/**
 * The alert policy's memory for one account on one gateway. Kept on disk so that a restart does
 * not notify again about a threshold the user has already been told about.
 */
export class PolicyStateStore {
  readonly path: string;

  constructor(dataDir: string, key: AccountKey) {
    this.path = accountFilePath(dataDir, key, 'alert-policy');
  }

  /** A missing file gives the initial state; a corrupt one is moved aside and does the same. */
  async load(): Promise<LoadedPolicyState> {
    const { value, movedAside } = await readJsonFile(this.path, (raw) =>
      policyFileSchema.parse(raw),
    );
    if (value === null) return { state: { ...INITIAL_POLICY_STATE, fired: [] }, movedAside };
    return {
      state: {
        fired: value.fired,
        depletedFired: value.depletedFired,
        lastBalanceUsd: value.lastBalanceUsd,
      },
      movedAside,
    };
  }

  async save(state: PolicyState): Promise<void> {
    const file: z.infer<typeof policyFileSchema> = { version: 1, ...state };
    await writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`);
  }
}
