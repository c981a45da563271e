import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old or the new content: write a
 * temporary file beside it, flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'w', options.mode ?? 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Reads a UTF-8 file, or null when it does not exist. Other errors are thrown. */
export async function readFileIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads and parses a JSON file written by this app. A file that cannot be parsed or validated is
 * moved aside (`<name>.corrupt-<time>`) so nothing is silently lost, and null is returned.
 */
export async function readJsonFile<T>(
  path: string,
  parse: (value: unknown) => T,
): Promise<{ value: T | null; movedAside: string | null }> {
  const text = await readFileIfExists(path);
  if (text === null) return { value: null, movedAside: null };
  try {
    return { value: parse(JSON.parse(text) as unknown), movedAside: null };
  } catch {
    const aside = `${path}.corrupt-${Date.now()}`;
    await rename(path, aside).catch(() => undefined);
    return { value: null, movedAside: aside };
  }
}
