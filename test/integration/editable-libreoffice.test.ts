import { Decimal } from '../../src/engine/money';
import { address, parseRange } from '../../src/layout/a1';
import { councilSeats } from '../../src/engine/seats';
import { workbookLayout } from '../support/layouts';
import type { GridSheet, SheetGrid } from '../../src/layout/sheet-grid';
import type { BudgetYear, Plan } from '../../src/model/plan';
import { cellValue as value, recalculatedWorkbook } from '../support/recalculated-workbook';
import { readFixture } from '../layout/read/read-fixture';

/**
 * The calculated cells of Kunnat and Talousarvio, recalculated by
 * LibreOffice, equal what the engine and exact decimal arithmetic give:
 * seats by the council rule, population shares, totals and the seat check,
 * the budget check, municipal share and change from the year before (looked
 * up by year whatever the row order, blank when a figure is missing).
 */

jest.setTimeout(120_000);

function edgePlan(): Plan {
  const plan = readFixture();
  plan.municipalities = [
    { id: 'a', name: 'A', population: 1000, populationDate: '2024-12-31' },
    { id: 'b', name: 'B', population: 1001, populationDate: '2024-12-31' },
    { id: 'c', name: 'C', population: 0, populationDate: '2024-12-31' },
    { id: 'd', name: 'D', population: 4118, populationDate: '2024-12-31' },
    { id: 'e', name: 'E', population: 2931, populationDate: '2024-12-31' },
  ];
  plan.council = { seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 15 };
  // Rows out of year order, a year with no previous year, missing figures, cents.
  plan.budget.years = [
    { year: 2026, kind: 'TA', total: '1853839.57', municipalFunding: '1003733.50', externalFunding: '850106.07' },
    { year: 2024, kind: 'TP', total: '2157119', municipalFunding: '1000000' },
    { year: 2025, kind: 'TA', total: '2000000.10', municipalFunding: '900000', externalFunding: '1100000.10' },
    { year: 2027, kind: 'TS' },
    { year: 2028, kind: 'TS', total: '0', municipalFunding: '0', externalFunding: '0' },
    { year: 2029, kind: 'TS', total: '100', municipalFunding: '40', externalFunding: '60' },
    { year: 2022, kind: 'TP', total: '500', municipalFunding: '200', externalFunding: '300' },
  ];
  return plan;
}

async function recalculated(plan: Plan): Promise<SheetGrid> {
  return (await recalculatedWorkbook(workbookLayout(plan, []))).grid;
}

describe.each([
  ['edge cases', edgePlan()],
  ['the fixture', readFixture()],
])('Kunnat and Talousarvio recalculated by LibreOffice: %s', (_name, plan) => {
  let grid: SheetGrid;
  beforeAll(async () => {
    grid = await recalculated(plan);
  });
  const sheet = (name: string): GridSheet => grid.sheets.find((s) => s.name === name)!;
  /** A table's header row and the sheet column of each header: cells are found through the tables, wherever they stand. */
  const tableAt = (sheetName: string, name: string) => {
    const table = sheet(sheetName).tables.find((t) => t.name === name)!;
    const from = parseRange(table.ref)!.from;
    return { headerRow: from.row, column: (header: string) => from.column + table.columns.indexOf(header), columns: table.columns };
  };

  it('seats and population shares per municipality, their totals and the seat check', () => {
    const kunnat = sheet('Kunnat');
    const total = plan.municipalities.reduce((sum, m) => sum + m.population, 0);
    // A spreadsheet keeps 15 significant digits.
    const share = (v: number | string | boolean | null) => (typeof v === 'number' ? Number(v.toPrecision(14)) : v);
    const rows = plan.municipalities.map((m, i) => [value(kunnat, `F${9 + i}`), share(value(kunnat, `E${9 + i}`))]);
    expect(rows).toEqual(plan.municipalities.map((m) => [councilSeats(m.population, plan.council), share(m.population / total)]));
    const seats = plan.municipalities.reduce((sum, m) => sum + councilSeats(m.population, plan.council), 0);
    expect([value(kunnat, 'C7'), value(kunnat, 'E7'), value(kunnat, 'F7')]).toEqual([total, 1, seats]);
    expect(value(kunnat, 'G7')).toBe(
      seats === plan.council.declaredSize ? 'Paikat yhteensä = valtuuston koko' : 'Paikkoja yhteensä eri määrä kuin valtuuston koko',
    );
  });

  it('the budget check, municipal share and change from the previous year', () => {
    const budget = sheet('Talousarvio');
    const byYear = new Map(plan.budget.years.map((y) => [y.year, y]));
    const expected = (y: BudgetYear) => {
      const d = (v: string | undefined) => (v === undefined ? null : new Decimal(v));
      const [total, municipal, external] = [d(y.total), d(y.municipalFunding), d(y.externalFunding)];
      const previous = d(byYear.get(y.year - 1)?.total);
      const change = total && previous ? total.minus(previous) : null;
      return [
        total && municipal && external ? total.minus(municipal).minus(external).toNumber() : null,
        total && municipal && !total.isZero() ? municipal.div(total).toNumber() : null,
        change ? change.toNumber() : null,
        change && !previous!.isZero() ? change.div(previous!).toNumber() : null,
      ];
    };
    // The check and the change in euros exactly (rounded to the cent); the percentages to 14 digits.
    const round = (v: number | string | boolean | null, c: number) => (typeof v === 'number' && c % 2 === 1 ? Number(v.toPrecision(14)) : v);
    const years = tableAt('Talousarvio', 'BudgetYears');
    const columns = ['Tarkistus', 'Kuntarahoitus %', 'Muutos €', 'Muutos %'].map(years.column);
    const got = plan.budget.years.map((_, i) => columns.map((c, k) => round(value(budget, address(c, years.headerRow + 1 + i)), k)));
    expect(got).toEqual(plan.budget.years.map((y) => expected(y).map(round)));
  });

  it('the budget lines total per year, and no error value anywhere on the two sheets', () => {
    const budget = sheet('Talousarvio');
    const lines = plan.budget.lines ?? [];
    const table = tableAt('Talousarvio', 'BudgetLines');
    // The totals stand in the row directly above the table's header.
    for (const header of table.columns.filter((h) => /^\d{4}$/.test(h))) {
      const year = Number(header);
      const amounts = lines.flatMap((l) => l.amounts.filter((a) => a.year === year).map((a) => a.amount));
      // A year no line gives an amount for totals blank, not 0 € (nothing to print).
      const expected = amounts.length === 0 ? null : amounts.reduce((sum, a) => sum.plus(a), new Decimal(0)).toNumber();
      expect([year, value(budget, address(table.column(header), table.headerRow - 1))]).toEqual([year, expected]);
    }
    for (const name of ['Kunnat', 'Talousarvio']) {
      expect(Object.entries(sheet(name).cells).filter(([, cell]) => cell.error !== undefined)).toEqual([]);
    }
  });
});
