import { EXAMPLE, runCli, type CliRun } from '../support/cli';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationReport } from '../../src/cli/validation-report';
import { municipalContributions } from '../../src/engine/contributions';
import { Decimal, formatMoney } from '../../src/engine/money';
import { planSummary } from '../../src/engine/summary';
import { validatePlan } from '../../src/engine/validate';
import { address, parseRange } from '../../src/layout/a1';
import { readPlan } from '../../src/layout/read/read-plan';
import type { GridCell, SheetGrid } from '../../src/layout/sheet-grid';
import { ACTION_BULLET, SUB_ACTION_BULLET } from '../../src/layout/sheets/action-plan-sheet';
import { COUNCIL_RULE_ROWS, COUNCIL_VALUE_COLUMN } from '../../src/layout/schema/council-rule-cells';
import { parsePlanText } from '../../src/model/parse-plan';
import type { Goal, Plan } from '../../src/model/plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editWorkbook, type WorkbookEditor } from '../support/edit-workbook';

/**
 * Edits made to the .xlsx as a person makes them in Excel (test/support/
 * edit-workbook.ts), then `plansheets validate` and `plansheets build` (the
 * rebuild) on the edited file: both keep the edits and report what follows
 * from them. The base workbook is built once from the example.
 */

jest.setTimeout(60_000);



const run = runCli;

let dir: string;
let base: string;
let example: Plan;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plansheets-edits-'));
  base = join(dir, 'kaustinen-2026.xlsx');
  const parsed = parsePlanText(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  example = parsed.plan;
  const built = await run('build', EXAMPLE, '-o', base);
  expect(built).toMatchObject({ code: 0, stderr: '' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The base workbook edited by `edit`, saved under `name`. */
async function edited(name: string, edit: (editor: WorkbookEditor) => void): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  await editWorkbook(base, file, edit);
  return file;
}

async function validate(file: string): Promise<CliRun & { report: ValidationReport }> {
  const result = await run('validate', file, '--format', 'json');
  expect(result.stderr).toBe('');
  return { ...result, report: JSON.parse(result.stdout) as ValidationReport };
}

async function rebuild(file: string): Promise<CliRun & { out: string }> {
  const out = file.replace(/\.xlsx$/, '-rebuilt.xlsx');
  return { ...(await run('build', file, '-o', out)), out };
}

/** A workbook read back with our reader: its grid, and the plan it holds. */
async function readBack(file: string): Promise<{ grid: SheetGrid; plan: Plan; findings: ReturnType<typeof readPlan>['findings'] }> {
  const read = await readWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(`${file} does not read back: ${read.detail}`);
  const result = readPlan(read.grid);
  if (!result.plan) throw new Error(`${file} holds no plan: ${JSON.stringify(result.findings)}`);
  return { grid: read.grid, plan: result.plan, findings: result.findings };
}

/** The data rows of a table of the grid, each as its sheet row and its cells by header. */
function tableRecords(grid: SheetGrid, name: string): Array<{ row: number; cells: Record<string, GridCell['value']> }> {
  for (const sheet of grid.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    const range = table && parseRange(table.ref);
    if (!table || !range) continue;
    const records = [];
    for (let row = range.from.row + 1; row <= range.to.row; row += 1) {
      const cells = Object.fromEntries(table.columns.map((header, i) => [header, sheet.cells[address(range.from.column + i, row)]?.value ?? null]));
      records.push({ row, cells });
    }
    return records;
  }
  throw new Error(`no table ${name}`);
}

function sheetCells(grid: SheetGrid, name: string): Record<string, GridCell> {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.cells;
}

/** The goal's cells on Toimintasuunnitelma: the row whose Tavoitteet cell starts with its title. */
function appendixRow(grid: SheetGrid, goal: Goal): { goals: string; actions: string; metrics: string } | null {
  const cells = sheetCells(grid, 'Toimintasuunnitelma');
  for (const [ref, cell] of Object.entries(cells)) {
    const match = /^A(\d+)$/.exec(ref);
    if (!match || typeof cell.value !== 'string' || cell.value.split('\n')[0] !== goal.title) continue;
    const text = (column: string): string => String(cells[`${column}${match[1]}`]?.value ?? '');
    return { goals: cell.value, actions: text('B'), metrics: text('C') };
  }
  return null;
}

function goalOf(plan: Plan, id: string): Goal {
  const goal = plan.sections.flatMap((s) => s.goals).find((g) => g.id === id);
  if (!goal) throw new Error(`no goal ${id}`);
  return goal;
}

const errors = (report: ValidationReport) => report.findings.filter((f) => f.severity === 'error');
const workbookFindings = (report: ValidationReport) => report.findings.filter((f) => f.rule.startsWith('workbook.'));

describe('a row added to Toimenpiteet for an existing goal', () => {
  const GOAL = 'hallinto-g3';
  const ACTION = { id: 'hallinto-g3-a3', text: 'Kartoitetaan tiimien yhteiset työkalut ja niiden käyttö', status: 'planned' as const };
  let file: string;
  let expected: Plan;

  beforeAll(async () => {
    expect(goalOf(example, GOAL).actions.map((a) => a.id)).toEqual(['hallinto-g3-a1', 'hallinto-g3-a2']);
    expected = structuredClone(example);
    goalOf(expected, GOAL).actions.push(ACTION);
    // Inserted as a table row right after the goal's last action: inside the table, which grows by one row.
    file = await edited('action-added', (e) => {
      const at = (e.rowsWhere('Actions', 'Tavoite', GOAL).at(-1) as number) + 1;
      expect(at).toBeLessThanOrEqual(e.table('Actions').bottom);
      e.insertTableRows('Actions', at, [{ Tunnus: ACTION.id, Tavoite: GOAL, Toimenpide: ACTION.text, Tila: 'Suunniteltu' }]);
    });
  });

  it('is inside the Actions table in the file, which has grown by one row with its columns intact', async () => {
    const [before, after] = await Promise.all([readBack(base), readBack(file)]);
    const table = (grid: SheetGrid) => grid.sheets.flatMap((s) => s.tables).find((t) => t.name === 'Actions');
    const [was, is] = [parseRange(table(before.grid)?.ref ?? ''), parseRange(table(after.grid)?.ref ?? '')];
    expect(is?.to.row).toBe((was?.to.row ?? NaN) + 1);
    expect(table(after.grid)?.columns).toEqual(table(before.grid)?.columns);
    expect(tableRecords(after.grid, 'Actions').map((r) => r.cells.Tunnus)).toContain(ACTION.id);
  });

  it('is read as one more action of that goal, and nothing else changes', async () => {
    const { plan, findings } = await readBack(file);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(expected);
  });

  it('validates with exit 0 and one more action in the summary', async () => {
    const { code, report } = await validate(file);
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
    expect(report.summary.actions).toBe(planSummary(example).actions + 1);
    expect(report.summary.goals).toBe(planSummary(example).goals);
  });

  it('is kept by the rebuild: in the plan, in the Actions table and under its goal on Toimintasuunnitelma', async () => {
    const { code, stderr, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { grid, plan } = await readBack(out);
    expect(plan).toStrictEqual(expected);

    const rows = tableRecords(grid, 'Actions');
    const added = rows.findIndex((r) => r.cells.Tunnus === ACTION.id);
    expect(rows[added]?.cells).toEqual({ Tunnus: ACTION.id, Tavoite: GOAL, Yläkohta: null, Toimenpide: ACTION.text, Tila: 'Suunniteltu' });
    expect(rows[added - 1]?.cells.Tunnus).toBe('hallinto-g3-a2');

    const goal = goalOf(plan, GOAL);
    const appendix = appendixRow(grid, goal);
    expect(appendix?.actions.split('\n')).toEqual(goal.actions.map((a) => `${ACTION_BULLET}${a.text}`));
    expect(appendix?.actions.split('\n').at(-1)).toBe(`${ACTION_BULLET}${ACTION.text}`);
  });
});

describe("Veteli's population changed on Kunnat to its 31.12.2021 figure", () => {
  const DECLARED_SIZE_CELL = address(COUNCIL_VALUE_COLUMN, COUNCIL_RULE_ROWS.declaredSize);
  let file: string;
  let expected: Plan;

  beforeAll(async () => {
    expect(example.municipalities.find((m) => m.id === 'veteli')).toMatchObject({ population: 2931 });
    expected = structuredClone(example);
    expected.municipalities = expected.municipalities.map((m) => (m.id === 'veteli' ? { ...m, population: 3004, populationDate: '2021-12-31' } : m));
    file = await edited('veteli-3004', (e) => {
      const row = e.rowWhere('Municipalities', 'Tunnus', 'veteli');
      e.worksheet('Kunnat').getCell(row, e.column('Municipalities', 'Asukasluku')).value = 3004;
      e.worksheet('Kunnat').getCell(row, e.column('Municipalities', 'Väestöpäivä')).value = new Date(Date.UTC(2021, 11, 31));
    });
  });

  it('is read as typed', async () => {
    const { plan, findings } = await readBack(file);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(expected);
  });

  it('fails validation with council.seats (16 seats, 15 declared) at the declared size on Kunnat', async () => {
    const { code, report } = await validate(file);
    expect(code).toBe(1);
    expect(errors(report)).toEqual([
      expect.objectContaining({ rule: 'council.seats', location: { sheet: 'Kunnat', cell: DECLARED_SIZE_CELL } }),
    ]);
    expect(errors(report)[0]?.message).toMatch(/\b15\b.*\b16\b/);
    expect(report.summary).toMatchObject({ councilSeats: 16, councilSize: 15 });
    // The engine on the edited plan finds the same errors.
    expect(validatePlan(expected).filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['council.seats']);
  });

  it("gives the engine's shares for the edited plan, still summing exactly to the municipal funding", async () => {
    const { report } = await validate(file);
    const engine = municipalContributions(expected).rows;
    expect(report.shares.map((s) => [s.municipality, s.population, s.amount])).toEqual(engine.map((r) => [r.name, r.population, formatMoney(r.total)]));
    const total = report.shares.reduce((acc, s) => acc.plus(s.amount), new Decimal(0));
    expect(total.toFixed(2)).toBe('1003733.00');

    const before = (await validate(base)).report.shares;
    const share = (shares: ValidationReport['shares'], name: string) => new Decimal(shares.find((s) => s.municipality === name)?.amount ?? NaN);
    expect(share(report.shares, 'Veteli').gt(share(before, 'Veteli'))).toBe(true);
    for (const name of ['Halsua', 'Kaustinen', 'Lestijärvi', 'Toholampi']) expect(share(report.shares, name).lte(share(before, name))).toBe(true);
  });

  it('is kept by the rebuild, which reports the error', async () => {
    const { code, stderr, stdout, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/1 virhe/);
    const { grid, plan } = await readBack(out);
    expect(plan).toStrictEqual(expected);
    expect(tableRecords(grid, 'Municipalities').find((r) => r.cells.Tunnus === 'veteli')?.cells.Asukasluku).toBe(3004);
  });
});

describe('a goal removed entirely: its row, its actions and its metrics', () => {
  const GOAL = 'hallinto-g2';
  let file: string;
  let expected: Plan;

  beforeAll(async () => {
    const goal = goalOf(example, GOAL);
    expect(goal.actions.flatMap((a) => a.subActions ?? []).length).toBeGreaterThan(0);
    expected = structuredClone(example);
    for (const section of expected.sections) section.goals = section.goals.filter((g) => g.id !== GOAL);
    file = await edited('goal-removed', (e) => {
      // Bottom up, so that the rows still to delete keep their numbers; sub-action rows name the goal too.
      for (const row of e.rowsWhere('Actions', 'Tavoite', GOAL).reverse()) e.deleteTableRows('Actions', row);
      for (const row of e.rowsWhere('Metrics', 'Tavoite', GOAL).reverse()) e.deleteTableRows('Metrics', row);
      e.deleteTableRows('Goals', e.rowWhere('Goals', 'Tunnus', GOAL));
    });
  });

  it('is read without the goal, and nothing dangles', async () => {
    const { plan, findings } = await readBack(file);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(expected);
  });

  it('validates with exit 0 and one goal fewer', async () => {
    const { code, report } = await validate(file);
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
    expect(workbookFindings(report)).toEqual([]);
    const before = planSummary(example);
    const removed = goalOf(example, GOAL);
    expect(report.summary).toMatchObject({
      goals: before.goals - 1,
      actions: before.actions - removed.actions.length - removed.actions.flatMap((a) => a.subActions ?? []).length,
      metrics: before.metrics - removed.metrics.length,
    });
  });

  it('is rebuilt without the goal and its actions', async () => {
    const { code, stderr, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { grid, plan } = await readBack(out);
    expect(plan).toStrictEqual(expected);
    expect(tableRecords(grid, 'Goals').map((r) => r.cells.Tunnus)).not.toContain(GOAL);
    expect(tableRecords(grid, 'Actions').filter((r) => r.cells.Tavoite === GOAL)).toEqual([]);
    expect(tableRecords(grid, 'Metrics').filter((r) => r.cells.Tavoite === GOAL)).toEqual([]);
    const removed = goalOf(example, GOAL);
    const appendixText = Object.values(sheetCells(grid, 'Toimintasuunnitelma')).map((c) => String(c.value)).join('\n');
    expect(appendixText).not.toContain(removed.title);
    for (const action of removed.actions) expect(appendixText).not.toContain(action.text);
    // The goals around it are still there.
    expect(appendixRow(grid, goalOf(example, 'hallinto-g1'))).not.toBeNull();
    expect(appendixRow(grid, goalOf(example, 'hallinto-g3'))).not.toBeNull();
  });
});

describe('a goal row deleted alone, its action and metric rows left behind', () => {
  const GOAL = 'hallinto-g4';
  let file: string;
  const orphans: Array<{ sheet: string; cell: string }> = [];

  beforeAll(async () => {
    const goal = goalOf(example, GOAL);
    expect([goal.actions.length, goal.metrics.length, goal.actions.flatMap((a) => a.subActions ?? []).length]).toEqual([1, 1, 0]);
    file = await edited('goal-row-deleted', (e) => {
      e.deleteTableRows('Goals', e.rowWhere('Goals', 'Tunnus', GOAL));
      for (const [table, sheet] of [['Actions', 'Toimenpiteet'], ['Metrics', 'Mittarit']] as const) {
        for (const row of e.rowsWhere(table, 'Tavoite', GOAL)) orphans.push({ sheet, cell: address(e.column(table, 'Tavoite'), row) });
      }
    });
    expect(orphans).toHaveLength(2);
  });

  it('reports each orphaned row as workbook.dangling-reference at its goal cell, exit 1', async () => {
    const { code, report } = await validate(file);
    expect(code).toBe(1);
    expect(errors(report)).toEqual(
      orphans.map((location) => expect.objectContaining({ rule: 'workbook.dangling-reference', severity: 'error', location })),
    );
    for (const finding of errors(report)) expect(finding.message).toContain(GOAL);
  });

  it('is refused by the rebuild with exit 2 and one line naming those cells, and nothing is written', async () => {
    const { code, stdout, stderr, out } = await rebuild(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    for (const { sheet, cell } of orphans) expect(stderr).toContain(`${sheet}!${cell}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('rows moved, a blank row inserted, numbers typed as text', () => {
  let file: string;
  let expected: Plan;
  const typed: Array<{ sheet: string; cell: string }> = [];

  beforeAll(async () => {
    expected = structuredClone(example);
    const hallinto = expected.sections.find((s) => s.id === 'hallinto') as Plan['sections'][number];
    const [g1, g2, g3, ...rest] = hallinto.goals as [Goal, Goal, Goal, ...Goal[]];
    hallinto.goals = [g1, g3, g2, ...rest];
    const g5 = goalOf(expected, 'hallinto-g5');
    const [a1, a2, a3] = g5.actions;
    g5.actions = [a3, a1, a2].filter((a) => a !== undefined);
    expect(g5.actions.map((a) => a.id)).toEqual(['hallinto-g5-a3', 'hallinto-g5-a1', 'hallinto-g5-a2']);
    expected.municipalities = expected.municipalities.map((m) => (m.id === 'halsua' ? { ...m, population: 1234 } : m));
    expect(expected.contributions.pools[0]).toMatchObject({ id: 'perustoiminta', amount: '573733' });

    file = await edited('reordered-and-text', (e) => {
      // Goal g2's row cut and inserted below g3's; action a3 of g5 moved above a1.
      e.moveTableRow('Goals', e.rowWhere('Goals', 'Tunnus', 'hallinto-g2'), e.rowWhere('Goals', 'Tunnus', 'hallinto-g3') + 1);
      e.moveTableRow('Actions', e.rowWhere('Actions', 'Tunnus', 'hallinto-g5-a3'), e.rowWhere('Actions', 'Tunnus', 'hallinto-g5-a1'));
      // A blank row between two actions, and one between two goals.
      e.insertTableRows('Actions', e.rowWhere('Actions', 'Tunnus', 'hallinto-g1-a2'), [{}]);
      e.insertTableRows('Goals', e.rowWhere('Goals', 'Tunnus', 'hallinto-g4'), [{}]);
      const halsua = address(e.column('Municipalities', 'Asukasluku'), e.rowWhere('Municipalities', 'Tunnus', 'halsua'));
      const pool = address(e.column('Pools', 'Summa'), e.rowWhere('Pools', 'Tunnus', 'perustoiminta'));
      e.set('Kunnat', halsua, '1 234');
      e.set('Kustannuserät', pool, '573 733,00');
      typed.push({ sheet: 'Kunnat', cell: halsua }, { sheet: 'Kustannuserät', cell: pool });
    });
  });

  it('has the numbers as text in the file, as typed', async () => {
    const read = await readWorkbook(readFileSync(file));
    if (!read.ok) throw new Error(read.detail);
    const values = typed.map(({ sheet, cell }) => read.grid.sheets.find((s) => s.name === sheet)?.cells[cell]?.value);
    expect(values).toEqual(['1 234', '573 733,00']);
  });

  it('is read as the person meant: the new order, the blank rows skipped, the numbers as numbers', async () => {
    const { plan, findings } = await readBack(file);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(expected);
  });

  it('validates with no finding from the edits', async () => {
    const { code, report } = await validate(file);
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
    expect(workbookFindings(report)).toEqual([]);
    const located = report.findings.map((f) => f.location);
    for (const location of typed) expect(located).not.toContainEqual(location);
    // Halsua still has the minimum two seats; its larger population moves the shares.
    expect(report.summary.councilSeats).toBe(15);
    expect(report.shares.map((s) => s.amount)).toEqual(municipalContributions(expected).rows.map((r) => formatMoney(r.total)));
  });

  it('is rebuilt in the new order with the numbers as numbers', async () => {
    const { code, stderr, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { grid, plan } = await readBack(out);
    expect(plan).toStrictEqual(expected);
    expect(tableRecords(grid, 'Municipalities').find((r) => r.cells.Tunnus === 'halsua')?.cells.Asukasluku).toBe(1234);
    expect(tableRecords(grid, 'Pools').find((r) => r.cells.Tunnus === 'perustoiminta')?.cells.Summa).toBe(573733);
    const g5 = appendixRow(grid, goalOf(expected, 'hallinto-g5'));
    expect(g5?.actions.split('\n').filter((line) => !line.startsWith(SUB_ACTION_BULLET))).toEqual(
      goalOf(expected, 'hallinto-g5').actions.map((a) => `${ACTION_BULLET}${a.text}`),
    );
  });
});

describe('a column someone added to the Actions table', () => {
  it('is no finding for validate, but the rebuild, which would drop its values, refuses with one line naming it', async () => {
    let header = '';
    const file = await edited('column-added', (e) => {
      const row = e.rowWhere('Actions', 'Tunnus', 'hallinto-g1-a1');
      e.addTableColumn('Actions', 'Vastuuhenkilö', { [row]: 'Liisa' });
      header = address(e.table('Actions').right, e.table('Actions').top);
    });
    expect(header).toBe('F3');
    const validated = await validate(file);
    expect(validated.code).toBe(0);
    expect(workbookFindings(validated.report)).toEqual([]);

    const { code, stdout, stderr, out } = await rebuild(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`Toimenpiteet!${header}: sarake "Vastuuhenkilö" (taulukko Actions)`);
    expect(existsSync(out)).toBe(false);
  });

  it('with a header alone loses nothing, so the rebuild goes ahead', async () => {
    const file = await edited('empty-column-added', (e) => e.addTableColumn('Actions', 'Vastuuhenkilö'));
    const { code, stderr, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((await readBack(out)).plan).toStrictEqual(example);
  });
});

describe('an editable sheet renamed', () => {
  it('is rebuilt with its tables under the sheet\'s own name, and the rebuild says so', async () => {
    const file = await edited('sheet-renamed', (e) => e.renameSheet('Kunnat', 'Kunnat 2026'));
    const { code, stdout, stderr, out } = await rebuild(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Huomio: välilehden "Kunnat 2026" taulukot ovat uudessa työkirjassa välilehdellä "Kunnat".');
    expect(stdout).not.toContain('ei ole PlanSheetsin tekemä');
    const { grid, plan } = await readBack(out);
    expect(plan).toStrictEqual(example);
    expect(grid.sheets.map((s) => s.name)).toContain('Kunnat');
  });
});
