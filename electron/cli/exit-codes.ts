/** The exit codes issue 3 fixes; scripts depend on them, so they never change meaning. */
export const EXIT = {
  ok: 0,
  /** The gateway refused or failed (its message shown). */
  failed: 1,
  /** Bad usage: what was wrong and the right form. */
  usage: 2,
  /** Authentication failed or no credential found. */
  auth: 3,
  /** Network unreachable or timed out. */
  network: 4,
  /** A chat stream ended (or was stopped) before its finish; the partial text was printed. */
  incomplete: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
