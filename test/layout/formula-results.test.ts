import { municipalContributions } from '../../src/engine/contributions';
import { budgetFigures } from '../../src/engine/figures';
import { Decimal } from '../../src/engine/money';
import { allocatePool } from '../../src/engine/pool-shares';
import { councilSeatsByMunicipality } from '../../src/engine/seats';
import { validatePlan } from '../../src/engine/validate';
import { address, parseAddress } from '../../src/layout/a1';
import { contributionsOf, workbookLayout } from '../support/layouts';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { PARAM, ROW } from '../../src/layout/sheets/pool-allocation-block';
import { header } from '../../src/layout/sheets/sheet-common';
import { BUDGET_YEARS_TABLE, MUNICIPALITIES_TABLE } from '../../src/layout/schema/tables';
import type { FormulaResult, SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';
import type { Plan } from '../../src/model/plan';
import { examplePlan, harderPlan, problemPlan } from '../support/plans';

/**
 * Every formula of the layout carries the result the engine computes for
 * it (the cached value the writers store); spot checks against the engine.
 * The comparison of every result with LibreOffice is
 * test/integration/cached-values.test.ts.
 */

function layoutOf(plan: Plan): WorkbookLayout {
  return workbookLayout(plan, validatePlan(plan));
}

function resultAt(sheet: SheetLayout, ref: string): FormulaResult {
  const cell = sheet.cells.find((c) => c.ref === ref.replace(/\$/g, '').slice(ref.lastIndexOf('!') + 1));
  if (cell?.value.kind !== 'formula') throw new Error(`${sheet.name}!${ref} is no formula cell`);
  return cell.value.result;
}

const numberOf = (result: FormulaResult): Decimal => {
  if (result.kind !== 'number') throw new Error(`not a number: ${JSON.stringify(result)}`);
  return new Decimal(result.value);
};

function tableColumn(sheet: SheetLayout, name: string, headerText: string): { column: number; firstRow: number } {
  const t = sheet.tables.find((x) => x.name === name)!;
  const from = parseAddress(t.ref.split(':')[0]!)!;
  return { column: from.column + t.columns.findIndex((c) => c.name === headerText), firstRow: from.row + 1 };
}

describe.each([
  ['the example', examplePlan],
  ['the harder plan', harderPlan],
  ['the problem plan', problemPlan],
])('%s', (_, makePlan) => {
  const plan = makePlan();
  const layout = layoutOf(plan);
  const formulaCells = layout.sheets.flatMap((s) => s.cells.filter((c) => c.value.kind === 'formula').map((c) => ({ sheet: s.name, cell: c })));

  it('gives every formula cell a result, none of them an error, numbers as decimal strings', () => {
    expect(formulaCells.length).toBeGreaterThan(600);
    for (const { cell } of formulaCells) {
      if (cell.value.kind !== 'formula') continue;
      expect(['number', 'text']).toContain(cell.value.result.kind);
      if (cell.value.result.kind === 'number') expect(cell.value.result.value).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('reads back from the layout as a freshly written workbook: formula cells with their results', () => {
    const grid = gridFromLayout(layout);
    for (const { sheet, cell } of formulaCells) {
      if (cell.value.kind !== 'formula') continue;
      const read = grid.sheets.find((s) => s.name === sheet)!.cells[cell.ref]!;
      expect(read.formula).toBe(cell.value.formula);
      const result = cell.value.result;
      expect(read.value).toBe(result.kind === 'number' ? Number(result.value) : result.kind === 'text' ? result.text : null);
    }
  });

  it('shows each municipality total and the grand total as municipalContributions does, over the pools the workbook shares out', () => {
    const contributions = contributionsOf(plan);
    const engine = municipalContributions(plan);
    const sharedOut = contributions.blocks.map((block) => resultAt(contributions.sheet, address(PARAM.code, block.parameterRow)).kind === 'number' && numberOf(resultAt(contributions.sheet, address(PARAM.code, block.parameterRow))).isZero());
    // The engine shares out a pool with weights of more than six decimals, which the workbook reports instead (the problem plan's 'decimals').
    const left = engine.pools.map((pool) => contributions.blocks.findIndex((b) => b.pool === pool.id)).map((p) => sharedOut[p] === true);
    for (const row of contributions.matrixRows) {
      const expected = engine.rows.find((m) => m.id === row.municipality)!;
      const total = expected.amounts.reduce<Decimal>((sum, amount, p) => (left[p] && amount !== null ? sum.plus(amount) : sum), new Decimal(0));
      expect(numberOf(resultAt(contributions.sheet, row.total)).eq(total)).toBe(true);
      engine.pools.forEach((pool, p) => {
        const shown = resultAt(contributions.sheet, contributions.shares.find((s) => s.pool === pool.id && s.municipality === row.municipality)!.matrixShare);
        const amount = expected.amounts[p] ?? null;
        if (!left[p] || amount === null) expect(shown).toEqual({ kind: 'text', text: '' });
        else expect(numberOf(shown).eq(amount)).toBe(true);
      });
    }
    if (engine.skippedPools.length === 0 && left.every(Boolean)) expect(numberOf(contributions.results.total).eq(engine.total)).toBe(true);
  });

  it('shows the seats and population shares of Kunnat as the engine computes them', () => {
    const sheet = layout.sheets.find((s) => s.role === 'municipalities')!;
    const seats = tableColumn(sheet, MUNICIPALITIES_TABLE.name, header(MUNICIPALITIES_TABLE, 'seats', plan.language));
    const share = tableColumn(sheet, MUNICIPALITIES_TABLE.name, header(MUNICIPALITIES_TABLE, 'populationShare', plan.language));
    const engine = councilSeatsByMunicipality(plan);
    const population = plan.municipalities.reduce((sum, m) => sum + m.population, 0);
    engine.municipalities.forEach((m, i) => {
      expect(resultAt(sheet, address(seats.column, seats.firstRow + i))).toEqual({ kind: 'number', value: String(m.seats) });
      expect(numberOf(resultAt(sheet, address(share.column, share.firstRow + i))).minus(new Decimal(m.population).div(population)).abs().lt('1e-19')).toBe(true);
    });
    expect(resultAt(sheet, address(seats.column, seats.firstRow - 2))).toEqual({ kind: 'number', value: String(engine.total) });
  });

  it('shows the municipal share of each budget year as budgetFigures does', () => {
    const sheet = layout.sheets.find((s) => s.role === 'budget')!;
    const share = tableColumn(sheet, BUDGET_YEARS_TABLE.name, header(BUDGET_YEARS_TABLE, 'municipalShare', plan.language));
    budgetFigures(plan).forEach((figures, i) => {
      const shown = resultAt(sheet, address(share.column, share.firstRow + i));
      if (figures.municipalShare === null) expect(shown).toEqual({ kind: 'text', text: '' });
      else expect(numberOf(shown).times(100).minus(figures.municipalShare).abs().lt('1e-15')).toBe(true);
    });
  });

  it("counts the findings by severity on Yhteenveto as validatePlan's", () => {
    const sheet = layout.sheets.find((s) => s.role === 'summary')!;
    const findings = validatePlan(plan);
    const counts = sheet.cells.filter((c) => c.value.kind === 'formula' && c.value.formula.startsWith('COUNTIF(') && !c.value.formula.includes('MetricValues')).map((c) => resultAt(sheet, c.ref));
    expect(counts).toEqual(
      (['error', 'warning', 'info'] as const).map((severity) => ({ kind: 'number', value: String(findings.filter((f) => f.severity === severity).length) })),
    );
  });
});

describe('the pool blocks, step by step, as allocatePool', () => {
  it.each([
    ['the example', examplePlan],
    ['the harder plan', harderPlan],
    ['the problem plan', problemPlan],
  ])('%s: weight, quota, floor, remainder, rank and share of every pool the engine shares out', (_, makePlan) => {
    const plan = makePlan();
    const contributions = contributionsOf(plan);
    const sheet = contributions.sheet;
    let compared = 0;
    contributions.blocks.forEach((block, p) => {
      const pool = plan.contributions.pools[p]!;
      const allocation = allocatePool(pool, plan.municipalities);
      const code = numberOf(resultAt(sheet, address(PARAM.code, block.parameterRow))).toNumber();
      if (allocation.kind !== 'ok') {
        expect(code).toBeGreaterThan(0);
        return;
      }
      // Weights with more than six decimals are shared by the engine but reported by the workbook.
      if (pool.key.kind === 'weights' && pool.key.weights.some((w) => (w.weight.split('.')[1] ?? '').length > 6)) {
        expect(code).toBe(13);
        return;
      }
      expect(code).toBe(0);
      const unitsPerEuro = numberOf(resultAt(sheet, address(PARAM.unitsPerEuro, block.parameterRow)));
      for (const detail of allocation.detail) {
        const row = block.firstMunicipalityRow + plan.municipalities.findIndex((m) => m.id === detail.municipality);
        const at = (key: keyof typeof ROW): FormulaResult => resultAt(sheet, address(ROW[key], row));
        expect(numberOf(at('share')).eq(detail.share)).toBe(true);
        expect(numberOf(at('floor')).div(unitsPerEuro).eq(detail.floor)).toBe(true);
        if (pool.key.kind === 'fixed') continue;
        expect(numberOf(at('weight')).eq(detail.weight!)).toBe(true);
        expect(numberOf(at('quota')).minus(detail.quota).abs().lt('1e-12')).toBe(true);
        expect(numberOf(at('remainder')).minus(detail.remainder.times(unitsPerEuro)).abs().lt('1e-15')).toBe(true);
        expect(at('rank')).toEqual({ kind: 'number', value: String(detail.rank) });
        compared += 1;
      }
    });
    expect(compared).toBeGreaterThan(0);
  });

  it('gives the problem plan the status code of each way a pool goes wrong, and blanks instead of shares', () => {
    const plan = problemPlan();
    const contributions = contributionsOf(plan);
    const codes = Object.fromEntries(
      contributions.blocks.map((block) => [block.pool, numberOf(resultAt(contributions.sheet, address(PARAM.code, block.parameterRow))).toNumber()]),
    );
    expect(codes).toEqual({
      base: 0,
      'missing-weight': 11,
      'fixed-sum': 16,
      'euro-cents': 6,
      duplicate: 10,
      decimals: 13,
      zero: 14,
      negative: 5,
      unknown: 7,
      'fixed-cents': 15,
    });
    for (const block of contributions.blocks.filter((b) => codes[b.pool] !== 0)) {
      plan.municipalities.forEach((_, i) => expect(block.shareResult(i)).toEqual({ kind: 'text', text: '' }));
      expect(resultAt(contributions.sheet, address(PARAM.leftover, block.parameterRow))).toEqual({ kind: 'text', text: '' });
      expect(block.statusTextResult.kind).toBe('text');
    }
  });
});
