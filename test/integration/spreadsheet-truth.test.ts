import { municipalContributions } from '../../src/engine/contributions';
import { budgetFigures, type BudgetYearFigures } from '../../src/engine/figures';
import { planProgress, type MetricStatus } from '../../src/engine/progress';
import { Decimal, HUNDRED, percentChange, sum, ZERO } from '../../src/engine/money';
import { allocatePool } from '../../src/engine/pool-shares';
import { councilSeatsByMunicipality } from '../../src/engine/seats';
import { validatePlan } from '../../src/engine/validate';
import { address, parseAddress, parseRange } from '../../src/layout/a1';
import { contributionsOf, workbookLayout } from '../support/layouts';
import { layoutMessages, type LayoutMessageKey } from '../../src/layout/layout.messages';
import { expectedFormulaCells } from '../../src/layout/read/expected-formulas';
import type { SheetGrid } from '../../src/layout/sheet-grid';
import { budgetLineYears } from '../../src/layout/sheets/budget-sheet';
import { PARAM, ROW } from '../../src/layout/sheets/pool-allocation-block';
import { header } from '../../src/layout/sheets/sheet-common';
import { metricStatusLabel } from '../../src/layout/sheets/metrics-sheet';
import { PROGRESS_COLUMNS, SUMMARY_YEAR_COLUMNS, SUMMARY_YEARS_HEADER_ROW } from '../../src/layout/sheets/summary-sheet';
import {
  BUDGET_LINES_TABLE,
  BUDGET_YEARS_TABLE,
  ENUM_LABELS,
  GOALS_TABLE,
  METRIC_VALUES_TABLE,
  MUNICIPALITIES_TABLE,
  type TableSpec,
} from '../../src/layout/schema/tables';
import type { SheetLayout, SheetRole, WorkbookLayout } from '../../src/layout/workbook-layout';
import type { Finding } from '../../src/model/finding';
import { localise } from '../../src/model/messages/catalogue';
import { examplePlan, harderPlan, swedishPlan, TIE_POOL } from '../support/plans';
import { cellValue, formulaResults, gridSheet, recalculatedWorkbook, type FormulaResult, type RecalculatedWorkbook } from '../support/recalculated-workbook';

/**
 * The proof that the workbook's formulas are the engine: the example, a
 * harder English plan and the Swedish example are built, written and fully recalculated once each by
 * headless LibreOffice, and then
 * - every formula cell of the workbook has a computed value and none is an
 *   error value, and
 * - every figure the engine computes (pool shares with each step of the
 *   largest-remainder method, totals, previous year and change, the checks,
 *   council seats, population shares, budget figures, the summary's key
 *   figures, and the progress of actions per goal, team and plan with each
 *   metric value's status) equals the cell that shows it: money to the cent with no
 *   tolerance, counts and texts exactly, unrounded ratios to 1e-12.
 * Cells are found through the layout (contributionsLayout, the tables, the
 * labels beside them), never by fixed addresses.
 */

jest.setTimeout(120_000);

type Shown = number | string | boolean | null;

/** Money is compared to the cent; unrounded ratios and amounts within this, relative to the larger of 1 and the value. */
const UNROUNDED_TOLERANCE = new Decimal('1e-12');
const ERROR_VALUE = /^(#(NAME\?|DIV\/0!|VALUE!|REF!|N\/A|NUM!|NULL!)|Err:\d+)$/;

/**
 * Compares cells of the recalculated workbook with engine values, counts the
 * distinct formula cells compared and keeps the largest differences seen
 * before rounding.
 */
class EngineComparison {
  readonly checked = new Set<string>();
  largestMoneyDifference = { value: ZERO, at: '' };
  largestUnroundedDifference = { value: ZERO, at: '' };
  private problems: string[] = [];

  constructor(private readonly grid: SheetGrid) {}

  /** The mismatches found since the last call. */
  take(): string[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }

  /** Money: the cell rounded to the cent is the engine's amount; null means a blank cell. */
  money(sheet: string, ref: string, expected: Decimal | null, what: string): void {
    const got = this.formulaValue(sheet, ref, what);
    if (got === undefined) return;
    if (expected === null || typeof got !== 'number') {
      if (got !== expected) this.problems.push(`${sheet}!${ref} ${what}: ${String(got)} ≠ ${expected === null ? 'blank' : expected.toFixed()}`);
      return;
    }
    const value = new Decimal(got);
    const difference = value.minus(expected).abs();
    if (difference.gt(this.largestMoneyDifference.value)) this.largestMoneyDifference = { value: difference, at: `${sheet}!${ref}` };
    if (!value.toDecimalPlaces(2).eq(expected.toDecimalPlaces(2))) this.problems.push(`${sheet}!${ref} ${what}: ${got} ≠ ${expected.toFixed()}`);
  }

  /** An unrounded ratio or amount, within UNROUNDED_TOLERANCE. */
  unrounded(sheet: string, ref: string, expected: Decimal | null, what: string): void {
    const got = this.formulaValue(sheet, ref, what);
    if (got === undefined) return;
    if (expected === null || typeof got !== 'number') {
      if (got !== expected) this.problems.push(`${sheet}!${ref} ${what}: ${String(got)} ≠ ${expected === null ? 'blank' : expected.toFixed()}`);
      return;
    }
    const difference = new Decimal(got).minus(expected).abs();
    if (difference.gt(this.largestUnroundedDifference.value)) this.largestUnroundedDifference = { value: difference, at: `${sheet}!${ref}` };
    if (difference.gt(UNROUNDED_TOLERANCE.times(Decimal.max(1, expected.abs())))) {
      this.problems.push(`${sheet}!${ref} ${what}: ${got} ≠ ${expected.toFixed()}`);
    }
  }

  /** A count, rank, year or text, exactly. */
  exact(sheet: string, ref: string, expected: number | string | null, what: string): void {
    const got = this.formulaValue(sheet, ref, what);
    if (got !== undefined && got !== expected) this.problems.push(`${sheet}!${ref} ${what}: ${String(got)} ≠ ${String(expected)}`);
  }

  /** The cell's value, or undefined (with a problem) when it is no formula: only formulas are under test. */
  private formulaValue(sheet: string, ref: string, what: string): Shown | undefined {
    const grid = gridSheet(this.grid, sheet);
    if (grid.cells[ref]?.formula === undefined) {
      this.problems.push(`${sheet}!${ref} ${what}: not a formula cell`);
      return undefined;
    }
    this.checked.add(`${sheet}!${ref}`);
    return cellValue(grid, ref);
  }
}

// Finding cells through the layout.

function sheetOf(layout: WorkbookLayout, role: SheetRole): SheetLayout {
  const sheet = layout.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`the layout has no ${role} sheet`);
  return sheet;
}

/** The one text cell of the sheet that says exactly `label`. */
function labelCell(sheet: SheetLayout, label: string): { column: number; row: number } {
  const found = sheet.cells.filter((c) => c.value.kind === 'text' && c.value.text === label);
  if (found.length !== 1) throw new Error(`${found.length} cells on ${sheet.name} say "${label}"`);
  return parseAddress(found[0]!.ref)!;
}

/** The first formula cell right of a label: where a labelled key figure is shown. */
function figureBeside(sheet: SheetLayout, label: string): string {
  const at = labelCell(sheet, label);
  const cells = sheet.cells
    .filter((c) => c.value.kind === 'formula')
    .map((c) => parseAddress(c.ref)!)
    .filter((p) => p.row === at.row && p.column > at.column)
    .sort((a, b) => a.column - b.column);
  if (cells.length === 0) throw new Error(`no formula beside "${label}" on ${sheet.name}`);
  return address(cells[0]!.column, at.row);
}

/** The column whose cell on `row` says `label`. */
function columnHeaded(sheet: SheetLayout, row: number, label: string): number {
  const found = sheet.cells.filter((c) => c.value.kind === 'text' && c.value.text === label && parseAddress(c.ref)!.row === row);
  if (found.length !== 1) throw new Error(`${found.length} cells on row ${row} of ${sheet.name} say "${label}"`);
  return parseAddress(found[0]!.ref)!.column;
}

/** A table of the layout: its header row, first data row and the column of each header. */
function tableOf(sheet: SheetLayout, name: string): { headerRow: number; column: (header: string) => number; dataRef: (header: string, index: number) => string } {
  const table = sheet.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} on ${sheet.name}`);
  const range = parseRange(table.ref)!;
  const column = (headerText: string): number => {
    const i = table.columns.findIndex((c) => c.name === headerText);
    if (i < 0) throw new Error(`table ${name} has no column ${headerText}`);
    return range.from.column + i;
  };
  return { headerRow: range.from.row, column, dataRef: (headerText, index) => address(column(headerText), range.from.row + 1 + index) };
}

/** "'Kuntaosuudet'!$I$19" → "I19". */
function localRef(ref: string): string {
  return ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');
}

const fraction = (percent: Decimal | null | undefined): Decimal | null => (percent === null || percent === undefined ? null : percent.div(HUNDRED));

interface Summary {
  name: string;
  checked: number;
  formulas: number;
  emptyText: number;
  largestMoneyDifference: { value: Decimal; at: string };
  largestUnroundedDifference: { value: Decimal; at: string };
  libreOfficeMs: number;
}
const summaries: Summary[] = [];

afterAll(() => {
  const largest = ({ value, at }: { value: Decimal; at: string }) => `${value.toExponential(2)}${at ? ` (${at})` : ''}`;
  for (const s of summaries) {
    process.stdout.write(
      `spreadsheet truth, ${s.name}: ${s.checked} formula cells checked against the engine of ${s.formulas} in the workbook` +
        ` (${s.emptyText} computed as empty text); largest difference before rounding: money ${largest(s.largestMoneyDifference)},` +
        ` unrounded values ${largest(s.largestUnroundedDifference)}; LibreOffice ${s.libreOfficeMs} ms\n`,
    );
  }
});

describe('the harder plan', () => {
  it('has the ties it is meant to have: remainders equal in fact, one decided by weight and one by order', () => {
    const plan = harderPlan();
    const allocation = allocatePool(plan.contributions.pools.find((p) => p.id === TIE_POOL)!, plan.municipalities);
    if (allocation.kind !== 'ok') throw new Error('the tie pool cannot be shared out');
    const leftover = new Decimal(plan.contributions.pools.find((p) => p.id === TIE_POOL)!.amount)
      .minus(sum(allocation.detail.map((d) => d.floor)))
      .div(allocation.unit)
      .toNumber();
    const decided = { byWeight: false, byOrder: false };
    for (const a of allocation.detail) {
      for (const b of allocation.detail) {
        if (a === b || !a.remainder.eq(b.remainder) || a.remainder.isZero()) continue;
        if (a.rank! <= leftover === b.rank! <= leftover) continue;
        if (a.weight!.eq(b.weight!)) decided.byOrder = true;
        else decided.byWeight = true;
      }
    }
    expect(decided).toEqual({ byWeight: true, byOrder: true });
  });
});

describe.each([
  ['the example (fi)', examplePlan],
  ['the harder plan (en)', harderPlan],
  ['the Swedish example (sv)', swedishPlan],
])('%s, recalculated by LibreOffice, equals the engine', (name, makePlan) => {
  const plan = makePlan();
  const language = plan.language;
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string => localise(layoutMessages, key, params)[language];
  const findings: Finding[] = validatePlan(plan);
  const layout = workbookLayout(plan, findings);
  const contributions = municipalContributions(plan);
  const figures = budgetFigures(plan);
  const budgetYear = figures.find((f) => f.year === plan.budgetYear);
  const municipalFunding = budgetYear?.municipal ?? null;

  let workbook: RecalculatedWorkbook;
  let results: FormulaResult[];
  let check: EngineComparison;
  beforeAll(async () => {
    workbook = await recalculatedWorkbook(layout);
    results = await formulaResults(workbook.file);
    check = new EngineComparison(workbook.grid);
  }, 120_000);
  afterAll(() => {
    if (!check) return;
    summaries.push({
      name,
      checked: check.checked.size,
      formulas: results.length,
      emptyText: results.filter((r) => r.kind === 'text' && r.value === '').length,
      largestMoneyDifference: check.largestMoneyDifference,
      largestUnroundedDifference: check.largestUnroundedDifference,
      libreOfficeMs: workbook.elapsedMs,
    });
  });

  it('computes every formula cell the layout writes, with no error value anywhere', () => {
    const key = (c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}`;
    expect(results.map(key).sort()).toEqual(expectedFormulaCells(layout).map(key).sort());
    expect(results.filter((r) => r.kind === 'none')).toEqual([]);
    expect(results.filter((r) => r.kind === 'error' || (r.kind === 'text' && ERROR_VALUE.test(r.value)))).toEqual([]);
    const gridErrors = workbook.grid.sheets.flatMap((s) =>
      Object.entries(s.cells)
        .filter(([, c]) => c.error !== undefined || (typeof c.value === 'string' && ERROR_VALUE.test(c.value)))
        .map(([ref, c]) => `${s.name}!${ref} ${c.error ?? String(c.value)}`),
    );
    expect(gridErrors).toEqual([]);
  });

  describe('Kuntaosuudet', () => {
    const layoutC = contributionsOf(plan, language);
    const sheet = layoutC.sheet;
    const ok = m('contributions.status.ok');

    it('is read through the sheet the workbook holds, and every pool can be shared out, so each has a column', () => {
      expect(sheetOf(layout, 'contributions')).toEqual(sheet);
      expect(contributions.skippedPools).toEqual([]);
    });

    it('shares every pool as the engine does, step by step in its block, and shows the shares in the matrix', () => {
      plan.contributions.pools.forEach((pool, p) => {
        const allocation = allocatePool(pool, plan.municipalities);
        if (allocation.kind !== 'ok') throw new Error(`${pool.id} cannot be shared out`);
        const block = layoutC.blocks[p]!;
        expect(block.pool).toBe(pool.id);
        const unit = allocation.unit;
        const amount = new Decimal(pool.amount);
        const detail = new Map(allocation.detail.map((d) => [d.municipality, d]));
        const param = (k: keyof typeof PARAM): string => address(PARAM[k], block.parameterRow);
        check.money(sheet.name, param('amount'), contributions.pools[p]!.total, `${pool.id} amount`);
        check.exact(sheet.name, param('units'), amount.div(unit).toNumber(), `${pool.id} units`);
        check.exact(sheet.name, param('participants'), detail.size, `${pool.id} participants`);
        const leftover = amount.minus(sum(allocation.detail.map((d) => d.floor))).div(unit);
        check.exact(sheet.name, param('leftover'), leftover.toNumber(), `${pool.id} leftover units`);
        check.exact(sheet.name, param('code'), 0, `${pool.id} status code`);
        check.exact(sheet.name, block.statusTextCell, ok, `${pool.id} status`);
        plan.municipalities.forEach((municipality, i) => {
          const at = (k: keyof typeof ROW): string => address(ROW[k], block.firstMunicipalityRow + i);
          const what = (step: string) => `${pool.id}/${municipality.id} ${step}`;
          const d = detail.get(municipality.id);
          check.exact(sheet.name, at('participates'), d ? 1 : 0, what('participates'));
          // A fixed key's weight is the municipality's amount.
          check.unrounded(sheet.name, at('weight'), d ? (d.weight ?? d.share) : ZERO, what('weight'));
          check.unrounded(sheet.name, at('quota'), d?.quota ?? null, what('quota'));
          check.exact(sheet.name, at('floor'), d ? d.floor.div(unit).toNumber() : null, what('floor in units'));
          check.unrounded(sheet.name, at('remainder'), d ? d.remainder.div(unit) : null, what('remainder in units'));
          check.exact(sheet.name, at('rank'), d?.rank ?? null, what('rank'));
          check.exact(sheet.name, at('extra'), d && d.share.gt(d.floor) ? 1 : 0, what('extra unit'));
          check.money(sheet.name, block.shareCell(i), d?.share ?? null, what('share'));
        });
      });
      for (const share of layoutC.shares) {
        const pool = plan.contributions.pools.find((p) => p.id === share.pool)!;
        const allocation = allocatePool(pool, plan.municipalities);
        const engine = allocation.kind === 'ok' ? (allocation.shares.get(share.municipality) ?? null) : null;
        check.money(sheet.name, share.blockShare, engine, `${share.pool}/${share.municipality} block share`);
        check.money(sheet.name, share.matrixShare, engine, `${share.pool}/${share.municipality} matrix share`);
      }
      expect(check.take()).toEqual([]);
    });

    it('totals each municipality, each pool and the whole, with the previous year and the change', () => {
      const headerRow = layoutC.matrixRows[0]!.row - 1;
      const previousColumn = columnHeaded(sheet, headerRow, m('contributions.column.previous'));
      const changeColumn = columnHeaded(sheet, headerRow, m('contributions.column.change'));
      const percentColumn = columnHeaded(sheet, headerRow, m('contributions.column.changePercent'));
      layoutC.matrixRows.forEach((row, i) => {
        const engine = contributions.rows[i]!;
        expect(engine.id).toBe(row.municipality);
        check.money(sheet.name, localRef(row.total), engine.total, `${row.municipality} total`);
        check.money(sheet.name, address(previousColumn, row.row), engine.previousAmount, `${row.municipality} previous year`);
        check.money(sheet.name, address(changeColumn, row.row), engine.change, `${row.municipality} change €`);
        check.unrounded(sheet.name, address(percentColumn, row.row), fraction(engine.changePercent), `${row.municipality} change %`);
      });

      const grandTotal = localRef(layoutC.grandTotal);
      const totalRow = parseAddress(grandTotal)!.row;
      check.money(sheet.name, grandTotal, contributions.total, 'grand total');
      const amountRow = labelCell(sheet, m('contributions.row.poolAmount')).row;
      const statusRow = labelCell(sheet, m('contributions.row.poolStatus')).row;
      contributions.pools.forEach((pool) => {
        const column = parseAddress(layoutC.shares.find((s) => s.pool === pool.id)!.matrixShare)!.column;
        check.money(sheet.name, address(column, totalRow), pool.total, `${pool.id} column total`);
        check.money(sheet.name, address(column, amountRow), pool.total, `${pool.id} amount in the matrix`);
        check.exact(sheet.name, address(column, statusRow), m('contributions.status.ok'), `${pool.id} status in the matrix`);
      });
      const previousTotal = contributions.previousTotal;
      const change = previousTotal === null ? null : contributions.total.minus(previousTotal);
      check.money(sheet.name, address(previousColumn, totalRow), previousTotal, 'previous year in total');
      check.money(sheet.name, address(changeColumn, totalRow), change, 'change € in total');
      check.unrounded(
        sheet.name,
        address(percentColumn, totalRow),
        previousTotal === null ? null : fraction(percentChange(contributions.total, previousTotal)),
        'change % in total',
      );
      expect(check.take()).toEqual([]);
    });

    it('checks the grand total against the budget year\'s municipal funding', () => {
      const difference = municipalFunding === null ? null : contributions.total.minus(municipalFunding);
      check.exact(sheet.name, figureBeside(sheet, m('contributions.previousYear')), contributions.previousYear, 'previous year');
      check.money(sheet.name, figureBeside(sheet, m('contributions.funding', { year: plan.budgetYear })), municipalFunding, 'municipal funding');
      check.money(sheet.name, figureBeside(sheet, m('contributions.difference')), difference, 'contributions minus funding');
      const verdict =
        difference === null
          ? m('contributions.check.fundingMissing', { year: plan.budgetYear })
          : difference.isZero()
            ? ok
            : m('contributions.check.mismatch');
      check.exact(sheet.name, figureBeside(sheet, m('contributions.check')), verdict, 'check');
      expect(difference?.isZero()).toBe(true);
      expect(check.take()).toEqual([]);
    });
  });

  it('Kunnat: seats and population shares per municipality, their totals and the seat check', () => {
    const sheet = sheetOf(layout, 'municipalities');
    const seats = councilSeatsByMunicipality(plan);
    const table = tableOf(sheet, MUNICIPALITIES_TABLE.name);
    const h = (k: string) => header(MUNICIPALITIES_TABLE, k, language);
    const population = sum(plan.municipalities.map((mu) => new Decimal(mu.population)));
    plan.municipalities.forEach((municipality, i) => {
      expect(gridSheet(workbook.grid, sheet.name).cells[table.dataRef(h('id'), i)]?.value).toBe(municipality.id);
      check.unrounded(sheet.name, table.dataRef(h('populationShare'), i), new Decimal(municipality.population).div(population), `${municipality.id} population share`);
      check.exact(sheet.name, table.dataRef(h('seats'), i), seats.municipalities[i]!.seats, `${municipality.id} seats`);
    });
    const totalRow = labelCell(sheet, m('municipalities.total')).row;
    check.exact(sheet.name, address(table.column(h('population')), totalRow), population.toNumber(), 'population in total');
    check.unrounded(sheet.name, address(table.column(h('populationShare')), totalRow), new Decimal(1), 'population shares in total');
    check.exact(sheet.name, address(table.column(h('seats')), totalRow), seats.total, 'seats in total');
    const verdict = seats.total === plan.council.declaredSize ? 'municipalities.seatsCheck.ok' : 'municipalities.seatsCheck.mismatch';
    check.exact(sheet.name, address(table.column(h('note')), totalRow), m(verdict), 'seat check');
    expect(check.take()).toEqual([]);
  });

  it('Talousarvio: the funding check, municipal share and change per year, and the budget lines per year', () => {
    const sheet = sheetOf(layout, 'budget');
    const years = tableOf(sheet, BUDGET_YEARS_TABLE.name);
    const h = (spec: TableSpec, k: string) => header(spec, k, language);
    figures.forEach((f: BudgetYearFigures, i) => {
      const ref = (k: string) => years.dataRef(h(BUDGET_YEARS_TABLE, k), i);
      const balance = f.total && f.municipal && f.external ? f.total.minus(f.municipal).minus(f.external) : null;
      check.money(sheet.name, ref('balance'), balance, `${f.year} total − municipal − external`);
      check.unrounded(sheet.name, ref('municipalShare'), fraction(f.municipalShare), `${f.year} municipal share`);
      check.money(sheet.name, ref('totalChange'), f.change?.total.amount ?? null, `${f.year} change €`);
      check.unrounded(sheet.name, ref('totalChangePercent'), fraction(f.change?.total.percent), `${f.year} change %`);
    });

    const lines = tableOf(sheet, BUDGET_LINES_TABLE.name);
    const lineYears = budgetLineYears(plan);
    // The totals stand right above BudgetLines' header; with no lines they say so, and a year no line has an amount for is blank.
    const totalRow = lines.headerRow - 1;
    const planLines = plan.budget.lines ?? [];
    check.exact(sheet.name, address(lines.column(h(BUDGET_LINES_TABLE, 'name')), totalRow), m(planLines.length === 0 ? 'budget.linesNone' : 'budget.linesTotal'), 'budget lines label');
    for (const year of lineYears) {
      const amounts = planLines.flatMap((l) => l.amounts.filter((a) => a.year === year).slice(0, 1).map((a) => new Decimal(a.amount)));
      check.money(sheet.name, address(lines.column(String(year)), totalRow), amounts.length === 0 ? null : sum(amounts), `budget lines ${year}`);
    }
    expect(check.take()).toEqual([]);
  });

  it('Yhteenveto: key figures by year, council seats, contributions and findings', () => {
    const sheet = sheetOf(layout, 'summary');
    const C = SUMMARY_YEAR_COLUMNS;
    figures.forEach((f, i) => {
      const at = (k: keyof typeof C) => address(C[k], SUMMARY_YEARS_HEADER_ROW + 1 + i);
      check.exact(sheet.name, at('year'), f.year, `${f.year} year`);
      check.exact(sheet.name, at('kind'), ENUM_LABELS.budgetYearKind[f.kind][language], `${f.year} kind`);
      check.money(sheet.name, at('total'), f.total, `${f.year} total`);
      check.money(sheet.name, at('municipalFunding'), f.municipal, `${f.year} municipal funding`);
      check.money(sheet.name, at('externalFunding'), f.external, `${f.year} external funding`);
      check.unrounded(sheet.name, at('municipalShare'), fraction(f.municipalShare), `${f.year} municipal share`);
      check.money(sheet.name, at('totalChange'), f.change?.total.amount ?? null, `${f.year} change €`);
      check.unrounded(sheet.name, at('totalChangePercent'), fraction(f.change?.total.percent), `${f.year} change %`);
      check.unrounded(sheet.name, at('municipalChangePercent'), fraction(f.change?.municipalFunding.percent), `${f.year} municipal change %`);
      check.unrounded(sheet.name, at('externalChangePercent'), fraction(f.change?.externalFunding.percent), `${f.year} external change %`);
    });

    const seats = councilSeatsByMunicipality(plan);
    check.exact(sheet.name, figureBeside(sheet, m('summary.councilSeats')), seats.total, 'council seats');
    check.exact(sheet.name, figureBeside(sheet, m('summary.councilDeclared')), plan.council.declaredSize, 'declared council size');
    const verdict = seats.total === plan.council.declaredSize ? m('summary.check.ok') : m('summary.councilMismatch');
    check.exact(sheet.name, figureBeside(sheet, m('summary.check')), verdict, 'seat check');
    check.money(sheet.name, figureBeside(sheet, m('summary.contributionsTotal', { year: plan.budgetYear })), contributions.total, 'contributions in total');
    check.money(
      sheet.name,
      figureBeside(sheet, m('summary.contributionsDifference')),
      municipalFunding === null ? null : contributions.total.minus(municipalFunding),
      'contributions minus funding',
    );
    const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
    check.exact(sheet.name, figureBeside(sheet, m('summary.findingsErrors')), count('error'), 'errors');
    check.exact(sheet.name, figureBeside(sheet, m('summary.findingsWarnings')), count('warning'), 'warnings');
    check.exact(sheet.name, figureBeside(sheet, m('summary.findingsInfo')), count('info'), 'for information');
    expect(check.take()).toEqual([]);
  });

  describe('toimenpiteiden toteutumisaste and the metrics\' status (engine/progress.ts)', () => {
    const progress = planProgress(plan);

    it('Tavoitteet: each goal\'s actions done, followed and their share', () => {
      const sheet = sheetOf(layout, 'goals');
      const goals = tableOf(sheet, GOALS_TABLE.name);
      const h = (k: string) => header(GOALS_TABLE, k, language);
      progress.goals.forEach((goal, i) => {
        expect(gridSheet(workbook.grid, sheet.name).cells[goals.dataRef(h('id'), i)]?.value).toBe(goal.id);
        check.exact(sheet.name, goals.dataRef(h('actionsDone'), i), goal.done, `${goal.id} done`);
        check.exact(sheet.name, goals.dataRef(h('actionsCounted'), i), goal.counted, `${goal.id} followed`);
        check.unrounded(sheet.name, goals.dataRef(h('progress'), i), goal.share, `${goal.id} progress`);
      });
      expect(check.take()).toEqual([]);
    });

    it('Yhteenveto: per team and for the whole plan', () => {
      const sheet = sheetOf(layout, 'summary');
      const headerRow = labelCell(sheet, m('summary.progress.column.section')).row;
      const P = PROGRESS_COLUMNS;
      progress.sections.forEach((section, i) => {
        const row = headerRow + 1 + i;
        check.exact(sheet.name, address(P.section, row), section.title, `${section.id} title`);
        check.exact(sheet.name, address(P.done, row), section.done, `${section.id} done`);
        check.exact(sheet.name, address(P.counted, row), section.counted, `${section.id} followed`);
        check.unrounded(sheet.name, address(P.progress, row), section.share, `${section.id} progress`);
      });
      const totalRow = labelCell(sheet, m('summary.progress.total')).row;
      check.exact(sheet.name, address(P.done, totalRow), progress.plan.done, 'plan done');
      check.exact(sheet.name, address(P.counted, totalRow), progress.plan.counted, 'plan followed');
      check.unrounded(sheet.name, address(P.progress, totalRow), progress.plan.share, 'plan progress');
      const statuses = progress.metrics.map((v) => v.status);
      const count = (status: MetricStatus) => statuses.filter((s) => s === status).length;
      check.exact(sheet.name, figureBeside(sheet, m('summary.metricsReached')), count('reached'), 'metric values reached');
      check.exact(sheet.name, figureBeside(sheet, m('summary.metricsNotReached')), count('notReached'), 'metric values not reached');
      check.exact(sheet.name, figureBeside(sheet, m('summary.metricsNoData')), count('noData'), 'metric values without data');
      expect(check.take()).toEqual([]);
    });

    it('Mittarit: every year value\'s status', () => {
      const sheet = sheetOf(layout, 'metrics');
      const values = tableOf(sheet, METRIC_VALUES_TABLE.name);
      const h = (k: string) => header(METRIC_VALUES_TABLE, k, language);
      progress.metrics.forEach((value, i) => {
        expect(gridSheet(workbook.grid, sheet.name).cells[values.dataRef(h('metric'), i)]?.value).toBe(value.metric);
        check.exact(sheet.name, values.dataRef(h('status'), i), metricStatusLabel(value.status, language), `${value.metric} ${value.year} status`);
      });
      expect(check.take()).toEqual([]);
    });

    it('has the cases it is meant to prove', () => {
      if (name.startsWith('the example')) {
        // The seed reports no statuses and no metric values: no progress anywhere, computed as blank.
        expect(progress.plan.share).toBeNull();
        expect(progress.metrics).toEqual([]);
        return;
      }
      if (name.startsWith('the Swedish example')) {
        // Fictional: two actions followed (planned, in progress), none done: 0 %, not blank; targets without actuals: no data.
        expect(progress.plan.share?.toNumber()).toBe(0);
        expect(progress.metrics.length).toBeGreaterThan(0);
        expect(new Set(progress.metrics.map((v) => v.status))).toEqual(new Set(['noData']));
        return;
      }
      const shares = progress.goals.map((g) => g.share);
      expect(shares.some((s) => s === null)).toBe(true);
      expect(shares.some((s) => s !== null && s.gt(0) && s.lt(1) && !s.times(1000).isInteger())).toBe(true);
      expect(new Set(progress.metrics.map((v) => v.status))).toEqual(new Set(['reached', 'notReached', 'noData']));
    });
  });
});
