import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPORARY_SUFFIX, writeFileAtomically } from '../../src/xlsx/write-file-atomically';

const dir = mkdtempSync(join(tmpdir(), 'plansheets-atomic-'));

/** A pid that no process has: one that ran and has ended. */
function endedPid(): number {
  const run = spawnSync('sh', ['-c', 'echo $$']);
  return Number(run.stdout.toString().trim());
}

describe('writing a file atomically', () => {
  it('creates the folder and writes the whole file, leaving nothing else', async () => {
    const file = join(dir, 'new', 'deep', 'out.xlsx');
    await writeFileAtomically(file, Buffer.from('whole'));
    expect(readFileSync(file, 'utf8')).toBe('whole');
    expect(readdirSync(join(dir, 'new', 'deep'))).toEqual(['out.xlsx']);
  });

  it('replaces an old file', async () => {
    const file = join(dir, 'replace.pdf');
    writeFileSync(file, 'old');
    await writeFileAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('replaces a symbolic link at the target, never the file it points to', async () => {
    const source = join(dir, 'source.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(source, 'the source');
    symlinkSync(source, link);
    await writeFileAtomically(link, 'output');
    expect(readFileSync(source, 'utf8')).toBe('the source');
    expect(readFileSync(link, 'utf8')).toBe('output');
  });

  it('removes its temporary file and keeps the old target when it cannot write', async () => {
    const folder = join(dir, 'target-is-folder');
    mkdirSync(join(folder, 'out.xlsx'), { recursive: true });
    await expect(writeFileAtomically(join(folder, 'out.xlsx'), 'x')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) });
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it("removes the temporary files of killed runs for the same target, and only those", async () => {
    const folder = join(dir, 'stale');
    mkdirSync(folder);
    const dead = endedPid();
    const stale = `.out.xlsx.${dead}.a1b2c3${TEMPORARY_SUFFIX}`;
    const running = `.out.xlsx.${process.ppid}.d4e5f6${TEMPORARY_SUFFIX}`;
    const otherTarget = `.other.xlsx.${dead}.a1b2c3${TEMPORARY_SUFFIX}`;
    const notOurs = `.out.xlsx.notes.txt`;
    for (const name of [stale, running, otherTarget, notOurs]) writeFileSync(join(folder, name), 'partial');
    await writeFileAtomically(join(folder, 'out.xlsx'), 'whole');
    expect(readdirSync(folder).sort()).toEqual([notOurs, running, otherTarget, 'out.xlsx'].sort());
  });
});
