import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { edited } from '../fixtures/diff/committee-edits';
import { EXAMPLE, runCli } from '../support/cli';
import { editWorkbook } from '../support/edit-workbook';
import { examplePlan } from '../support/plans';

/**
 * plansheets diff over the example and a copy edited as a committee would
 * (test/fixtures/diff/committee-edits.ts), in text (fi, en) and JSON,
 * compared exactly with the committed expected outputs; and across a plan
 * file and a workbook.
 */

const FIXTURES = join(__dirname, '..', 'fixtures', 'diff');
const dir = mkdtempSync(join(tmpdir(), 'plansheets-diff-'));
const committee = join(dir, 'committee.plan.json');
writeFileSync(committee, JSON.stringify(edited(examplePlan()), null, 2));

/** The output with the two file names put back as in the expected files. */
const withNames = (text: string): string => text.split(EXAMPLE).join('<old>').split(committee).join('<new>');
const expected = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('plansheets diff <old> <new>', () => {
  it.each([
    ['fi', 'committee.expected.fi.txt'],
    ['en', 'committee.expected.en.txt'],
  ])('prints the changes grouped by section (--lang %s) and exits 1', async (lang, file) => {
    const { code, stdout, stderr } = await runCli('diff', EXAMPLE, committee, '--lang', lang);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(withNames(stdout)).toBe(expected(file));
  });

  it('prints the documented JSON with --format json', async () => {
    const { code, stdout } = await runCli('diff', EXAMPLE, committee, '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(withNames(stdout))).toEqual(JSON.parse(expected('committee.expected.json')));
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['old', 'new', 'unchanged', 'period', 'structure', 'budget', 'municipalities', 'council', 'pools', 'contributions']);
  });

  it('says there are no changes and exits 0 when the plans are the same', async () => {
    expect(await runCli('diff', EXAMPLE, EXAMPLE)).toEqual({ code: 0, stderr: '', stdout: `Muutokset: ${EXAMPLE} → ${EXAMPLE}\nEi muutoksia.\n` });
    const json = JSON.parse((await runCli('diff', EXAMPLE, EXAMPLE, '--format', 'json')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ unchanged: true, period: null, structure: [], council: [], pools: [], contributions: [], budget: { years: [], lines: [] } });
  });

  it.each([
    [['diff', EXAMPLE], 'diff: puuttuu <old.json|old.xlsx> <new.json|new.xlsx>'],
    [['diff', EXAMPLE, EXAMPLE, 'third.json'], 'diff: ylimääräinen argumentti "third.json"'],
    [['diff', EXAMPLE, join(dir, 'missing.json')], 'ei löydy'],
    [['diff', EXAMPLE, EXAMPLE, '--format', 'xml'], '--format'],
  ])('exits 2 with one line for wrong usage or unusable input: %j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('README.md on diff', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

  it.each(['npx plansheets diff <old.json|old.xlsx> <new.json|new.xlsx>', '--compare <old.json|old.xlsx>', '| Muutokset |', '**0.8**'])('documents `%s`', (text) => {
    expect(readme).toContain(text);
  });

  it('documents every top-level field of the JSON output', async () => {
    const json = JSON.parse((await runCli('diff', EXAMPLE, committee, '--format', 'json')).stdout) as Record<string, unknown>;
    for (const key of Object.keys(json)) expect(readme).toContain(`"${key}":`);
  });
});

describe('plansheets diff across a plan file and a workbook', () => {
  const workbook = join(dir, 'example.xlsx');
  const editedWorkbook = join(dir, 'edited.xlsx');
  beforeAll(async () => {
    expect((await runCli('build', EXAMPLE, '-o', workbook)).code).toBe(0);
    await editWorkbook(workbook, editedWorkbook, (e) => {
      const goals = e.worksheet('Tavoitteet');
      goals.getCell(e.rowWhere('Goals', 'Tunnus', 'hallinto-g2'), e.column('Goals', 'Tavoite')).value = 'Työn suunnittelu, ennakointi ja seuranta';
      const kunnat = e.worksheet('Kunnat');
      kunnat.getCell(e.rowWhere('Municipalities', 'Tunnus', 'veteli'), e.column('Municipalities', 'Asukasluku')).value = 3012;
    });
  }, 60_000);

  it('finds nothing between the plan file and the workbook built from it', async () => {
    const { code, stdout } = await runCli('diff', EXAMPLE, workbook, '--lang', 'en');
    expect(stdout).toBe(`Changes: ${EXAMPLE} → ${workbook}\nNo changes.\n`);
    expect(code).toBe(0);
  });

  it('finds what was typed into the workbook, in the same words as between plan files', async () => {
    const fromWorkbook = await runCli('diff', EXAMPLE, editedWorkbook);
    const planFile = join(dir, 'same-edits.plan.json');
    writeFileSync(planFile, JSON.stringify(edited(examplePlan(), ['renameGoal', 'changePopulation']), null, 2));
    const fromPlanFile = await runCli('diff', EXAMPLE, planFile);
    expect(fromWorkbook.code).toBe(1);
    expect(fromWorkbook.stdout.split('\n').slice(1)).toEqual(fromPlanFile.stdout.split('\n').slice(1));
    expect(fromWorkbook.stdout).toContain('sanamuoto: hallinto-g2: ”Työn suunnittelu ja ennakointi” → ”Työn suunnittelu, ennakointi ja seuranta”');
    expect(fromWorkbook.stdout).toContain('asukasluku: Veteli: 2 931 → 3 012 (muutos +81)');
  });

  it('build --compare adds Muutokset; a rebuild keeps it only when given --compare again', async () => {
    const out = join(dir, 'with-changes.xlsx');
    const built = await runCli('build', committee, '-o', out, '--compare', EXAMPLE);
    expect(built.stderr).toBe('');
    const sheets = async (file: string): Promise<string[]> => {
      const read = await readWorkbook(readFileSync(file));
      if (!read.ok) throw new Error(read.detail);
      return read.grid.sheets.map((s) => s.name);
    };
    expect(await sheets(out)).toContain('Muutokset');
    // The workbook holds the new plan: compared with the plan file it came from, nothing changed.
    expect((await runCli('diff', committee, out)).code).toBe(0);

    const again = join(dir, 'rebuilt-with-changes.xlsx');
    expect((await runCli('build', out, '-o', again, '--compare', EXAMPLE)).stderr).toBe('');
    expect(await sheets(again)).toContain('Muutokset');

    const dropped = join(dir, 'rebuilt-without.xlsx');
    const rebuilt = await runCli('build', out, '-o', dropped);
    expect(rebuilt.stdout).toContain('välilehti "Muutokset" vertasi aiempaan versioon');
    expect(await sheets(dropped)).not.toContain('Muutokset');
  }, 60_000);

  it('refuses --compare naming the output file', async () => {
    const { code, stderr } = await runCli('build', EXAMPLE, '-o', join(dir, 'x.xlsx'), '--compare', join(dir, 'x.xlsx'));
    expect(code).toBe(2);
    expect(stderr).toContain('--compare');
  });
});
