import { workbookLayout } from '../../support/layouts';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import { readPlan } from '../../../src/layout/read/read-plan';
import type { SheetGrid } from '../../../src/layout/sheet-grid';
import type { Finding } from '../../../src/model/finding';
import type { Plan } from '../../../src/model/plan';
import {
  addTableColumn,
  clearCell,
  convertTableToRange,
  deleteSheet,
  deleteTable,
  deleteTableRow,
  gridFromLayout,
  insertSheetRows,
  insertTableRow,
  moveTableColumn,
  renameTableColumn,
  reorderTableRows,
  setCell,
  setTableCell,
  tableCell,
} from '../../support/layout-grid';
import { readFixture } from './read-fixture';

const fixtureGrid = (): SheetGrid => gridFromLayout(workbookLayout(readFixture(), []));

/**
 * What reading a workbook back finds, formulas typed over included (the
 * application layer checks those against the layout of the plan read).
 */
function readBack(grid: SheetGrid): { plan: Plan | null; findings: Finding[] } {
  const reading = readWorkbookGrid(grid);
  return reading.ok ? { plan: reading.plan, findings: reading.readFindings } : { plan: null, findings: reading.findings };
}

/** A data cell of a table in the fixture's workbook, wherever the layout puts it, and its sheet row. */
function cellOf(table: string, header: string, index: number): { sheet: string; cell: string; row: number } {
  const at = tableCell(fixtureGrid(), table, header, index);
  return { ...at, row: Number(/\d+$/.exec(at.cell)![0]) };
}
const POOL_AMOUNT = cellOf('Pools', 'Summa', 0);
const MEMBER_POOL = cellOf('PoolMembers', 'Kustannuserä', 0);
const MEMBER_MUNICIPALITY = cellOf('PoolMembers', 'Kunta', 0);
const PREVIOUS_MUNICIPALITY = cellOf('PreviousContributions', 'Kunta', 1);
const PREVIOUS_YEAR = cellOf('PreviousContributions', 'Vuosi', 2);
const LINE_SECTION = cellOf('BudgetLines', 'Tiimi', 0);

interface Expected {
  rule: string;
  severity: Finding['severity'];
  sheet: string;
  cell: string;
  /** Fragments the Finnish and the English message must contain. */
  fi: string[];
  en: string[];
}

function expectFinding(findings: Finding[], expected: Expected): void {
  const at = (f: Finding) => 'sheet' in f.location && f.location.sheet === expected.sheet && f.location.cell === expected.cell;
  const found = findings.filter((f) => f.rule === expected.rule && at(f));
  expect(found).toHaveLength(1);
  const [finding] = found as [Finding];
  expect(finding.severity).toBe(expected.severity);
  for (const fragment of expected.fi) expect(finding.message.fi).toContain(fragment);
  for (const fragment of expected.en) expect(finding.message.en).toContain(fragment);
}

const goals = (plan: Plan | null) => plan!.sections.flatMap((s) => s.goals);

describe('readPlan reports what it cannot read, at its cell', () => {
  type Case = [string, (grid: SheetGrid) => SheetGrid, Expected, (plan: Plan | null) => void];
  const cases: Case[] = [
    [
      'a missing sheet',
      (g) => deleteSheet(g, 'Tiimit'),
      { rule: 'workbook.sheet-missing', severity: 'error', sheet: 'Tiimit', cell: 'A1', fi: ['Tiimit', 'Sections', 'Suunnitelmaa ei luettu'], en: ['Tiimit', 'Sections', 'No plan was read'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'a missing table',
      (g) => deleteTable(g, 'Sections'),
      { rule: 'workbook.table-missing', severity: 'error', sheet: 'Tiimit', cell: 'A1', fi: ['Sections', 'Tiimit'], en: ['Sections', 'Tiimit'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'a renamed required column',
      (g) => renameTableColumn(g, 'Municipalities', 'Asukasluku', 'Väkiluku'),
      { rule: 'workbook.column-missing', severity: 'error', sheet: 'Kunnat', cell: 'A8', fi: ['"Asukasluku"', 'Municipalities'], en: ['"Asukasluku"', 'no plan was read'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'a renamed optional column',
      (g) => renameTableColumn(g, 'Sections', 'Huomautus', 'Muistiinpano'),
      { rule: 'workbook.column-missing', severity: 'error', sheet: 'Tiimit', cell: 'A3', fi: ['"Huomautus"', 'puuttuvat suunnitelmasta'], en: ['"Huomautus"', 'missing from the plan'] },
      (plan) => expect(plan!.sections[1]!.note).toBeUndefined(),
    ],
    [
      'a renamed derived column',
      (g) => renameTableColumn(g, 'Municipalities', 'Valtuustopaikat', 'Paikat'),
      { rule: 'workbook.column-missing', severity: 'error', sheet: 'Kunnat', cell: 'A8', fi: ['"Valtuustopaikat"', 'laskettu'], en: ['"Valtuustopaikat"', 'calculated'] },
      (plan) => expect(plan).toStrictEqual(readFixture()),
    ],
    [
      'text in a required number cell',
      (g) => setCell(g, 'Kunnat', 'C9', 'paljon'),
      { rule: 'workbook.not-a-number', severity: 'error', sheet: 'Kunnat', cell: 'C9', fi: ['Kunnat!C9', 'Asukasluku', '"paljon"', 'Rivi 9 jätettiin pois'], en: ['Kunnat!C9', 'Asukasluku', '"paljon"', 'Row 9 was left out'] },
      (plan) => expect(plan!.municipalities.map((m) => m.id)).toEqual(['kaustinen', 'lestijarvi']),
    ],
    [
      'text in an optional money cell',
      (g) => setCell(g, 'Talousarvio', 'C5', 'noin 2 milj.'),
      { rule: 'workbook.not-a-number', severity: 'error', sheet: 'Talousarvio', cell: 'C5', fi: ['Yhteensä', '"noin 2 milj."', 'Arvo jätettiin pois'], en: ['Yhteensä', 'The value was left out'] },
      (plan) => {
        expect(plan!.budget.years[0]).toStrictEqual({ year: 2025, kind: 'TA', municipalFunding: '900000', externalFunding: '1100000' });
        expect(plan!.budget.years).toHaveLength(3);
      },
    ],
    [
      'a date that does not exist',
      (g) => setCell(g, 'Kunnat', 'D10', '31.2.2024'),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Kunnat', cell: 'D10', fi: ['31.2.2024', 'Väestöpäivä', 'ei ole päivämäärä'], en: ['31.2.2024', 'is not a date'] },
      (plan) => expect(plan!.municipalities.map((m) => m.id)).toEqual(['halsua', 'lestijarvi']),
    ],
    [
      'a year out of range',
      (g) => setCell(g, 'Talousarvio', 'A7', 1800),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Talousarvio', cell: 'A7', fi: ['1800', 'Vuosi', '1900–2200'], en: ['1800', 'not a year'] },
      (plan) => expect(plan!.budget.years.map((y) => y.year)).toEqual([2025, 2026]),
    ],
    [
      'an unknown enum label in a required column',
      (g) => setCell(g, 'Tiimit', 'B4', 'Ryhmä'),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Tiimit', cell: 'B4', fi: ['"Ryhmä"', 'Tiimi, Läpileikkaava', 'Rivi 4'], en: ['"Ryhmä"', 'Tiimi, Läpileikkaava'] },
      (plan) => expect(plan!.sections.map((s) => s.id)).toEqual(['viestinta']),
    ],
    [
      'an unknown enum label in an optional column',
      (g) => setCell(g, 'Toimenpiteet', 'E4', 'Melkein valmis'),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Toimenpiteet', cell: 'E4', fi: ['"Melkein valmis"', 'Arvo jätettiin pois'], en: ['The value was left out'] },
      (plan) => expect(goals(plan)[0]!.actions[0]!.status).toBeUndefined(),
    ],
    [
      'an invalid id',
      (g) => setCell(g, 'Tavoitteet', 'A6', 'g 3'),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Tavoitteet', cell: 'A6', fi: ['"g 3"', 'Rivi 6'], en: ['"g 3"', 'not valid'] },
      (plan) => expect(plan!.sections[1]!.goals).toEqual([]),
    ],
    [
      'money with three decimals',
      (g) => setCell(g, POOL_AMOUNT.sheet, POOL_AMOUNT.cell, 100000.125),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Kustannuserät', cell: POOL_AMOUNT.cell, fi: ['100000.125', 'kaksi desimaalia', `Rivi ${POOL_AMOUNT.row}`], en: ['two decimals'] },
      (plan) => expect(plan!.contributions.pools.map((p) => p.id)).toEqual(['p-2']),
    ],
    [
      'an error value in a cell',
      (g) => setCell(g, 'Talousarvio', 'D6', { value: null, error: '#REF!' }),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Talousarvio', cell: 'D6', fi: ['#REF!'], en: ['#REF!'] },
      (plan) => expect(plan!.budget.years[1]!.municipalFunding).toBeUndefined(),
    ],
    [
      'an empty id',
      (g) => clearCell(g, 'Mittarit', 'A5'),
      { rule: 'workbook.required', severity: 'error', sheet: 'Mittarit', cell: 'A5', fi: ['Mittarit!A5', 'Tunnus', 'pakollinen', 'Rivi 5'], en: ['required', 'Row 5'] },
      (plan) => expect(goals(plan)[1]!.metrics).toEqual([]),
    ],
    [
      'an empty required text',
      (g) => clearCell(g, 'Tavoitteet', 'C5'),
      { rule: 'workbook.required', severity: 'error', sheet: 'Tavoitteet', cell: 'C5', fi: ['Tavoite', 'tyhjällä tekstillä'], en: ['empty text'] },
      (plan) => expect(goals(plan)[1]!.title).toBe(''),
    ],
    [
      'a goal of a team that does not exist',
      (g) => setCell(g, 'Tavoitteet', 'B6', 'markkinointi'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Tavoitteet', cell: 'B6', fi: ['"markkinointi"', 'Sections', 'Rivi 6'], en: ['"markkinointi"', 'Row 6 was left out'] },
      (plan) => expect(plan!.sections[1]!.goals).toEqual([]),
    ],
    [
      'an action of a goal that does not exist',
      (g) => setCell(g, 'Toimenpiteet', 'B8', 'g-9'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Toimenpiteet', cell: 'B8', fi: ['"g-9"', 'Goals'], en: ['"g-9"', 'Goals'] },
      (plan) => expect(goals(plan)[1]!.actions).toEqual([]),
    ],
    [
      'a sub-action of an action that does not exist',
      (g) => setCell(g, 'Toimenpiteet', 'C5', 'a-9'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Toimenpiteet', cell: 'C5', fi: ['"a-9"', 'Actions'], en: ['"a-9"', 'Actions'] },
      (plan) => expect(goals(plan)[0]!.actions[0]!.subActions!.map((s) => s.id)).toEqual(['a-1-2']),
    ],
    [
      'a sub-action under a sub-action',
      (g) => setCell(g, 'Toimenpiteet', 'C6', 'a-1-1'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Toimenpiteet', cell: 'C6', fi: ['"a-1-1"', 'alatoimenpide'], en: ['itself a sub-action'] },
      (plan) => expect(goals(plan)[0]!.actions[0]!.subActions!.map((s) => s.id)).toEqual(['a-1-1']),
    ],
    [
      'a metric of a goal that does not exist',
      (g) => setCell(g, 'Mittarit', 'B4', 'g-0'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Mittarit', cell: 'B4', fi: ['"g-0"'], en: ['"g-0"'] },
      (plan) => expect(goals(plan)[0]!.metrics).toEqual([]),
    ],
    [
      'a value of a metric that does not exist',
      (g) => setCell(g, 'Mittarit', 'G5', 'm-7'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Mittarit', cell: 'G5', fi: ['"m-7"', 'Metrics'], en: ['"m-7"', 'Metrics'] },
      (plan) => expect(goals(plan)[0]!.metrics[0]!.values).toEqual([{ year: 2024, actual: '-14.5' }]),
    ],
    [
      'a member of a pool that does not exist',
      (g) => setCell(g, MEMBER_POOL.sheet, MEMBER_POOL.cell, 'p-9'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Kustannuserät', cell: MEMBER_POOL.cell, fi: ['"p-9"', 'Pools'], en: ['"p-9"', 'Pools'] },
      (plan) => expect(plan!.contributions.pools[0]!.municipalities).toEqual(['kaustinen']),
    ],
    [
      'a pool member that is not a municipality (kept)',
      (g) => setCell(g, MEMBER_MUNICIPALITY.sheet, MEMBER_MUNICIPALITY.cell, 'kokkola'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Kustannuserät', cell: MEMBER_MUNICIPALITY.cell, fi: ['"kokkola"', 'Municipalities', 'säilytettiin'], en: ['"kokkola"', 'kept as it is'] },
      (plan) => expect(plan!.contributions.pools[0]!.municipalities).toEqual(['kokkola', 'kaustinen']),
    ],
    [
      'a scope municipality that does not exist (kept)',
      (g) => setCell(g, 'Tavoitteet', 'F5', 'halsua, kannus'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Tavoitteet', cell: 'F5', fi: ['"kannus"'], en: ['"kannus"', 'kept'] },
      (plan) => expect(goals(plan)[1]!.scope!.municipalities).toEqual(['halsua', 'kannus']),
    ],
    [
      'a budget line of a team that does not exist (kept)',
      (g) => setCell(g, LINE_SECTION.sheet, LINE_SECTION.cell, 'tuntematon'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Talousarvio', cell: LINE_SECTION.cell, fi: ['"tuntematon"'], en: ['"tuntematon"'] },
      (plan) => expect(plan!.budget.lines![0]!.sectionId).toBe('tuntematon'),
    ],
    [
      'a previous contribution of a municipality that does not exist (kept)',
      (g) => setCell(g, PREVIOUS_MUNICIPALITY.sheet, PREVIOUS_MUNICIPALITY.cell, 'perho'),
      { rule: 'workbook.dangling-reference', severity: 'error', sheet: 'Kustannuserät', cell: PREVIOUS_MUNICIPALITY.cell, fi: ['"perho"'], en: ['"perho"'] },
      (plan) => expect(plan!.contributions.previous!.amounts[1]!.municipality).toBe('perho'),
    ],
    [
      'a previous contribution of another year',
      (g) => setCell(g, PREVIOUS_YEAR.sheet, PREVIOUS_YEAR.cell, 2024),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Kustannuserät', cell: PREVIOUS_YEAR.cell, fi: ['2024', '2025', `Rivi ${PREVIOUS_YEAR.row}`], en: ['2024', '2025', 'one year'] },
      (plan) => expect(plan!.contributions.previous!.amounts.map((a) => a.municipality)).toEqual(['halsua', 'kaustinen']),
    ],
    [
      'a calculated cell overwritten with a constant',
      (g) => setCell(g, 'Kunnat', 'F10', 5),
      { rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Kunnat', cell: 'F10', fi: ['Kunnat!F10', 'Valtuustopaikat', 'arvon 5', '=IF(Municipalities'], en: ['value 5', 'Restore the formula: =IF('] },
      (plan) => expect(plan).toStrictEqual(readFixture()),
    ],
    [
      'a calculated cell cleared',
      (g) => clearCell(g, 'Talousarvio', 'F6'),
      { rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Talousarvio', cell: 'F6', fi: ['Tarkistus', 'tyhjä'], en: ['(Tarkistus)', 'is empty'] },
      (plan) => expect(plan).toStrictEqual(readFixture()),
    ],
    [
      'a total outside the table overwritten',
      (g) => setCell(g, 'Kunnat', 'F7', 9),
      { rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Kunnat', cell: 'F7', fi: ['Kunnat!F7', 'arvon 9', '=SUM(Municipalities[Valtuustopaikat])'], en: ['value 9'] },
      (plan) => expect(plan).toStrictEqual(readFixture()),
    ],
    [
      'a missing metadata sheet',
      (g) => deleteSheet(g, 'PlanSheets'),
      { rule: 'workbook.metadata', severity: 'error', sheet: 'PlanSheets', cell: 'A1', fi: ['PlanSheets', 'puuttuu'], en: ['missing'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'corrupt metadata JSON',
      (g) => setCell(g, 'PlanSheets', 'A2', '{"format": "plansheets-metadata", '),
      { rule: 'workbook.metadata', severity: 'error', sheet: 'PlanSheets', cell: 'A2', fi: ['JSON'], en: ['not valid JSON'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'metadata that does not fit its schema',
      (g) => {
        const json = JSON.parse(String(g.sheets.find((s) => s.name === 'PlanSheets')!.cells.A2!.value)) as Record<string, unknown>;
        return setCell(g, 'PlanSheets', 'A2', JSON.stringify({ ...json, budgetYear: 'kaksi' }));
      },
      { rule: 'workbook.metadata', severity: 'error', sheet: 'PlanSheets', cell: 'A2', fi: ['$.budgetYear'], en: ['$.budgetYear'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'a council rule cell that is not a number',
      (g) => setCell(g, 'Kunnat', 'C4', 'kaksi'),
      { rule: 'workbook.not-a-number', severity: 'error', sheet: 'Kunnat', cell: 'C4', fi: ['"kaksi"', 'Valtuutettuja vähintään kunnasta'], en: ['"kaksi"', 'No plan was read'] },
      (plan) => expect(plan).toBeNull(),
    ],
    [
      'a negative minimum of seats',
      (g) => setCell(g, 'Kunnat', 'C4', -1),
      { rule: 'workbook.bad-value', severity: 'error', sheet: 'Kunnat', cell: 'C4', fi: ['-1', 'pienin sallittu on 0'], en: ['smallest allowed is 0'] },
      (plan) => expect(plan).toBeNull(),
    ],
  ];

  it.each(cases)('%s', (_title, change, expected, checkPlan) => {
    const { plan, findings } = readBack(change(fixtureGrid()));
    expectFinding(findings, expected);
    checkPlan(plan);
  });

  it('says that a reference names a row that was itself left out', () => {
    const { findings } = readPlan(setCell(fixtureGrid(), 'Tavoitteet', 'B4', 'ei-ole'));
    const actions = findings.filter((f) => f.rule === 'workbook.dangling-reference' && 'sheet' in f.location && f.location.sheet === 'Toimenpiteet');
    // The goal's actions are left out, and so are the sub-actions of its first action: each says so.
    expect(actions.map((f) => (f.location as { cell: string }).cell)).toEqual(['B4', 'B7', 'C5', 'C6']);
    expect(actions[0]!.message.en).toContain('"g-1" named in Toimenpiteet!B4 (column Tavoite) was itself left out');
    expect(actions[2]!.message.en).toContain('"a-1" named in Toimenpiteet!C5 (column Yläkohta) was itself left out');
  });

  it('reports a table that is no longer an Excel table, and reads it by its header row', () => {
    const { plan, findings } = readPlan(convertTableToRange(fixtureGrid(), 'Goals'));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'workbook.table-by-header', severity: 'info', location: { sheet: 'Tavoitteet', cell: 'A3' } }),
    ]);
    expect(plan).toStrictEqual(readFixture());
  });

  it('never throws, whatever the grid', () => {
    const empty = readPlan({ sheets: [] });
    expect(empty.plan).toBeNull();
    expect(empty.findings.map((f) => f.rule)).toContain('workbook.metadata');
    // One finding per missing sheet, naming all its tables.
    const missing = empty.findings.filter((f) => f.rule === 'workbook.sheet-missing');
    expect(missing.map((f) => (f.location as { sheet: string }).sheet)).toEqual([
      'Kunnat',
      'Talousarvio',
      'Tiimit',
      'Tavoitteet',
      'Toimenpiteet',
      'Mittarit',
      'Kustannuserät',
    ]);
    expect(missing[6]!.message.en).toBe(
      'The sheet Kustannuserät is missing, so its tables cannot be found (Pools, PoolMembers, PreviousContributions). No plan was read.',
    );
  });

  it('reports a row with several problems once per problem', () => {
    let grid = setTableCell(fixtureGrid(), 'Municipalities', 'Asukasluku', 1, 'x');
    grid = setTableCell(grid, 'Municipalities', 'Väestöpäivä', 1, 'huomenna');
    const { findings } = readPlan(grid);
    expect(findings.map((f) => [f.rule, (f.location as { cell: string }).cell])).toEqual([
      ['workbook.not-a-number', 'C10'],
      ['workbook.bad-value', 'D10'],
      // Kaustinen is left out, so what names it says so (and keeps the name).
      ['workbook.dangling-reference', 'F5'],
      ['workbook.dangling-reference', cellOf('PoolMembers', 'Kunta', 1).cell],
      ['workbook.dangling-reference', PREVIOUS_MUNICIPALITY.cell],
    ]);
  });
});

describe('readPlan accepts what people do in Excel', () => {
  const fixture = readFixture();

  it('reads a fresh grid back exactly, with no findings', () => {
    const { plan, findings } = readPlan(fixtureGrid());
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('a row inserted into a table (calculated columns fill it)', () => {
    const grid = insertTableRow(fixtureGrid(), 'Municipalities', 1, {
      Tunnus: 'toholampi',
      Kunta: 'Toholampi',
      Asukasluku: 2799,
      Väestöpäivä: '31.12.2024',
    });
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan!.municipalities.map((m) => m.id)).toEqual(['halsua', 'toholampi', 'kaustinen', 'lestijarvi']);
    expect(plan!.municipalities[1]).toStrictEqual({ id: 'toholampi', name: 'Toholampi', population: 2799, populationDate: '2024-12-31' });
  });

  it('a row deleted from a table', () => {
    const { plan, findings } = readPlan(deleteTableRow(fixtureGrid(), 'Actions', 3));
    expect(findings).toEqual([]);
    expect(goals(plan)[0]!.actions.map((a) => a.id)).toEqual(['a-1']);
  });

  it('rows reordered: plan order follows row order, sub-actions find their parent anywhere', () => {
    const { plan, findings } = readPlan(
      (() => {
        const g = fixtureGrid();
        // Actions rows: a-1, a-1-1, a-1-2, a-2, a-3 → a-1-2, a-2, a-3, a-1-1, a-1
        return reorderTableRows(g, 'Actions', [2, 3, 4, 1, 0]);
      })(),
    );
    expect(findings).toEqual([]);
    const first = goals(plan)[0]!;
    expect(first.actions.map((a) => a.id)).toEqual(['a-2', 'a-1']);
    expect(first.actions[1]!.subActions!.map((s) => s.id)).toEqual(['a-1-2', 'a-1-1']);
  });

  it('blank rows are skipped, also in the middle of a table', () => {
    const grid = insertTableRow(insertTableRow(fixtureGrid(), 'Goals', 1), 'BudgetYears', 0);
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it.each([
    ['1 234,50', '1234.50'],
    ['1234.5', '1234.50'],
    ['1 234 €', '1234'],
    ['1\u00a0234,5\u00a0€', '1234.50'],
    ['1.234.567,89', '1234567.89'],
    ['−300', '-300'],
    [' 12 ', '12'],
  ])('a number typed as text: %j reads as %s', (typed, money) => {
    const { plan, findings } = readPlan(setCell(fixtureGrid(), 'Talousarvio', 'C7', typed));
    expect(findings).toEqual([]);
    expect(plan!.budget.years[2]!.total).toBe(money);
  });

  it('a whole number typed as text with a thousands space', () => {
    const { plan, findings } = readPlan(setCell(fixtureGrid(), 'Kunnat', 'C10', '4\u202f118'));
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it.each([['31.12.2024'], ['2024-12-31'], [' 31.12. 2024 ']])('a date typed as text: %j', (typed) => {
    const { plan, findings } = readPlan(setCell(fixtureGrid(), 'Kunnat', 'D9', typed));
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it.each([['läpileikkaava'], ['Cross-cutting'], ['crossCutting'], ['  LÄPILEIKKAAVA ']])('an enum value as %j', (typed) => {
    const { plan, findings } = readPlan(setCell(fixtureGrid(), 'Tiimit', 'B5', typed));
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('edited texts and numbers', () => {
    let grid = setTableCell(fixtureGrid(), 'Goals', 'Tavoite', 0, 'Talous kestävälle pohjalle\n(uusi)');
    grid = setTableCell(grid, 'MetricValues', 'Toteuma', 0, -3.25);
    grid = setTableCell(grid, 'Municipalities', 'Huomautus', 0, '=ei kaava');
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(goals(plan)[0]!.title).toBe('Talous kestävälle pohjalle\n(uusi)');
    expect(goals(plan)[0]!.metrics[0]!.values![0]).toStrictEqual({ year: 2024, actual: '-3.25' });
    expect(plan!.municipalities[0]!.note).toBe('=ei kaava');
  });

  it('an extra column is ignored', () => {
    const grid = addTableColumn(fixtureGrid(), 'Sections', 'Oma sarake', ['x', 'y']);
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('columns in another order are found by their header', () => {
    let grid = moveTableColumn(fixtureGrid(), 'Goals', 'Tunnus', 5);
    grid = moveTableColumn(grid, 'Municipalities', 'Valtuustopaikat', 0);
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('headers in the other language, ids with spaces around them', () => {
    let grid = renameTableColumn(fixtureGrid(), 'Sections', 'Tiimi tai osio', 'Team or section');
    grid = setCell(grid, 'Tiimit', 'A4', ' hallinto ');
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('rows inserted above a table: the council rule is found by its label, totals move with the table', () => {
    const grid = insertSheetRows(fixtureGrid(), 'Kunnat', 2, 3);
    const { plan, findings } = readPlan(grid);
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('a number typed into a text column reads as its digits', () => {
    const { plan, findings } = readPlan(setTableCell(fixtureGrid(), 'Metrics', 'Yksikkö', 1, 100));
    expect(findings).toEqual([]);
    expect(goals(plan)[1]!.metrics[0]!.unit).toBe('100');
  });

  it('a sub-action keeps its parent whatever its goal cell says', () => {
    const { plan, findings } = readPlan(setCell(fixtureGrid(), 'Toimenpiteet', 'B5', 'g-2'));
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(fixture);
  });

  it('an English workbook reads back too', () => {
    const english = readFixture('en');
    const { plan, findings } = readPlan(gridFromLayout(workbookLayout(english, [])));
    expect(findings).toEqual([]);
    expect(plan).toStrictEqual(english);
  });

  it('an empty previous-contributions table keeps the previous year from the metadata', () => {
    const plan = readFixture();
    plan.contributions.previous = { year: 2025, amounts: [], note: 'Ei vielä tiedossa' };
    const read = readPlan(gridFromLayout(workbookLayout(plan, [])));
    expect(read.findings).toEqual([]);
    expect(read.plan).toStrictEqual(plan);
  });
});
