import { widthInCharacters } from '../../../src/layout/column-width';
import { allocatePool } from '../../../src/engine/pool-shares';
import { layoutMessages } from '../../../src/layout/layout.messages';
import { CONTRIBUTION_NAMES, matrixWidth } from '../../../src/layout/sheets/contributions-sheet';
import { costPoolsLayout, poolMemberRows } from '../../../src/layout/sheets/cost-pools-sheet';
import { contributionsOf } from '../../support/layouts';
import { PARAM, ROW, STATUS_MESSAGES } from '../../../src/layout/sheets/pool-allocation-block';
import { address, parseRange } from '../../../src/layout/a1';
import { LANDSCAPE_PRINT_WIDTH } from '../../../src/layout/sheets/sheet-common';
import { POOL_MEMBERS_TABLE, POOLS_TABLE, PREVIOUS_CONTRIBUTIONS_TABLE, SHEET_NAMES } from '../../../src/layout/schema/tables';
import type { Plan, Pool } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';
import { kaustinenMembers } from '../../support/kaustinen-members';
import { widePlan } from '../../support/scaled-plan';
import { cellAt, examplePlan, formulaAt, numberAt, rowOf, table, tableRows, textAt } from './sheet-queries';

const example = examplePlan();

function withPools(pools: Pool[], extra: Partial<Plan> = {}): Plan {
  return minimalPlan({ municipalities: kaustinenMembers, contributions: { pools }, ...extra });
}

/** Participants as the workbook states them: all municipalities, or the PoolMembers rows of the pool. */
function workbookParticipants(plan: Plan, poolId: string): string[] {
  const sheet = costPoolsLayout(plan).sheet;
  const pools = tableRows(sheet, POOLS_TABLE.name);
  const pool = pools.find((row) => row.Tunnus === poolId)!;
  if (pool['Kaikki kunnat'] === 'Kyllä') return plan.municipalities.map((m) => m.id);
  return tableRows(sheet, POOL_MEMBERS_TABLE.name)
    .filter((row) => row['Kustannuserä'] === poolId)
    .map((row) => row.Kunta!);
}

describe('Kustannuserät: the cost-pool tables', () => {
  const sheet = costPoolsLayout(example).sheet;

  it('is an editable sheet of its own, not protected, with the three tables one above another, each within the columns of the one above', () => {
    expect(sheet.name).toBe(SHEET_NAMES.costPools.fi);
    expect([sheet.kind, sheet.protected]).toEqual(['editable', false]);
    expect(sheet.tables.map((t) => t.name)).toEqual([POOLS_TABLE.name, POOL_MEMBERS_TABLE.name, PREVIOUS_CONTRIBUTIONS_TABLE.name]);
    const ranges = sheet.tables.map((t) => parseRange(t.ref)!);
    for (let i = 1; i < ranges.length; i += 1) {
      const [upper, lower] = [ranges[i - 1]!, ranges[i]!];
      // A blank row and the lower table's title between them.
      expect(lower.from.row).toBe(upper.to.row + 3);
      expect([lower.from.column, lower.to.column <= upper.to.column]).toEqual([upper.from.column, true]);
    }
  });

  it('gives each table a region of its own that people own, and the titles to PlanSheets', () => {
    expect(sheet.regions.filter((r) => r.kind === 'editableTable').map((r) => [r.kind === 'editableTable' && r.table, r.ref])).toEqual(
      sheet.tables.map((t) => [t.name, t.ref]),
    );
    expect(sheet.regions.filter((r) => r.kind === 'derived').length).toBeGreaterThan(0);
  });

  it.each([
    [POOLS_TABLE.name, POOLS_TABLE.columns.map((c) => c.header.fi)],
    [POOL_MEMBERS_TABLE.name, POOL_MEMBERS_TABLE.columns.map((c) => c.header.fi)],
    [PREVIOUS_CONTRIBUTIONS_TABLE.name, PREVIOUS_CONTRIBUTIONS_TABLE.columns.map((c) => c.header.fi)],
  ])('%s has the columns of tables.ts', (name, headers) => {
    expect(table(sheet, name).columns.map((c) => c.name)).toEqual(headers);
  });

  it('writes one Pools row per pool, with localised key, rounding and all-municipalities labels, and no spare rows', () => {
    const rows = tableRows(sheet, POOLS_TABLE.name);
    expect(rows.map((r) => [r.Tunnus, r.Summa, r.Jakoperuste, r['Pyöristys'], r['Kaikki kunnat']])).toEqual([
      ['perustoiminta', '573733', 'Asukasluku', 'Sentti', 'Kyllä'],
      ['yrityspalvelut', '200000', 'Asukasluku', 'Euro', 'Kyllä'],
      ['hallinto', '100000', 'Tasajako', 'Sentti', 'Kyllä'],
      ['tietosuoja', '45000', 'Tasajako', 'Euro', 'Kyllä'],
      ['digi', '40000', 'Painot', 'Sentti', 'Kyllä'],
      ['tyollisyys', '45000', 'Asukasluku', 'Sentti', 'Ei'],
    ]);
  });

  it('writes PoolMembers rows for the restricted pool and the weights of the weighted pool', () => {
    expect(tableRows(sheet, POOL_MEMBERS_TABLE.name)).toEqual([
      { 'Kustannuserä': 'digi', Kunta: 'halsua', Paino: '1', 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'digi', Kunta: 'kaustinen', Paino: '2', 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'digi', Kunta: 'lestijarvi', Paino: '1', 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'digi', Kunta: 'toholampi', Paino: '1.5', 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'digi', Kunta: 'veteli', Paino: '1.5', 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'tyollisyys', Kunta: 'halsua', Paino: undefined, 'Kiinteä summa': undefined },
      { 'Kustannuserä': 'tyollisyys', Kunta: 'toholampi', Paino: undefined, 'Kiinteä summa': undefined },
    ]);
  });

  it('offers drop-downs for key, rounding, all municipalities and the references', () => {
    const lists = sheet.dataValidations.map((v) => ('values' in v.list ? v.list.values.join('|') : v.list.formula));
    expect(lists).toEqual([
      'Asukasluku|Tasajako|Painot|Kiinteät summat',
      'Sentti|Euro',
      'Kyllä|Ei',
      'INDIRECT("Pools[Tunnus]")',
      'INDIRECT("Municipalities[Tunnus]")',
      'INDIRECT("Municipalities[Tunnus]")',
    ]);
  });
});

describe('Kuntaosuudet: derived whole', () => {
  const sheet = contributionsOf(example).sheet;

  it('is protected, holds no table, and is one region PlanSheets owns', () => {
    expect([sheet.kind, sheet.protected, sheet.tables]).toEqual(['derived', true, []]);
    expect(sheet.regions).toHaveLength(1);
    expect(sheet.regions[0]!.kind).toBe('derived');
  });
});

describe('contributionsSheet: participants match the engine', () => {
  const pools: Pool[] = [
    { id: 'pop', name: 'Väestö', amount: '1000', key: { kind: 'population' }, rounding: 'cent' },
    { id: 'eq-some', name: 'Tasan osa', amount: '90', key: { kind: 'equal' }, municipalities: ['veteli', 'halsua'], rounding: 'euro' },
    {
      id: 'w-all',
      name: 'Painot',
      amount: '10',
      key: { kind: 'weights', weights: kaustinenMembers.map((m, i) => ({ municipality: m.id, weight: String(i + 1) })) },
      rounding: 'cent',
    },
    {
      id: 'fixed-some',
      name: 'Kiinteä',
      amount: '30',
      key: { kind: 'fixed', amounts: [{ municipality: 'kaustinen', amount: '10' }, { municipality: 'toholampi', amount: '20' }] },
      municipalities: ['toholampi', 'kaustinen'],
      rounding: 'euro',
    },
  ];
  const plan = withPools(pools);

  it.each([...pools.map((p) => [p.id, plan] as const), ...example.contributions.pools.map((p) => [p.id, example] as const)])(
    '%s: the workbook names the engine\'s participants',
    (poolId, inPlan) => {
      const pool = inPlan.contributions.pools.find((p) => p.id === poolId)!;
      const allocation = allocatePool(pool, inPlan.municipalities);
      if (allocation.kind !== 'ok') throw new Error(`${poolId} cannot be shared`);
      const engine = allocation.detail.map((d) => d.municipality);
      expect([...workbookParticipants(inPlan, poolId)].sort()).toEqual([...engine].sort());
    },
  );

  it.each([
    [
      'a participant with two weights gets two rows (the formulas report the duplicate)',
      { kind: 'weights', weights: [{ municipality: 'halsua', weight: '1' }, { municipality: 'halsua', weight: '2' }] },
      ['halsua'],
      [
        { pool: 'p', municipality: 'halsua', weight: '1' },
        { pool: 'p', municipality: 'halsua', weight: '2' },
      ],
    ],
    [
      'a participant without an entry gets a row without a value',
      { kind: 'weights', weights: [{ municipality: 'veteli', weight: '3' }] },
      ['halsua', 'veteli'],
      [
        { pool: 'p', municipality: 'halsua', weight: undefined },
        { pool: 'p', municipality: 'veteli', weight: '3' },
      ],
    ],
    ['a population pool lists its participants once each', { kind: 'population' }, ['veteli', 'halsua', 'veteli'], [
      { pool: 'p', municipality: 'veteli' },
      { pool: 'p', municipality: 'halsua' },
    ]],
    ['an all-municipalities population pool needs no rows', { kind: 'population' }, undefined, []],
    [
      'an all-municipalities fixed pool gets one row per amount',
      { kind: 'fixed', amounts: [{ municipality: 'veteli', amount: '5' }, { municipality: 'halsua', amount: '5' }] },
      undefined,
      [
        { pool: 'p', municipality: 'veteli', fixedAmount: '5' },
        { pool: 'p', municipality: 'halsua', fixedAmount: '5' },
      ],
    ],
  ] as const)('poolMemberRows: %s', (_, key, municipalities, expected) => {
    const pool = { id: 'p', name: 'P', amount: '10', key, rounding: 'cent', ...(municipalities ? { municipalities: [...municipalities] } : {}) } as Pool;
    expect(poolMemberRows(withPools([pool]))).toEqual(expected);
  });
});

describe('contributionsSheet: calculation blocks and matrix', () => {
  const layout = contributionsOf(example);
  const sheet = layout.sheet;
  const municipalities = example.municipalities;
  const pools = example.contributions.pools;

  it('has a share cell for every pool and municipality, shown in the matrix', () => {
    expect(layout.shares).toHaveLength(pools.length * municipalities.length);
    for (const share of layout.shares) {
      expect(formulaAt(sheet, share.matrixShare)).toBe(share.blockShare);
      expect(formulaAt(sheet, share.blockShare)).toMatch(/^IF\(OR\(D\d+=0,\$T\$\d+<>0\),"",\(K\d+\+N\d+\)\/\$H\$\d+\)$/);
    }
    const cells = layout.shares.map((s) => `${s.pool}/${s.municipality}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('gives each pool a block keyed by its id, one row per municipality in plan order', () => {
    layout.blocks.forEach((block, p) => {
      expect(textAt(sheet, address(PARAM.id, block.parameterRow))).toBe(pools[p]!.id);
      municipalities.forEach((m, i) => {
        const row = block.firstMunicipalityRow + i;
        expect([textAt(sheet, address(ROW.id, row)), numberAt(sheet, address(ROW.order, row))]).toEqual([m.id, String(i + 1)]);
      });
    });
  });

  it('looks the pool up in the tables by id, so table row order does not matter', () => {
    const block = layout.blocks[0]!;
    const p = block.parameterRow;
    expect(formulaAt(sheet, address(PARAM.amount, p))).toBe(`SUMIFS(Pools[Summa],Pools[Tunnus],$A$${p})`);
    expect(formulaAt(sheet, address(PARAM.key, p))).toBe(`IFERROR(INDEX(Pools[Jakoperuste],MATCH($A$${p},Pools[Tunnus],0))&"","")`);
    const r = block.firstMunicipalityRow;
    expect(formulaAt(sheet, address(ROW.participates, r))).toBe(
      `IF($K$${p}=1,1,IF(COUNTIFS(PoolMembers[Kustannuserä],$A$${p},PoolMembers[Kunta],A${r})>0,1,0))`,
    );
    expect(formulaAt(sheet, address(ROW.weight, r))).toContain(`SUMIFS(Municipalities[Asukasluku],Municipalities[Tunnus],A${r})`);
    expect(formulaAt(sheet, address(ROW.weight, r))).toContain(`SUMIFS(PoolMembers[Paino],PoolMembers[Kustannuserä],$A$${p},PoolMembers[Kunta],A${r})`);
  });

  it('floors in integer units and ranks by remainder, then weight, then plan order', () => {
    const block = layout.blocks[0]!;
    const p = block.parameterRow;
    const r = block.firstMunicipalityRow;
    const last = r + municipalities.length - 1;
    expect(formulaAt(sheet, address(PARAM.units, p))).toBe(`ROUND($C$${p}*$H$${p},0)`);
    expect(formulaAt(sheet, address(PARAM.quotient, p))).toBe(`IF($P$${p}>0,INT($I$${p}/$P$${p}),0)`);
    expect(formulaAt(sheet, address(PARAM.rest, p))).toBe(`$I$${p}-$Q$${p}*$P$${p}`);
    expect(formulaAt(sheet, address(ROW.floor, r))).toBe(
      `IF(OR(D${r}=0,$T$${p}<>0),"",$Q$${p}*I${r}+IF($P$${p}=0,0,INT($R$${p}*I${r}/$P$${p})))`,
    );
    expect(formulaAt(sheet, address(ROW.rank, r))).toBe(
      `IF(OR(OR(D${r}=0,$T$${p}<>0),$J$${p}=4),"",1+SUMPRODUCT($D$${r}:$D$${last}*(($L$${r}:$L$${last}>L${r})` +
        `+($L$${r}:$L$${last}=L${r})*($I$${r}:$I$${last}>I${r})` +
        `+($L$${r}:$L$${last}=L${r})*($I$${r}:$I$${last}=I${r})*($C$${r}:$C$${last}<C${r}))))`,
    );
    expect(formulaAt(sheet, address(ROW.extra, r))).toBe(`IF(ISNUMBER(M${r}),IF(M${r}<=$S$${p},1,0),0)`);
  });

  it('states every reason a pool cannot be shared, in the plan language, never dividing by zero', () => {
    const block = layout.blocks[0]!;
    const status = formulaAt(sheet, block.statusTextCell)!;
    for (const key of STATUS_MESSAGES) expect(status).toContain(`"${layoutMessages[key].fi}"`);
    const code = formulaAt(sheet, block.statusCodeCell)!;
    expect(code.match(/IF\(/g)).toHaveLength(STATUS_MESSAGES.length);
    // Every division in the block is by W (guarded by W=0 or W>0 tests) or by the unit count U (1 or 100 when the status is 0).
    const blockFormulas = sheet.cells
      .filter((c) => rowOf(c.ref) >= block.firstRow && rowOf(c.ref) <= block.lastRow && c.value.kind === 'formula')
      .map((c) => (c.value.kind === 'formula' ? c.value.formula : ''));
    const p = block.parameterRow;
    for (const f of blockFormulas) {
      for (const divisor of f.match(/\/[^/,)]+/g) ?? []) expect([`/$P$${p}`, `/$H$${p}`]).toContain(divisor);
    }
  });

  it('totals the matrix and checks it against the budget year\'s municipal funding', () => {
    const firstRow = layout.matrixRows[0]!.row;
    const lastRow = layout.matrixRows[layout.matrixRows.length - 1]!.row;
    const totalColumn = 3 + pools.length;
    const totalRow = lastRow + 1;
    expect(formulaAt(sheet, address(totalColumn, firstRow))).toBe(`SUM(C${firstRow}:${address(totalColumn - 1, firstRow)})`);
    expect(formulaAt(sheet, address(3, totalRow))).toBe(`SUM(C${firstRow}:C${lastRow})`);
    expect(formulaAt(sheet, address(totalColumn, totalRow))).toBe(`SUM(${address(totalColumn, firstRow)}:${address(totalColumn, lastRow)})`);
    const formulas = sheet.cells.map((c) => (c.value.kind === 'formula' ? c.value.formula : ''));
    expect(formulas.some((f) => f.includes('SUMIFS(BudgetYears[Kuntarahoitus],BudgetYears[Vuosi],2026)'))).toBe(true);
    expect(formulas.some((f) => f.includes('SUMIFS(PreviousContributions[Kuntaosuus],PreviousContributions[Kunta]'))).toBe(true);
  });

  it('names the grand total, the previous total, the difference and each municipality\'s total', () => {
    const totalColumn = 3 + pools.length;
    const lastRow = layout.matrixRows[layout.matrixRows.length - 1]!.row;
    const names = Object.fromEntries(layout.definedNames.map((n) => [n.name, n.ref]));
    expect(names[CONTRIBUTION_NAMES.total]).toBe(`'Kuntaosuudet'!$${String.fromCharCode(64 + totalColumn)}$${lastRow + 1}`);
    expect(Object.keys(names)).toEqual([
      'ContributionsTotal',
      'ContributionsPreviousTotal',
      'ContributionsFundingDifference',
      'Contribution_halsua',
      'Contribution_kaustinen',
      'Contribution_lestijarvi',
      'Contribution_toholampi',
      'Contribution_veteli',
    ]);
    expect(layout.matrixRows.map((r) => r.total)).toEqual(
      Object.entries(names).filter(([n]) => n.startsWith('Contribution_')).map(([, ref]) => ref),
    );
  });

  it('prints the matrix and the checks on A4 landscape, not the calculation blocks', () => {
    const checkRow = layout.matrixRows[layout.matrixRows.length - 1]!.row + 10;
    expect(textAt(sheet, `A${checkRow}`)).toBe('Tarkistus');
    const lastColumn = String.fromCharCode(64 + 3 + pools.length + 3);
    expect(textAt(sheet, `${lastColumn}${layout.matrixRows[0]!.row - 1}`)).toBe('Muutos %');
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printArea: `A1:${lastColumn}${checkRow}` });
    expect(checkRow).toBeLessThan(layout.blocks[0]!.firstRow);
    // Six pools print within the width that keeps the scale at 70 % or more.
    const printed = sheet.columns.filter((c) => c.index <= 3 + pools.length + 3).reduce((sum, c) => sum + widthInCharacters(c.width), 0);
    expect(printed).toBeLessThanOrEqual(LANDSCAPE_PRINT_WIDTH);
    // Narrow enough to fit: shrunk onto one page width, nothing repeated.
    expect(sheet.print.printTitleColumns).toBeUndefined();
    expect(sheet.print.printTitleRows).toBeUndefined();
  });

  it('shows under each pool its amount, key, rounding and status, from its block', () => {
    const firstColumn = 3;
    const lastRow = layout.matrixRows[layout.matrixRows.length - 1]!.row;
    expect([2, 3, 4, 5].map((k) => textAt(sheet, `B${lastRow + k}`))).toEqual(['Kustannuserän summa', 'Jakoperuste', 'Pyöristys', 'Laskennan tila']);
    layout.blocks.forEach((block, p) => {
      const column = (offset: number) => formulaAt(sheet, address(firstColumn + p, lastRow + offset));
      expect([column(2), column(3), column(4), column(5)]).toEqual([block.amountCell, block.keyCell, block.roundingCell, block.statusTextCell]);
    });
  });

  it('wraps the pool names in the matrix header and gives the row their height', () => {
    const headerRow = layout.matrixRows[0]!.row - 1;
    expect(textAt(sheet, `E${headerRow}`)).toBe('Seutuvaltuuston ja johtoryhmän hallinto');
    expect(cellAt(sheet, `E${headerRow}`)?.style).toMatchObject({ wrap: true });
    expect(sheet.rows.find((r) => r.index === headerRow)?.height).toBeGreaterThanOrEqual(45);
  });

  it('offers the chart the matrix names and totals', () => {
    const first = layout.matrixRows[0]!.row;
    const last = layout.matrixRows[layout.matrixRows.length - 1]!.row;
    expect(layout.chart.names).toBe(`'Kuntaosuudet'!$B$${first}:$B$${last}`);
    expect(textAt(sheet, `B${first}`)).toBe('Halsua');
    const totalColumn = String.fromCharCode(64 + 3 + pools.length);
    expect(layout.chart.totals).toBe(`'Kuntaosuudet'!$${totalColumn}$${first}:$${totalColumn}$${last}`);
    expect(formulaAt(sheet, `${totalColumn}${first}`)).toMatch(/^SUM\(/);
  });
});

describe('contributionsSheet: a matrix wider than a page', () => {
  // 308 municipalities and 50 pools, as the benchmarks have it; and the narrowest matrix too wide to fit.
  const cases: Array<[string, Plan, number]> = [
    ['308 × 50', widePlan(example, { municipalities: 308, pools: 50, seed: 1 }), 50],
    ['40 × 7', widePlan(example, { municipalities: 40, pools: 7, seed: 2 }), 7],
  ];
  it.each(cases)('%s: splits across pages at full size, repeating the id and name columns and the header row', (_name, plan, pools) => {
    const layout = contributionsOf(plan);
    const { print } = layout.sheet;
    expect(matrixWidth(pools)).toBeGreaterThan(LANDSCAPE_PRINT_WIDTH);
    const headerRow = layout.matrixRows[0]!.row - 1;
    expect(print).toMatchObject({ orientation: 'landscape', fitToWidth: false, printTitleColumns: 'A:B', printTitleRows: `${headerRow}:${headerRow}` });
    expect(print.fitToHeight).toBeUndefined();
    // The repeated columns are the municipality's id and name, the repeated row the pool names.
    expect(textAt(layout.sheet, `B${headerRow}`)).toBe('Kunta');
    expect(textAt(layout.sheet, `C${headerRow}`)).toBe('Kustannuspooli 1');
    expect(textAt(layout.sheet, `B${layout.matrixRows[plan.municipalities.length - 1]!.row}`)).toBe(plan.municipalities.at(-1)!.name);
  });

  it('still fits six pools, the widest that prints legibly on one page width', () => {
    expect(matrixWidth(6)).toBeLessThanOrEqual(LANDSCAPE_PRINT_WIDTH);
    expect(contributionsOf(widePlan(example, { municipalities: 40, pools: 6, seed: 3 })).sheet.print).toMatchObject({ fitToWidth: true });
  });
});

describe('contributionsSheet: other plans', () => {
  it('uses English headers in structured references for an English plan', () => {
    const plan = { ...example, language: 'en' as const };
    const sheet = contributionsOf(plan).sheet;
    expect(sheet.name).toBe('Contributions');
    const formulas = sheet.cells.flatMap((c) => (c.value.kind === 'formula' ? [c.value.formula] : []));
    expect(formulas.some((f) => f.includes('SUMIFS(Pools[Amount],Pools[Id],'))).toBe(true);
    expect(formulas.some((f) => f.includes('"Population"'))).toBe(true);
    expect(formulas.some((f) => f.includes('Asukasluku'))).toBe(false);
  });

  it('lays out a plan without pools: empty tables, a matrix of totals only, no blocks', () => {
    const plan = minimalPlan({ contributions: { pools: [] } });
    const layout = contributionsOf(plan);
    expect(layout.blocks).toEqual([]);
    expect(layout.shares).toEqual([]);
    // Excel has no table of only a header: the empty Pools table keeps one blank row.
    expect(tableRows(costPoolsLayout(plan).sheet, POOLS_TABLE.name)).toEqual([{ Tunnus: undefined, 'Kustannuserä': undefined, Summa: undefined, Jakoperuste: undefined, 'Pyöristys': undefined, 'Kaikki kunnat': undefined, Huomautus: undefined }]);
    expect(formulaAt(layout.sheet, `C${layout.matrixRows[0]!.row}`)).toBe('0');
  });

  it('writes previous contributions and shows the change', () => {
    const plan = minimalPlan({
      contributions: {
        pools: minimalPlan().contributions.pools,
        previous: { year: 2025, amounts: [{ municipality: 'ankkala', amount: '390000' }, { municipality: 'kotikyla', amount: '210000.50' }] },
      },
    });
    const layout = contributionsOf(plan);
    expect(tableRows(costPoolsLayout(plan).sheet, PREVIOUS_CONTRIBUTIONS_TABLE.name)).toEqual([
      { Vuosi: '2025', Kunta: 'ankkala', Kuntaosuus: '390000' },
      { Vuosi: '2025', Kunta: 'kotikyla', Kuntaosuus: '210000.50' },
    ]);
    const row = layout.matrixRows[0]!.row;
    // Columns: id, name, the one pool, total (D), previous (E), change € (F), change % (G).
    expect(formulaAt(layout.sheet, `F${row}`)).toBe(`IF(E${row}="","",ROUND(D${row}-E${row},2))`);
    expect(formulaAt(layout.sheet, `G${row}`)).toBe(`IF(E${row}="","",IF(E${row}=0,"",(D${row}-E${row})/E${row}))`);
  });

  it('gives no workbook name to a municipality whose sanitised id repeats another', () => {
    const plan = minimalPlan({
      municipalities: [
        { id: 'a-b', name: 'A', population: 1, populationDate: '2024-12-31' },
        { id: 'A_b', name: 'B', population: 1, populationDate: '2024-12-31' },
      ],
    });
    expect(contributionsOf(plan).definedNames.map((n) => n.name)).toEqual([
      'ContributionsTotal',
      'ContributionsPreviousTotal',
      'ContributionsFundingDifference',
      'Contribution_a_b',
    ]);
  });
});
