import { municipalContributions } from '../../src/engine/contributions';
import { allocatePool } from '../../src/engine/pool-shares';
import { contributionsOf, workbookLayout } from '../support/layouts';
import type { GridSheet } from '../../src/layout/sheet-grid';
import type { Plan, Pool } from '../../src/model/plan';
import { cellValue as value, gridSheet, recalculatedWorkbook } from '../support/recalculated-workbook';
import { examplePlan } from '../layout/sheets/sheet-queries';

/**
 * The Kuntaosuudet formulas, recalculated by LibreOffice, give the engine's
 * shares to the cent, and blank shares with a status text exactly where the
 * engine cannot share a pool out.
 */

jest.setTimeout(120_000);

const example = examplePlan();
const withPools = (pools: Pool[]): Plan => ({ ...example, contributions: { pools } });
const weights = (entries: Array<[string, string]>) => ({
  kind: 'weights' as const,
  weights: entries.map(([municipality, weight]) => ({ municipality, weight })),
});

const edgeCases: Pool[] = [
  { id: 'cents', name: 'Odd cents', amount: '1003733.57', key: { kind: 'population' }, rounding: 'cent' },
  { id: 'equal-ties', name: 'Equal ties', amount: '100000.01', key: { kind: 'equal' }, rounding: 'cent' },
  { id: 'few-cents', name: 'Three cents over five', amount: '0.03', key: { kind: 'equal' }, rounding: 'cent' },
  {
    id: 'weight-ties',
    name: 'Weight ties',
    amount: '1000',
    key: weights([['halsua', '0.333'], ['kaustinen', '0.333'], ['lestijarvi', '0.334'], ['toholampi', '0'], ['veteli', '0.333']]),
    rounding: 'euro',
  },
  {
    id: 'big',
    name: 'Large amount',
    amount: '98765432.10',
    key: weights([['halsua', '12.5'], ['kaustinen', '7'], ['lestijarvi', '7'], ['toholampi', '12.5'], ['veteli', '3.25']]),
    rounding: 'cent',
  },
  {
    id: 'fixed',
    name: 'Fixed',
    amount: '300.50',
    key: { kind: 'fixed', amounts: [{ municipality: 'halsua', amount: '100.25' }, { municipality: 'veteli', amount: '200.25' }] },
    municipalities: ['halsua', 'veteli'],
    rounding: 'cent',
  },
  { id: 'some', name: 'Restricted', amount: '7', key: { kind: 'population' }, municipalities: ['veteli', 'lestijarvi', 'kaustinen'], rounding: 'euro' },
  { id: 'zero', name: 'Zero', amount: '0', key: { kind: 'population' }, rounding: 'cent' },
  // Pools the engine cannot share out.
  { id: 'missing-weight', name: 'Missing weight', amount: '100', key: weights([['halsua', '1']]), rounding: 'cent' },
  {
    id: 'fixed-sum',
    name: 'Fixed sum mismatch',
    amount: '100',
    key: { kind: 'fixed', amounts: [{ municipality: 'halsua', amount: '50' }] },
    municipalities: ['halsua'],
    rounding: 'cent',
  },
  { id: 'not-multiple', name: 'Cents in a euro pool', amount: '100.5', key: { kind: 'equal' }, rounding: 'euro' },
  { id: 'all-zero', name: 'All weights zero', amount: '10', key: weights(example.municipalities.map((m) => [m.id, '0'])), rounding: 'cent' },
];

/** Reproducible pseudo-random pools over the five municipalities. */
function randomPools(count: number, seed: number): Pool[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const ids = example.municipalities.map((m) => m.id);
  const pools: Pool[] = [];
  for (let i = 0; i < count; i += 1) {
    const rounding = next(2) === 0 ? 'cent' : 'euro';
    const euros = next(5) === 0 ? next(20) : next(3_000_000);
    const amount = rounding === 'cent' ? `${euros}.${String(next(100)).padStart(2, '0')}` : String(euros);
    const subset = next(2) === 0 ? undefined : ids.filter(() => next(3) > 0);
    const members = subset ?? ids;
    if (members.length === 0) continue;
    const kind = next(3);
    const key: Pool['key'] =
      kind === 0
        ? { kind: 'population' }
        : kind === 1
          ? { kind: 'equal' }
          : weights(members.map((m) => [m, [String(next(5)), `${next(50)}.${next(10)}`, `0.${String(next(1000)).padStart(3, '0')}`, '1', '2.5'][next(5)]!]));
    pools.push({ id: `r${i}`, name: `Random ${i}`, amount, key, rounding, ...(subset ? { municipalities: subset } : {}) });
  }
  return pools;
}

async function recalculatedSheet(plan: Plan): Promise<GridSheet> {
  const { grid } = await recalculatedWorkbook(workbookLayout(plan, []));
  return gridSheet(grid, contributionsOf(plan).sheet.name);
}

describe.each([
  ['the example', example],
  ['edge cases', withPools(edgeCases)],
  ['60 random pools', withPools(randomPools(60, 12345))],
])('Kuntaosuudet recalculated by LibreOffice: %s', (_name, plan) => {
  let sheet: GridSheet;
  beforeAll(async () => {
    sheet = await recalculatedSheet(plan);
  });
  const layout = contributionsOf(plan);

  it('gives every share the engine gives, to the cent, and a blank where a municipality takes no part', () => {
    const differences: string[] = [];
    plan.contributions.pools.forEach((pool, p) => {
      const allocation = allocatePool(pool, plan.municipalities);
      const block = layout.blocks[p]!;
      plan.municipalities.forEach((m, i) => {
        const engine = allocation.kind === 'ok' ? allocation.shares.get(m.id) : undefined;
        const expected = engine === undefined ? null : Number(engine.toFixed(2));
        const got = value(sheet, block.shareCell(i));
        if (got !== expected) differences.push(`${pool.id}/${m.id}: ${String(got)} ≠ ${String(expected)}`);
      });
    });
    expect(differences).toEqual([]);
  });

  it('says OK exactly for the pools the engine can share out', () => {
    const statuses = plan.contributions.pools.map((pool, p) => [pool.id, value(sheet, layout.blocks[p]!.statusTextCell) === 'OK']);
    expect(statuses).toEqual(plan.contributions.pools.map((pool) => [pool.id, allocatePool(pool, plan.municipalities).kind === 'ok']));
  });

  it('totals each municipality and the whole as the engine does, without any error value', () => {
    const engine = municipalContributions(plan);
    expect(layout.matrixRows.map((row) => value(sheet, row.total.split('!')[1]!.replace(/\$/g, '')))).toEqual(
      engine.rows.map((row) => Number(row.total.toFixed(2))),
    );
    expect(value(sheet, layout.grandTotal.split('!')[1]!.replace(/\$/g, ''))).toBe(Number(engine.total.toFixed(2)));
    expect(Object.entries(sheet.cells).filter(([, cell]) => cell.error !== undefined)).toEqual([]);
  });
});
