import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import { parseAddress, parseRange } from '../../../src/layout/a1';
import { workbookLayout } from '../../support/layouts';
import { expectedFormulaCells, overwrittenFormulas } from '../../../src/layout/read/expected-formulas';
import type { GridCell, SheetGrid } from '../../../src/layout/sheet-grid';
import { gridFromLayout, insertSheetRows, insertTableRow, setCell } from '../../support/layout-grid';
import { readFixture } from './read-fixture';

describe('expectedFormulaCells', () => {
  const layout = workbookLayout(readFixture(), []);
  const cells = expectedFormulaCells(layout);

  it('lists a calculated column cell with its table and column', () => {
    expect(cells.find((c) => c.sheet === 'Kunnat' && c.cell === 'F9')).toEqual({
      sheet: 'Kunnat',
      role: 'municipalities',
      cell: 'F9',
      formula: expect.stringContaining('ROUNDUP('),
      table: { name: 'Municipalities', column: 'Valtuustopaikat' },
    });
  });

  it('anchors a cell outside tables to the nearest table below it in its column', () => {
    expect(cells.find((c) => c.sheet === 'Kunnat' && c.cell === 'F7')).toMatchObject({
      anchor: { table: 'Municipalities', ref: 'A8:G11' },
    });
    // The lines' totals stand directly above BudgetLines, which stands below BudgetYears in the same columns.
    const budget = layout.sheets.find((s) => s.role === 'budget')!;
    const lines = budget.tables.find((t) => t.name === 'BudgetLines')!;
    expect(budget.tables.map((t) => t.name)).toEqual(['BudgetYears', 'BudgetLines']);
    const total = cells.find((c) => c.sheet === 'Talousarvio' && c.formula === 'IF(COUNT(BudgetLines[2025])=0,"",SUM(BudgetLines[2025]))')!;
    expect(total).toMatchObject({ anchor: { table: 'BudgetLines', ref: lines.ref } });
    expect(parseAddress(total.cell)!.row).toBe(parseRange(lines.ref)!.from.row - 1);
  });

  it('covers the derived sheets too', () => {
    const roles = new Set(cells.map((c) => c.role));
    for (const role of ['summary', 'municipalities', 'budget', 'contributions'] as const) expect(roles.has(role)).toBe(true);
    const summary = cells.filter((c) => c.role === 'summary');
    expect(summary.length).toBeGreaterThan(0);
    for (const c of summary) expect(c.anchor).toBeUndefined();
  });
});

describe('overwrittenFormulas', () => {
  const layout = workbookLayout(readFixture(), []);

  it('finds nothing in a fresh workbook, nor after rows are inserted into tables or above them', () => {
    let grid = gridFromLayout(layout);
    expect(overwrittenFormulas(grid, layout)).toEqual([]);
    grid = insertTableRow(grid, 'Municipalities', 0, { Tunnus: 'uusi' });
    grid = insertSheetRows(grid, 'Kunnat', 2, 2);
    // BudgetLines and its totals row, below BudgetYears, move down with it.
    grid = insertTableRow(grid, 'BudgetYears', 3, { Vuosi: 2028, Laji: 'TS' });
    expect(overwrittenFormulas(grid, layout)).toEqual([]);
  });

  it('finds a constant over a formula on a derived sheet', () => {
    const summary = expectedFormulaCells(layout).find((c) => c.role === 'summary')!;
    const grid = setCell(gridFromLayout(layout), summary.sheet, summary.cell, 42);
    expect(overwrittenFormulas(grid, layout)).toEqual([
      {
        rule: 'workbook.formula-overwritten',
        severity: 'warning',
        location: { sheet: summary.sheet, cell: summary.cell },
        message: {
          fi: `Laskettu solu ${summary.sheet}!${summary.cell} sisältää arvon 42 kaavan sijaan, joten se ei enää päivity. Palauta kaava: =${summary.formula}`,
          en: `The calculated cell ${summary.sheet}!${summary.cell} holds the value 42 instead of its formula, so it no longer updates. Restore the formula: =${summary.formula}`,
          sv: `Den beräknade cellen ${summary.sheet}!${summary.cell} innehåller värdet 42 i stället för sin formel, så den uppdateras inte längre. Återställ formeln: =${summary.formula}`,
        },
      },
    ]);
  });

  it('follows a table that moved down when checking a total above it', () => {
    const grid = setCell(insertSheetRows(gridFromLayout(layout), 'Kunnat', 1, 1), 'Kunnat', 'F8', 15);
    expect(overwrittenFormulas(grid, layout).map((f) => f.location)).toEqual([{ sheet: 'Kunnat', cell: 'F8' }]);
  });
});

describe('a year added to the budget', () => {
  it('is no formula typed over: the budget lines\' total for the new year never existed in the workbook', () => {
    // The fixture's budget lines sit above the years, with one column per year; a row for 2028 gives the plan read a year more.
    const grid = insertTableRow(gridFromLayout(workbookLayout(readFixture(), [])), 'BudgetYears', 3, { Vuosi: 2028, Laji: 'TS' });
    const reading = readWorkbookGrid(grid);
    if (!reading.ok) throw new Error('the fixture with a year more does not read');
    expect(reading.plan.budget.years.map((y) => y.year)).toContain(2028);
    expect(reading.readFindings.filter((f) => f.rule === 'workbook.formula-overwritten')).toEqual([]);
  });
});

describe('overwritten formulas on the sheets PlanSheets makes anew', () => {
  const plan = readFixture();
  const layout = workbookLayout(plan, []);
  const grid = gridFromLayout(layout);
  const summaryCell = expectedFormulaCells(layout).find((c) => c.role === 'summary')!;
  const contributionsCell = expectedFormulaCells(layout).find((c) => c.role === 'contributions' && !c.table)!;

  it.each([
    ['Yhteenveto', summaryCell],
    ['Kuntaosuudet', contributionsCell],
  ])('reports a formula typed over on %s at its cell', (_name, target) => {
    const read = readWorkbookGrid(setCell(grid, target.sheet, target.cell, 1234));
    expect(read.ok && read.readFindings).toEqual([
      expect.objectContaining({ rule: 'workbook.formula-overwritten', severity: 'warning', location: { sheet: target.sheet, cell: target.cell } }),
    ]);
  });

  it('says nothing when the plan read has another shape than the sheet (a pool more): the rebuild redraws the sheet', () => {
    // The workbook holds the derived sheets of a plan with one pool less than the one its tables now describe.
    const smaller = { ...plan, contributions: { ...plan.contributions, pools: plan.contributions.pools.slice(0, -1) } };
    const stale = gridFromLayout(workbookLayout(smaller, []));
    const current = gridFromLayout(layout);
    const mixed = {
      sheets: current.sheets.map((sheet) => (sheet.name === 'Kuntaosuudet' || sheet.name === 'Yhteenveto' ? { ...stale.sheets.find((s) => s.name === sheet.name)!, tables: sheet.tables, cells: { ...stale.sheets.find((s) => s.name === sheet.name)!.cells, ...tableCells(sheet) } } : sheet)),
    };
    const read = readWorkbookGrid(mixed);
    if (!read.ok) throw new Error('the mixed workbook reads');
    expect(read.plan.contributions.pools).toHaveLength(plan.contributions.pools.length);
    expect(read.readFindings.filter((f) => f.rule === 'workbook.formula-overwritten')).toEqual([]);
  });
});

/** The cells of a sheet's tables, so a test can put current tables on a stale sheet. */
function tableCells(sheet: SheetGrid['sheets'][number]): Record<string, GridCell> {
  const cells: Record<string, GridCell> = {};
  for (const table of sheet.tables) {
    const range = parseRange(table.ref)!;
    for (const [ref, cell] of Object.entries(sheet.cells)) {
      const at = parseAddress(ref)!;
      if (at.column >= range.from.column && at.column <= range.to.column && at.row >= range.from.row && at.row <= range.to.row) cells[ref] = cell;
    }
  }
  return cells;
}
