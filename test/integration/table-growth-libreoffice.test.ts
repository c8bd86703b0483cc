import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookGrid, type WorkbookReading } from '../../src/app/read-workbook-grid';
import { councilSeats } from '../../src/engine/seats';
import { address, parseRange } from '../../src/layout/a1';
import type { GridCell, GridSheet, SheetGrid } from '../../src/layout/sheet-grid';
import { EDITABLE_TABLES } from '../../src/layout/schema/tables';
import type { Plan } from '../../src/model/plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { EXAMPLE, runCli } from '../support/cli';
import { assertUnoPython, insertRowsWithLibreOffice, type LibreOfficeEdit, type RowInsertion } from '../support/libreoffice-edit';

/**
 * Every editable table of the example workbook grows by a row in LibreOffice
 * itself (headless, over UNO: test/support/libreoffice-insert-rows.py), typed
 * into as a person does, its calculated columns filled in the new row as Excel
 * fills them, everything recalculated and saved as .xlsx; then read back with
 * our reader. Nothing is lost, the new rows are in the plan, the totals and
 * checks that reference the tables include them, and the reader finds no
 * error and no overwritten formula caused by the insertions.
 *
 * Where the rows go (see the script): "end" is a row inserted above the
 * table's last data row, the only insertion at the end that LibreOffice 7.4
 * grows a database range for (a row inserted directly below the last row
 * stays outside); "append" is a row typed under the table and the range
 * extended over it, as Excel's tables do by themselves; "middle" is inside.
 */

jest.setTimeout(180_000);

const PERHO_POPULATION = 2700;
const PERHO: RowInsertion['values'] = { Tunnus: 'perho', Kunta: 'Perho', Asukasluku: PERHO_POPULATION, Väestöpäivä: { date: '2024-12-31' } };

const INSERTIONS: RowInsertion[] = [
  {
    sheet: 'Kunnat',
    table: 'Municipalities',
    at: 'end',
    values: PERHO,
  },
  // Above BudgetYears on the same sheet: the years table moves down one row.
  {
    sheet: 'Talousarvio',
    table: 'BudgetLines',
    at: 'end',
    values: { Tunnus: 'hallinto-palkat', Nimi: 'Hallinnon palkat', Tiimi: 'hallinto', '2026': 150000, '2027': 155000, '2028': 160000 },
  },
  {
    sheet: 'Talousarvio',
    table: 'BudgetYears',
    at: 'append',
    values: { Vuosi: 2031, Laji: 'TS', Yhteensä: 1000000, Kuntarahoitus: 600000, 'Ulkopuolinen rahoitus': 400000 },
  },
  {
    sheet: 'Kustannuserät',
    table: 'Pools',
    at: 'middle',
    values: { Tunnus: 'uusi', Kustannuserä: 'Uusi kustannuserä', Summa: 1000, Jakoperuste: 'Tasajako', Pyöristys: 'Euro', 'Kaikki kunnat': 'Kyllä' },
  },
  { sheet: 'Kustannuserät', table: 'PoolMembers', at: 'end', values: { Kustannuserä: 'digi', Kunta: 'perho', Paino: 1 } },
  { sheet: 'Kustannuserät', table: 'PreviousContributions', at: 'end', values: { Vuosi: 2025, Kunta: 'perho', Kuntaosuus: 50000 } },
  { sheet: 'Tiimit', table: 'Sections', at: 'end', values: { Tunnus: 'uusi-tiimi', Laji: 'Tiimi', 'Tiimi tai osio': 'Uusi tiimi' } },
  { sheet: 'Tavoitteet', table: 'Goals', at: 'end', values: { Tunnus: 'uusi-tiimi-g1', Tiimi: 'uusi-tiimi', Tavoite: 'Uuden tiimin tavoite' } },
  {
    sheet: 'Toimenpiteet',
    table: 'Actions',
    at: 'end',
    values: { Tunnus: 'uusi-tiimi-g1-a1', Tavoite: 'uusi-tiimi-g1', Toimenpide: 'Uusi toimenpide', Tila: 'Suunniteltu' },
  },
  {
    sheet: 'Toimenpiteet',
    table: 'Actions',
    at: 'end',
    values: { Tunnus: 'uusi-tiimi-g1-a1-1', Tavoite: 'uusi-tiimi-g1', Yläkohta: 'uusi-tiimi-g1-a1', Toimenpide: 'Uusi alatoimenpide' },
  },
  {
    sheet: 'Mittarit',
    table: 'Metrics',
    at: 'middle',
    values: { Tunnus: 'uusi-tiimi-g1-m1', Tavoite: 'uusi-tiimi-g1', Mittari: 'Uusi mittari', Laji: 'Tulosmittari', Yksikkö: 'kpl' },
  },
  // Side by side with Metrics: only its own columns shift down (Excel's Insert ▸ Table Rows Above).
  {
    sheet: 'Mittarit',
    table: 'MetricValues',
    at: 'end',
    shift: 'cells',
    values: { Mittari: 'uusi-tiimi-g1-m1', Vuosi: 2026, Lähtötaso: 0, Tavoite: 10 },
  },
];

let dir: string;
let baseFile: Buffer;
let before: { grid: SheetGrid; reading: Extract<WorkbookReading, { ok: true }> };
let after: { grid: SheetGrid; reading: Extract<WorkbookReading, { ok: true }> };
let edit: LibreOfficeEdit;

async function readBack(file: Buffer): Promise<{ grid: SheetGrid; reading: Extract<WorkbookReading, { ok: true }> }> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(`the workbook does not read back (${read.reason}): ${read.detail}`);
  const reading = readWorkbookGrid(read.grid);
  if (!reading.ok) throw new Error(`the workbook holds no plan: ${JSON.stringify(reading.findings)}`);
  return { grid: read.grid, reading };
}

beforeAll(async () => {
  // Fails (never skips) when the UNO bridge is missing, saying what to install.
  assertUnoPython();
  dir = mkdtempSync(join(tmpdir(), 'plansheets-table-growth-'));
  const base = join(dir, 'kaustinen-2026.xlsx');
  const built = await runCli('build', EXAMPLE, '-o', base);
  expect(built).toMatchObject({ code: 0, stderr: '' });
  baseFile = readFileSync(base);
  before = await readBack(baseFile);
  edit = await insertRowsWithLibreOffice(baseFile, INSERTIONS);
  after = await readBack(edit.file);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sheetOf(grid: SheetGrid, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A table of the grid: its header row, data rows, and the sheet column of a header. */
function tableOf(grid: SheetGrid, name: string) {
  for (const sheet of grid.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    const range = table && parseRange(table.ref);
    if (!table || !range) continue;
    const column = (header: string): number => {
      const i = table.columns.indexOf(header);
      if (i < 0) throw new Error(`table ${name} has no column ${header}`);
      return range.from.column + i;
    };
    const cell = (header: string, row: number): GridCell | undefined => sheet.cells[address(column(header), row)];
    const rows = Array.from({ length: range.to.row - range.from.row }, (_, i) => range.from.row + 1 + i);
    return { sheet, ref: table.ref, headerRow: range.from.row, rows, column, cell, columns: table.columns };
  }
  throw new Error(`no table ${name}`);
}

const value = (cell: GridCell | undefined) => (cell?.error ? cell.error : cell?.value === '' ? null : (cell?.value ?? null));
const rowCount = (ref: string) => {
  const range = parseRange(ref)!;
  return range.to.row - range.from.row;
};

/** The plan read back with the new objects taken out: it must be the plan the workbook held before. */
function withoutNewObjects(plan: Plan, original: Plan): Plan {
  const copy = structuredClone(plan);
  copy.municipalities = copy.municipalities.filter((m) => m.id !== 'perho');
  copy.budget.years = copy.budget.years.filter((y) => y.year !== 2031);
  copy.budget.lines = copy.budget.lines?.filter((l) => l.id !== 'hallinto-palkat');
  if (copy.budget.lines?.length === 0 && original.budget.lines === undefined) delete copy.budget.lines;
  copy.contributions.pools = copy.contributions.pools.filter((p) => p.id !== 'uusi');
  for (const pool of copy.contributions.pools) {
    if (pool.key.kind === 'weights') pool.key.weights = pool.key.weights.filter((w) => w.municipality !== 'perho');
  }
  if (original.contributions.previous === undefined) delete copy.contributions.previous;
  copy.sections = copy.sections.filter((s) => s.id !== 'uusi-tiimi');
  return copy;
}

describe('LibreOffice grows every editable table by the inserted rows', () => {
  it('covers every editable table', () => {
    expect([...new Set(INSERTIONS.map((i) => i.table))].sort()).toEqual(EDITABLE_TABLES.map((t) => t.name).sort());
  });

  it('each insertion grew its database range by one row, and the saved file keeps the tables with their new size', () => {
    for (const report of edit.report) expect([report.table, rowCount(report.rangeAfter)]).toEqual([report.table, rowCount(report.rangeBefore) + 1]);
    for (const spec of EDITABLE_TABLES) {
      const inserted = INSERTIONS.filter((i) => i.table === spec.name).length;
      const [was, is] = [tableOf(before.grid, spec.name), tableOf(after.grid, spec.name)];
      expect([spec.name, rowCount(is.ref), is.columns]).toEqual([spec.name, rowCount(was.ref) + inserted, was.columns]);
    }
  });

  it('the calculated columns were filled in the new rows (LibreOffice has no calculated columns; Excel fills them)', () => {
    const copied = (table: string) => edit.report.filter((r) => r.table === table).flatMap((r) => r.copiedFormulas.map((f) => f.column));
    expect(copied('Municipalities')).toEqual(['Väestöosuus', 'Valtuustopaikat']);
    expect(copied('BudgetYears')).toEqual(['Tarkistus', 'Kuntarahoitus %', 'Muutos €', 'Muutos %']);
    for (const table of ['Municipalities', 'BudgetYears']) {
      const t = tableOf(after.grid, table);
      const derived = EDITABLE_TABLES.find((s) => s.name === table)!.columns.filter((c) => c.derived).map((c) => c.header.fi);
      for (const row of t.rows) for (const header of derived) expect([table, row, header, t.cell(header, row)?.formula !== undefined]).toEqual([table, row, header, true]);
    }
  });
});

describe('the workbook read back with our reader', () => {
  it('reads without errors and without overwritten formulas', () => {
    expect(after.reading.readFindings.filter((f) => f.severity === 'error')).toEqual([]);
    // Adding the year 2031 makes the layout of the plan read want a 2031 column in BudgetLines with its
    // total above it; the workbook has no such column, so nothing was typed over that total.
    expect(after.reading.readFindings.filter((f) => f.rule === 'workbook.formula-overwritten')).toEqual([]);
    // Before the insertions the reader found nothing of the kind.
    expect(before.reading.readFindings.filter((f) => f.severity === 'error' || f.rule === 'workbook.formula-overwritten')).toEqual([]);
  });

  it('loses nothing: the plan without the new objects is the plan the workbook held before', () => {
    expect(withoutNewObjects(after.reading.plan, before.reading.plan)).toEqual(before.reading.plan);
  });

  it('reads the new rows into the plan, in table order', () => {
    const plan = after.reading.plan;
    expect(plan.municipalities.map((m) => m.id)).toEqual(['halsua', 'kaustinen', 'lestijarvi', 'toholampi', 'perho', 'veteli']);
    expect(plan.municipalities.find((m) => m.id === 'perho')).toEqual({
      id: 'perho',
      name: 'Perho',
      population: PERHO_POPULATION,
      populationDate: '2024-12-31',
    });
    expect(plan.budget.years.at(-1)).toEqual({ year: 2031, kind: 'TS', total: '1000000', municipalFunding: '600000', externalFunding: '400000' });
    expect(plan.budget.lines).toEqual([
      {
        id: 'hallinto-palkat',
        name: 'Hallinnon palkat',
        sectionId: 'hallinto',
        amounts: [
          { year: 2026, amount: '150000' },
          { year: 2027, amount: '155000' },
          { year: 2028, amount: '160000' },
        ],
      },
    ]);
    const pools = plan.contributions.pools;
    expect(pools.map((p) => p.id)).toEqual(['perustoiminta', 'yrityspalvelut', 'hallinto', 'uusi', 'tietosuoja', 'digi', 'tyollisyys']);
    expect(pools.find((p) => p.id === 'uusi')).toMatchObject({ name: 'Uusi kustannuserä', amount: '1000', key: { kind: 'equal' }, rounding: 'euro' });
    expect(pools.find((p) => p.id === 'uusi')?.municipalities).toBeUndefined();
    const digi = pools.find((p) => p.id === 'digi')!.key;
    expect(digi.kind === 'weights' && digi.weights.at(-1)).toEqual({ municipality: 'perho', weight: '1' });
    expect(plan.contributions.previous).toMatchObject({ year: 2025, amounts: [{ municipality: 'perho', amount: '50000' }] });
    // "end" rows stand above the table's old last row.
    expect(plan.sections.map((s) => s.id).slice(-2)).toEqual(['uusi-tiimi', 'edunvalvonta']);
    expect(plan.sections.find((s) => s.id === 'uusi-tiimi')).toMatchObject({
      id: 'uusi-tiimi',
      kind: 'team',
      title: 'Uusi tiimi',
      goals: [
        {
          id: 'uusi-tiimi-g1',
          title: 'Uuden tiimin tavoite',
          actions: [
            { id: 'uusi-tiimi-g1-a1', text: 'Uusi toimenpide', status: 'planned', subActions: [{ id: 'uusi-tiimi-g1-a1-1', text: 'Uusi alatoimenpide' }] },
          ],
          metrics: [
            { id: 'uusi-tiimi-g1-m1', text: 'Uusi mittari', kind: 'outcome', unit: 'kpl', values: [{ year: 2026, baseline: '0', target: '10' }] },
          ],
        },
      ],
    });
  });
});

describe('the totals and checks that reference the tables follow, recalculated by LibreOffice', () => {
  it('Kunnat: population and seat totals include Perho; the shares sum to 1; Perho has its share and seats', () => {
    const old = before.reading.plan;
    const council = old.council;
    const oldPopulation = old.municipalities.reduce((sum, m) => sum + m.population, 0);
    const oldSeats = old.municipalities.reduce((sum, m) => sum + councilSeats(m.population, council), 0);
    const t = tableOf(after.grid, 'Municipalities');
    const totalRow = t.headerRow - 1;
    expect(value(t.sheet.cells[address(t.column('Kunta'), totalRow)])).toBe('Yhteensä');
    const total = (header: string) => value(t.sheet.cells[address(t.column(header), totalRow)]);
    const newPopulation = oldPopulation + PERHO_POPULATION;
    expect([total('Asukasluku'), total('Valtuustopaikat')]).toEqual([newPopulation, oldSeats + councilSeats(PERHO_POPULATION, council)]);
    expect(councilSeats(PERHO_POPULATION, council)).toBe(3);
    expect(total('Väestöosuus')).toBeCloseTo(1, 12);
    const shares = t.rows.map((row) => value(t.cell('Väestöosuus', row)) as number);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const perho = t.rows.find((row) => value(t.cell('Tunnus', row)) === 'perho')!;
    expect(value(t.cell('Väestöosuus', perho))).toBeCloseTo(PERHO_POPULATION / newPopulation, 12);
    expect(value(t.cell('Valtuustopaikat', perho))).toBe(3);
    expect(value(t.cell('Väestöpäivä', perho))).toBe(45657);
    expect(t.cell('Väestöpäivä', perho)?.numberFormat).toMatch(/d/i);
    // Every row's share is its population over the new total, old rows included.
    for (const row of t.rows) {
      expect(value(t.cell('Väestöosuus', row))).toBeCloseTo((value(t.cell('Asukasluku', row)) as number) / newPopulation, 12);
    }
  });

  it('Yhteenveto: the seats from populations include Perho', () => {
    const summary = sheetOf(after.grid, 'Yhteenveto');
    const seats = Object.entries(summary.cells).find(([, c]) => c.formula === 'SUM(Municipalities[Valtuustopaikat])');
    const oldSeats = before.reading.plan.municipalities.reduce((sum, m) => sum + councilSeats(m.population, before.reading.plan.council), 0);
    expect(seats && value(seats[1])).toBe(oldSeats + 3);
  });

  it('Talousarvio: the new year balances, and the budget-lines totals include the new line', () => {
    const years = tableOf(after.grid, 'BudgetYears');
    const last = years.rows.at(-1)!;
    expect(value(years.cell('Vuosi', last))).toBe(2031);
    expect([value(years.cell('Tarkistus', last)), value(years.cell('Kuntarahoitus %', last)), value(years.cell('Muutos €', last))]).toEqual([0, 0.6, null]);
    const lines = tableOf(after.grid, 'BudgetLines');
    const totals = Object.fromEntries(
      lines.columns.filter((h) => /^\d{4}$/.test(h)).map((h) => [h, value(lines.sheet.cells[address(lines.column(h), lines.headerRow - 1)])]),
    );
    // A year no line has an amount for is blank, not 0 €.
    expect(totals).toEqual({ '2024': null, '2025': null, '2026': 150000, '2027': 155000, '2028': 160000, '2029': null, '2030': null });
    // The totals row said there were no lines; with one it is the totals' label.
    expect(value(lines.sheet.cells[address(lines.column('Nimi'), lines.headerRow - 1)])).toBe('Rivit yhteensä');
  });

  it('Kuntaosuudet: each pool is still found once at its amount, the member rows and previous year come from the grown tables', () => {
    const sheet = sheetOf(after.grid, 'Kuntaosuudet');
    const lookups = Object.entries(sheet.cells).flatMap(([ref, cell]) => {
      const match = /^SUMIFS\(Pools\[Summa\],Pools\[Tunnus\],\$A\$(\d+)\)$/.exec(cell.formula ?? '');
      if (!match) return [];
      const row = Number(match[1]);
      const at = (column: string) => value(sheet.cells[`${column}${row}`]);
      return [{ ref, pool: at('A'), amount: value(cell), found: at('G'), memberRows: at('M'), status: at('U') }];
    });
    const pools = before.reading.plan.contributions.pools;
    // The pool inserted in the middle of Pools is not on the matrix (it comes with the rebuild); the others are, unchanged.
    expect(lookups.map((l) => [l.pool, l.amount, l.found])).toEqual(pools.map((p) => [p.id, Number(p.amount), 1]));
    const memberRows = Object.fromEntries(lookups.map((l) => [l.pool, l.memberRows]));
    expect(memberRows).toMatchObject({ digi: 6, tyollisyys: 2, perustoiminta: 0 });
    // The digi pool now has a member, Perho, that the matrix (drawn before Perho joined) does not list: it says so.
    expect(lookups.find((l) => l.pool === 'digi')?.status).toBe('Osallistujissa on kunta, joka ei ole jäsenkunta');
    expect(lookups.filter((l) => l.pool !== 'digi').map((l) => l.status)).toEqual(pools.filter((p) => p.id !== 'digi').map(() => 'OK'));
    const previousYear = Object.values(sheet.cells).find((c) => c.formula === 'IF(COUNT(PreviousContributions[Vuosi])=0,"",MAX(PreviousContributions[Vuosi]))');
    expect(value(previousYear)).toBe(2025);
  });

  it('no error value anywhere on the sheets with tables, Yhteenveto or Kuntaosuudet', () => {
    for (const name of ['Yhteenveto', 'Kunnat', 'Talousarvio', 'Kustannuserät', 'Kuntaosuudet', 'Tiimit', 'Tavoitteet', 'Toimenpiteet', 'Mittarit']) {
      const errors = Object.entries(sheetOf(after.grid, name).cells).filter(([, cell]) => cell.error !== undefined);
      expect([name, errors]).toEqual([name, []]);
    }
  });
});

describe('a row typed directly under a table in LibreOffice', () => {
  let below: LibreOfficeEdit;
  let read: Awaited<ReturnType<typeof readBack>>;
  beforeAll(async () => {
    below = await insertRowsWithLibreOffice(baseFile, [{ sheet: 'Kunnat', table: 'Municipalities', at: 'below', values: PERHO }]);
    read = await readBack(below.file);
  });

  it('stays outside the table: LibreOffice 7.4 does not grow a range for a row inserted below its last row', () => {
    expect(below.report).toMatchObject([{ rangeBefore: 'A8:G13', rangeAfter: 'A8:G13', row: 14, copiedFormulas: [] }]);
    expect(tableOf(read.grid, 'Municipalities').ref).toBe(tableOf(before.grid, 'Municipalities').ref);
    expect(value(sheetOf(read.grid, 'Kunnat').cells.A14)).toBe('perho');
  });

  it('is therefore not in the plan read, and the totals leave it out', () => {
    expect(read.reading.plan.municipalities).toEqual(before.reading.plan.municipalities);
    const t = tableOf(read.grid, 'Municipalities');
    const population = before.reading.plan.municipalities.reduce((sum, m) => sum + m.population, 0);
    expect(value(t.sheet.cells[address(t.column('Asukasluku'), t.headerRow - 1)])).toBe(population);
  });
});
