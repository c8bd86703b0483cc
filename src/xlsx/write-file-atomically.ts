import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that its path only ever holds the old file or the whole
 * new one: the bytes go to a temporary file beside it, are flushed to disk,
 * and the temporary file is renamed over the target (a rename within one
 * folder is atomic). A run killed half-way leaves the target as it was.
 *
 * The temporary file is named `.<name>.<pid>.<random>.plansheets-tmp`, so
 * that it is hidden, names the file it was for and the process that wrote
 * it. A failed write removes its own; one left by a killed run is removed by
 * the next write of the same target, once its process is gone.
 */
export async function writeFileAtomically(file: string, content: Buffer | string): Promise<void> {
  const folder = dirname(file);
  const name = basename(file);
  await mkdir(folder, { recursive: true });
  await removeStaleTemporaries(folder, name);
  const temporary = join(folder, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

export const TEMPORARY_SUFFIX = '.plansheets-tmp';

/** The temporary files of earlier writes of `name` whose process no longer runs. */
async function removeStaleTemporaries(folder: string, name: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(TEMPORARY_SUFFIX)) continue;
    const match = /^(\d+)\.[0-9a-f]+$/.exec(entry.slice(prefix.length, -TEMPORARY_SUFFIX.length));
    if (match && !isRunning(Number(match[1]))) await rm(join(folder, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Makes the rename itself durable; folders cannot be opened for this on every system, and then the rename stands as it is. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here (e.g. Windows)
  }
}
