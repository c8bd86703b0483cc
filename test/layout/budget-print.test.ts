import { parseRange } from '../../src/layout/a1';
import { DEFAULT_ROW_HEIGHT, MIN_ROWS_ON_A_PAGE, orphanBreak, PageFlow, pageHeights } from '../../src/layout/page-flow';
import { budgetSheet } from '../../src/layout/sheets/budget-sheet';
import type { SheetLayout } from '../../src/layout/workbook-layout';
import type { Plan } from '../../src/model/plan';
import { examplePlan, harderPlan } from '../support/plans';

/** A table's header row and last data row, and whether the export leaves it out (no rows). */
function tableRows(sheet: SheetLayout, name: string, empty: boolean): { header: number; last: number; empty: boolean } {
  const table = sheet.tables.find((t) => t.name === name);
  const range = parseRange(table!.ref)!;
  return { header: range.from.row, last: range.to.row, empty };
}

/**
 * The pages a printed Talousarvio falls into, per program, as the layout
 * estimates them: the rows that start each page, with the layout's own breaks
 * and repeated header, and an empty table's rows taking no room.
 */
function printedPages(sheet: SheetLayout, plan: Plan): number[][] {
  const tables = [tableRows(sheet, 'BudgetYears', plan.budget.years.length === 0), tableRows(sheet, 'BudgetLines', (plan.budget.lines ?? []).length === 0)];
  const last = Math.max(...tables.map((t) => t.last));
  const leftOut = (row: number) => tables.some((t) => t.empty && row >= t.header && row <= t.last);
  const height = (row: number) => (leftOut(row) ? 0 : (sheet.rows.find((r) => r.index === row)?.height ?? DEFAULT_ROW_HEIGHT));
  const title = sheet.print.printTitleRows ? height(Number(sheet.print.printTitleRows.split(':')[0])) : 0;
  const flow = new PageFlow(pageHeights(sheet.print, sheet.columns), title);
  const breaks = new Set(sheet.print.hints?.rowBreaks ?? []);
  for (let row = 1; row <= last; row += 1) {
    if (breaks.has(row - 1)) flow.breakPage();
    flow.place(height(row), row);
  }
  return flow.pageStarts;
}

/** The example with `years` budget years (plan years added after 2030) and `lines` budget lines, all with long notes. */
function planWith(years: number, lines: number): Plan {
  const plan = examplePlan();
  const note = 'Huomautus, joka vie useamman rivin, kun se rivitetään kapeaan sarakkeeseen. '.repeat(2);
  const kept = plan.budget.years.slice(0, Math.min(years, plan.budget.years.length));
  const extra = Array.from({ length: Math.max(0, years - kept.length) }, (_, i) => ({ year: 2031 + i, kind: 'TS' as const, note }));
  plan.budget.years = [...kept, ...extra].map((y) => ({ ...y, note }));
  plan.budget.lines =
    lines === 0
      ? undefined
      : Array.from({ length: lines }, (_, i) => ({ id: `l-${i + 1}`, name: `Rivi ${i + 1}`, amounts: [{ year: 2026, amount: '1000' }], note }));
  return plan;
}

describe('orphanBreak', () => {
  it.each<[string, number[][], number, number, number | null]>([
    ['a table on one page needs no break', [[1]], 5, 20, null],
    ['a last page of three rows is enough', [[1, 18]], 5, 20, null],
    ['a last page of two rows moves the break up one row', [[1, 19]], 5, 20, 18],
    ['a last page of one row moves the break up two rows', [[1, 20]], 5, 20, 18],
    ['either program\'s orphans count', [[1], [1, 20]], 5, 20, 18],
    ['no move that would leave too few on the page before', [[1, 7]], 5, 8, null],
  ])('%s', (_, starts, first, last, expected) => {
    expect(orphanBreak(starts, first, last)).toBe(expected);
  });
});

describe('Talousarvio in print', () => {
  const sizes: Array<[number, number]> = [];
  for (let lines = 0; lines <= 40; lines += 1) sizes.push([7, lines]);
  for (let years = 1; years <= 14; years += 1) sizes.push([years, 0]);

  it.each(sizes)('with %i years and %i lines, no page holds fewer than three rows of a table when a break could move', (years, lines) => {
    const plan = planWith(years, lines);
    const sheet = budgetSheet(plan);
    const tables = [tableRows(sheet, 'BudgetYears', years === 0), tableRows(sheet, 'BudgetLines', lines === 0)].filter((t) => !t.empty);
    for (const starts of printedPages(sheet, plan)) {
      for (const table of tables) {
        const first = table.header + 1;
        const pages = [first, ...starts.filter((row) => row > first && row <= table.last)];
        const lastPage = table.last - (pages.at(-1) as number) + 1;
        const before = pages.length > 1 ? (pages.at(-1) as number) - (pages.at(-2) as number) : Infinity;
        // Fewer is allowed only where the page before could not give up rows.
        if (pages.length > 1 && lastPage < MIN_ROWS_ON_A_PAGE) expect(before).toBeLessThan(2 * MIN_ROWS_ON_A_PAGE - lastPage);
      }
    }
  });

  it('prints the line "no budget lines" instead of an empty table, and no 0 € totals', () => {
    const sheet = budgetSheet(examplePlan());
    const lines = tableRows(sheet, 'BudgetLines', true);
    const totals = sheet.cells.filter((c) => Number(/\d+$/.exec(c.ref)?.[0]) === lines.header - 1);
    const shown = totals.map((c) => (c.value.kind === 'formula' ? c.value.result : c.value));
    expect(shown).toContainEqual({ kind: 'text', text: 'Talousarviorivejä ei ole.' });
    expect(shown.filter((v) => v.kind === 'number')).toEqual([]);
  });

  it('gives the lines\' totals when there are lines, in the plan\'s language', () => {
    const sheet = budgetSheet(harderPlan());
    const lines = tableRows(sheet, 'BudgetLines', false);
    const totals = sheet.cells.filter((c) => Number(/\d+$/.exec(c.ref)?.[0]) === lines.header - 1).map((c) => (c.value.kind === 'formula' ? c.value.result : c.value));
    expect(totals).toContainEqual({ kind: 'text', text: 'Lines in total' });
    expect(totals.filter((v) => v.kind === 'number').length).toBeGreaterThan(0);
  });

  it('lets an empty table take no room on the estimated pages: the example\'s years start on the first page', () => {
    const plan = examplePlan();
    const sheet = budgetSheet(plan);
    const years = tableRows(sheet, 'BudgetYears', false);
    for (const starts of printedPages(sheet, plan)) expect(starts.filter((row) => row <= years.header + 1)).toEqual([1]);
  });
});
