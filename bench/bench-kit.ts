import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared pieces of the benchmark sections: timing, medians, the built CLI. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/hubmix.cjs');

export interface Target {
  label: string;
  /** The measured value and the limit, in the same unit. */
  value: number;
  limit: number;
  unit: string;
}

export interface SectionReport {
  title: string;
  lines: string[];
  targets: Target[];
}

export interface BenchSection {
  name: string;
  run(): Promise<SectionReport>;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * Runs a process to completion and returns its wall time in ms. Asynchronous on purpose: the
 * local server runs in this process and must keep answering while the child waits on it.
 */
export function timeProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ ms: number; code: number | null; stdout: string }> {
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stdout });
    });
  });
}

export async function medianOf(
  runs: number,
  command: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms: took, code } = await timeProcess(command, args, env);
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}`);
    times.push(took);
  }
  return median(times);
}

/** Builds the bundles unless they exist (pass --build to force). */
export async function ensureBuilt(force: boolean): Promise<void> {
  if (!force && existsSync(CLI)) return;
  const { code } = await timeProcess(process.execPath, [join(ROOT, 'electron/build.mjs')]);
  if (code !== 0) throw new Error('The build failed.');
}
