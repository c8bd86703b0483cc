import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stand-ins for LibreOffice that misbehave, for the failure paths of a
 * conversion. Each is a shell script named soffice in a folder of its own (to
 * put first on PATH); it writes its own pid and its child's to `pidFile`, so
 * a test can look for them afterwards.
 */
export type FakeSoffice = 'hangs' | 'crashes';

const SCRIPTS: Record<FakeSoffice, string> = {
  // Like soffice: a launcher that starts soffice.bin and waits for it; neither ever finishes.
  hangs: 'sleep 600 &\necho $! >> "$PIDS"\nwait\n',
  // Dies of a segmentation fault before writing anything.
  crashes: 'echo "soffice.bin: crashed" >&2\nkill -SEGV $$\n',
};

export function fakeSoffice(dir: string, kind: FakeSoffice): { folder: string; pidFile: string } {
  const folder = join(dir, `soffice-${kind}`);
  const pidFile = join(folder, 'pids');
  mkdirSync(folder, { recursive: true });
  const script = join(folder, 'soffice');
  writeFileSync(script, `#!/bin/sh\nPIDS="${pidFile}"\necho $$ > "$PIDS"\n${SCRIPTS[kind]}`);
  chmodSync(script, 0o755);
  return { folder, pidFile };
}

/** The pids a fake soffice wrote. */
export function fakeSofficePids(pidFile: string): number[] {
  return readFileSync(pidFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
}

/** Every process `ps` lists: pid, process group, state. */
function processTable(): Array<{ pid: number; pgid: number; stat: string }> {
  return execFileSync('ps', ['-e', '-o', 'pid=,pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length === 3)
    .map(([pid, pgid, stat]) => ({ pid: Number(pid), pgid: Number(pgid), stat: stat as string }));
}

/**
 * Those of `pids` that still run, and every process still running in one of
 * their process groups. A zombie (stat Z) has been killed and only waits for
 * its parent to read its exit status, which in a container without an init
 * may never happen; it runs nothing.
 */
export function stillRunning(pids: readonly number[]): number[] {
  const wanted = new Set(pids);
  return processTable()
    .filter((p) => (wanted.has(p.pid) || wanted.has(p.pgid)) && !p.stat.startsWith('Z'))
    .map((p) => p.pid);
}

/**
 * `stillRunning(pids)` once they are gone, or after `withinMs`: a killed
 * process on a loaded machine may show in ps until it is next scheduled.
 */
export async function runningAfter(pids: readonly number[], withinMs = 3_000): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let running = stillRunning(pids);
  while (running.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    running = stillRunning(pids);
  }
  return running;
}
