import { localise } from '../../model/messages/catalogue';
import type { Language, Plan, Pool } from '../../model/plan';
import { absoluteAddress, address, rangeAddress, sheetRef } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { formula, num, SheetBuilder, text } from '../sheet-builder';
import { columnRef, formulaString } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import {
  BUDGET_YEARS_TABLE,
  MUNICIPALITIES_TABLE,
  POOL_MEMBERS_TABLE,
  POOLS_TABLE,
  PREVIOUS_CONTRIBUTIONS_TABLE,
  type TableSpec,
} from '../tables';
import type { CellStyle, CellValue, DefinedNameLayout, SheetLayout } from '../workbook-layout';
import { poolAllocationBlock, type PoolAllocationBlock, type PoolBlockRefs } from './pool-allocation-block';
import {
  columnStyles,
  enumCell,
  enumValidation,
  header,
  HEADER_STYLE,
  moneyCell,
  moneyFormat,
  referenceValidation,
  sheetName,
  tableRow,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Kuntaosuudet: the editable cost-pool tables at the top, then live formulas
 * that share every pool out exactly as the engine does (pool-allocation-block.ts)
 * and a matrix of municipalities × pools with totals, the check against the
 * budget year's municipal funding, and the change from the previous year.
 *
 * The three tables stand side by side (as on Talousarvio), so that inserting
 * a row into one never has to move another. The sheet is protected and only
 * the tables' data cells are unlocked; since Excel cannot add rows to a table
 * on a protected sheet, each table carries a few spare empty rows (the reader
 * skips blank rows).
 *
 * Everything below the tables is looked up by id (SUMIFS, COUNTIFS, MATCH over
 * the tables' columns), so the order of the editable rows does not matter.
 * A pool added to the tables gets its own calculation block when the sheet is
 * regenerated.
 */

/** Empty rows left at the end of each editable table, for additions while the sheet is protected. */
export const SPARE_TABLE_ROWS = 3;

const INTRO_ROW = 2;
const TABLE_TITLE_ROW = 3;
export const CONTRIBUTIONS_HEADER_ROW = 4;

/** Columns of the three editable tables (side by side, one empty column between them). */
const POOLS_COLUMN = 1;
const MEMBERS_COLUMN = POOLS_COLUMN + POOLS_TABLE.columns.length + 1;
const PREVIOUS_COLUMN = MEMBERS_COLUMN + POOL_MEMBERS_TABLE.columns.length + 1;

/** Matrix columns: id, name, one per pool, then total, previous year, change € and change %. */
const MATRIX_ID_COLUMN = 1;
const MATRIX_NAME_COLUMN = 2;
const MATRIX_FIRST_POOL_COLUMN = 3;

/** Workbook names of the key figures. */
export const CONTRIBUTION_NAMES = {
  total: 'ContributionsTotal',
  previousTotal: 'ContributionsPreviousTotal',
  fundingDifference: 'ContributionsFundingDifference',
  municipalityPrefix: 'Contribution_',
} as const;

export interface ContributionShareCells {
  pool: string;
  municipality: string;
  /** The share cell of the pool's calculation block (blank when the municipality does not take part). */
  blockShare: string;
  /** The matrix cell that shows it. */
  matrixShare: string;
}

export interface ContributionsLayout {
  sheet: SheetLayout;
  definedNames: DefinedNameLayout[];
  /** Absolute, sheet-qualified ranges of the matrix for charts: municipality names and their totals. */
  chart: { names: string; totals: string };
  /** Matrix rows in plan order. */
  matrixRows: Array<{ municipality: string; row: number; total: string }>;
  grandTotal: string;
  shares: ContributionShareCells[];
  blocks: PoolAllocationBlock[];
}

export function contributionsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  return contributionsLayout(plan, language).sheet;
}

export function contributionsDefinedNames(plan: Plan, language: Language = plan.language): DefinedNameLayout[] {
  return contributionsLayout(plan, language).definedNames;
}

export function contributionsLayout(plan: Plan, language: Language = plan.language): ContributionsLayout {
  const name = sheetName('contributions', language);
  const b = new SheetBuilder('contributions', name, 'editable');
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string =>
    localise(layoutMessages, key, params)[language];

  b.set(1, TITLE_ROW, text(m('contributions.title', { year: plan.budgetYear })), STYLES.title);
  b.set(1, INTRO_ROW, text(m('contributions.intro')), { italic: true });

  const refs = placeEditableTables(b, plan, language, m);
  setColumnWidths(b, plan);

  // The matrix comes first (what people read); the blocks it shows follow below it.
  const municipalities = plan.municipalities;
  const pools = plan.contributions.pools;
  const matrixTitleRow = refs.lastTableRow + 3;
  const matrixHeaderRow = matrixTitleRow + 1;
  const firstMatrixRow = matrixHeaderRow + 1;
  const lastMatrixRow = firstMatrixRow + Math.max(municipalities.length, 1) - 1;
  const totalRow = lastMatrixRow + 1;
  const poolAmountRow = totalRow + 1;
  const poolStatusRow = poolAmountRow + 1;
  const previousYearRow = poolStatusRow + 2;
  const fundingRow = previousYearRow + 1;
  const differenceRow = fundingRow + 1;
  const checkRow = differenceRow + 1;
  const blocksTitleRow = checkRow + 3;

  b.set(1, blocksTitleRow, text(m('contributions.blocksTitle')), STYLES.subtitle);
  b.set(1, blocksTitleRow + 1, text(m('contributions.blocksNote')), { italic: true });
  const blocks: PoolAllocationBlock[] = [];
  let blockRow = blocksTitleRow + 3;
  for (const pool of pools) {
    const block = poolAllocationBlock(b, plan, pool, language, blockRow, refs.poolBlockRefs);
    blocks.push(block);
    blockRow = block.lastRow + 3;
  }

  const totalColumn = MATRIX_FIRST_POOL_COLUMN + pools.length;
  const previousColumn = totalColumn + 1;
  const changeColumn = previousColumn + 1;
  const changePercentColumn = changeColumn + 1;
  const matrixStyle: CellStyle = { numberFormat: FORMATS.moneyCents, border: { bottom: 'thin' } };
  const totalStyle: CellStyle = { bold: true, fill: COLOURS.derivedFill, numberFormat: FORMATS.moneyCents, border: { top: 'thin' } };

  b.set(1, matrixTitleRow, text(m('contributions.matrixTitle', { year: plan.budgetYear })), STYLES.subtitle);
  const headers: Array<[number, string]> = [
    [MATRIX_ID_COLUMN, m('contributions.column.id')],
    [MATRIX_NAME_COLUMN, m('contributions.column.municipality')],
    ...pools.map((pool, i): [number, string] => [MATRIX_FIRST_POOL_COLUMN + i, pool.name]),
    [totalColumn, m('contributions.column.total')],
    [previousColumn, m('contributions.column.previous')],
    [changeColumn, m('contributions.column.change')],
    [changePercentColumn, m('contributions.column.changePercent')],
  ];
  for (const [column, label] of headers) b.set(column, matrixHeaderRow, text(label), HEADER_STYLE);
  b.height(matrixHeaderRow, 45);

  const previousYearCell = absoluteAddress(3, previousYearRow);
  const previous = (key: string): string => columnRef(PREVIOUS_CONTRIBUTIONS_TABLE.name, header(PREVIOUS_CONTRIBUTIONS_TABLE, key, language));
  const shares: ContributionShareCells[] = [];
  const matrixRows: ContributionsLayout['matrixRows'] = [];
  municipalities.forEach((municipality, i) => {
    const row = firstMatrixRow + i;
    const id = address(MATRIX_ID_COLUMN, row);
    b.set(MATRIX_ID_COLUMN, row, text(municipality.id), { border: { bottom: 'thin' } });
    b.set(MATRIX_NAME_COLUMN, row, text(municipality.name), { border: { bottom: 'thin' } });
    pools.forEach((pool, p) => {
      const block = blocks[p] as PoolAllocationBlock;
      const blockShare = block.shareCell(i);
      b.set(MATRIX_FIRST_POOL_COLUMN + p, row, formula(blockShare), matrixStyle);
      shares.push({ pool: pool.id, municipality: municipality.id, blockShare, matrixShare: address(MATRIX_FIRST_POOL_COLUMN + p, row) });
    });
    const total = address(totalColumn, row);
    const previousAmount = address(previousColumn, row);
    b.set(totalColumn, row, formula(sumAcross(row, pools.length, totalColumn)), { ...matrixStyle, bold: true });
    const hasPrevious = `COUNTIFS(${previous('municipality')},${id},${previous('year')},${previousYearCell})`;
    b.set(
      previousColumn,
      row,
      formula(`IF(${previousYearCell}="","",IF(${hasPrevious}=0,"",SUMIFS(${previous('amount')},${previous('municipality')},${id},${previous('year')},${previousYearCell})))`),
      matrixStyle,
    );
    b.set(changeColumn, row, formula(`IF(${previousAmount}="","",ROUND(${total}-${previousAmount},2))`), matrixStyle);
    b.set(
      changePercentColumn,
      row,
      formula(`IF(${previousAmount}="","",IF(${previousAmount}=0,"",(${total}-${previousAmount})/${previousAmount}))`),
      { ...matrixStyle, numberFormat: FORMATS.percent1 },
    );
    matrixRows.push({ municipality: municipality.id, row, total: sheetRef(name, absoluteAddress(totalColumn, row)) });
  });

  // Totals: per pool, grand total, previous year and its change.
  b.set(MATRIX_NAME_COLUMN, totalRow, text(m('contributions.row.total')), totalStyle);
  const columnSum = (column: number): string =>
    `SUM(${rangeAddress(column, firstMatrixRow, column, lastMatrixRow)})`;
  pools.forEach((_, p) => b.set(MATRIX_FIRST_POOL_COLUMN + p, totalRow, formula(columnSum(MATRIX_FIRST_POOL_COLUMN + p)), totalStyle));
  const grandTotal = address(totalColumn, totalRow);
  const previousTotal = address(previousColumn, totalRow);
  b.set(totalColumn, totalRow, formula(columnSum(totalColumn)), totalStyle);
  b.set(
    previousColumn,
    totalRow,
    formula(`IF(COUNT(${rangeAddress(previousColumn, firstMatrixRow, previousColumn, lastMatrixRow)})=0,"",${columnSum(previousColumn)})`),
    totalStyle,
  );
  b.set(changeColumn, totalRow, formula(`IF(${previousTotal}="","",ROUND(${grandTotal}-${previousTotal},2))`), totalStyle);
  b.set(
    changePercentColumn,
    totalRow,
    formula(`IF(${previousTotal}="","",IF(${previousTotal}=0,"",(${grandTotal}-${previousTotal})/${previousTotal}))`),
    { ...totalStyle, numberFormat: FORMATS.percent1 },
  );

  // Per pool: its amount and whether its key could be applied, so a problem shows in the matrix too.
  b.set(MATRIX_NAME_COLUMN, poolAmountRow, text(m('contributions.row.poolAmount')), STYLES.label);
  b.set(MATRIX_NAME_COLUMN, poolStatusRow, text(m('contributions.row.poolStatus')), STYLES.label);
  pools.forEach((_, p) => {
    const block = blocks[p] as PoolAllocationBlock;
    b.set(MATRIX_FIRST_POOL_COLUMN + p, poolAmountRow, formula(block.amountCell), { numberFormat: FORMATS.moneyCents });
    b.set(MATRIX_FIRST_POOL_COLUMN + p, poolStatusRow, formula(block.statusTextCell), { wrap: true, vertical: 'top' });
  });
  if (pools.length > 0) {
    const ok = formulaString(m('contributions.status.ok'));
    const first = address(MATRIX_FIRST_POOL_COLUMN, poolStatusRow);
    b.conditionalFormats.push({
      range: rangeAddress(MATRIX_FIRST_POOL_COLUMN, poolStatusRow, MATRIX_FIRST_POOL_COLUMN + pools.length - 1, poolStatusRow),
      formula: `${first}<>${ok}`,
      style: { fill: COLOURS.errorFill, bold: true },
    });
  }

  // The check against the budget: the shares must add up to the budget year's municipal funding.
  const budgetYears = (key: string): string => columnRef(BUDGET_YEARS_TABLE.name, header(BUDGET_YEARS_TABLE, key, language));
  const year = String(plan.budgetYear);
  const fundingGiven = `SUMPRODUCT((${budgetYears('year')}=${year})*ISNUMBER(${budgetYears('municipalFunding')}))`;
  b.set(1, previousYearRow, text(m('contributions.previousYear')), STYLES.label);
  b.set(
    3,
    previousYearRow,
    formula(`IF(COUNT(${previous('year')})=0,"",MAX(${previous('year')}))`),
    { numberFormat: FORMATS.year, horizontal: 'right' },
  );
  b.set(1, fundingRow, text(m('contributions.funding', { year })), STYLES.label);
  const fundingCell = address(3, fundingRow);
  b.set(3, fundingRow, formula(`IF(${fundingGiven}=0,"",SUMIFS(${budgetYears('municipalFunding')},${budgetYears('year')},${year}))`), {
    numberFormat: FORMATS.moneyCents,
  });
  b.set(1, differenceRow, text(m('contributions.difference')), STYLES.label);
  const differenceCell = address(3, differenceRow);
  b.set(3, differenceRow, formula(`IF(${fundingCell}="","",ROUND(${grandTotal}-${fundingCell},2))`), {
    numberFormat: FORMATS.moneyCents,
  });
  b.set(1, checkRow, text(m('contributions.check')), STYLES.label);
  const checkCell = address(3, checkRow);
  const ok = formulaString(m('contributions.status.ok'));
  b.set(
    3,
    checkRow,
    formula(
      `IF(${fundingCell}="",${formulaString(m('contributions.check.fundingMissing', { year }))},IF(${differenceCell}=0,${ok},${formulaString(m('contributions.check.mismatch'))}))`,
    ),
    { bold: true },
  );
  b.conditionalFormats.push({ range: checkCell, formula: `${checkCell}<>${ok}`, style: { fill: COLOURS.errorFill, bold: true } });
  b.conditionalFormats.push({ range: checkCell, formula: `${checkCell}=${ok}`, style: { fill: COLOURS.okFill } });

  const definedNames: DefinedNameLayout[] = [
    { name: CONTRIBUTION_NAMES.total, ref: sheetRef(name, absoluteAddress(totalColumn, totalRow)) },
    { name: CONTRIBUTION_NAMES.previousTotal, ref: sheetRef(name, absoluteAddress(previousColumn, totalRow)) },
    { name: CONTRIBUTION_NAMES.fundingDifference, ref: sheetRef(name, absoluteAddress(3, differenceRow)) },
    ...municipalityNames(plan).map(({ index, definedName }) => ({
      name: definedName,
      ref: sheetRef(name, absoluteAddress(totalColumn, firstMatrixRow + index)),
    })),
  ];

  // Printed (e.g. as a council appendix): the tables, the matrix and the checks, not the working blocks.
  const lastColumn = Math.max(PREVIOUS_COLUMN + PREVIOUS_CONTRIBUTIONS_TABLE.columns.length - 1, changePercentColumn);
  const print = printSetup(plan, {
    orientation: 'landscape',
    printArea: rangeAddress(1, 1, lastColumn, checkRow),
    pageLabel: m('print.pageLabel'),
  });
  const sheet = b.build(print, { protected: true });

  return {
    sheet,
    definedNames,
    chart: {
      names: sheetRef(name, `${absoluteAddress(MATRIX_NAME_COLUMN, firstMatrixRow)}:${absoluteAddress(MATRIX_NAME_COLUMN, lastMatrixRow)}`),
      totals: sheetRef(name, `${absoluteAddress(totalColumn, firstMatrixRow)}:${absoluteAddress(totalColumn, lastMatrixRow)}`),
    },
    matrixRows,
    grandTotal: sheetRef(name, absoluteAddress(totalColumn, totalRow)),
    shares,
    blocks,
  };
}

function sumAcross(row: number, pools: number, totalColumn: number): string {
  if (pools === 0) return '0';
  return `SUM(${rangeAddress(MATRIX_FIRST_POOL_COLUMN, row, totalColumn - 1, row)})`;
}

/**
 * Workbook names for each municipality's total: "Contribution_" and the id,
 * with characters a name cannot hold replaced by "_". Names are
 * case-insensitive; a municipality whose name would repeat another gets none.
 */
export function municipalityNames(plan: Plan): Array<{ index: number; municipality: string; definedName: string }> {
  const seen = new Set<string>();
  const names: Array<{ index: number; municipality: string; definedName: string }> = [];
  plan.municipalities.forEach((m, index) => {
    const definedName = `${CONTRIBUTION_NAMES.municipalityPrefix}${m.id.replace(/[^A-Za-z0-9_.]/g, '_')}`;
    const key = definedName.toUpperCase();
    if (seen.has(key)) return;
    seen.add(key);
    names.push({ index, municipality: m.id, definedName });
  });
  return names;
}

interface EditableTables {
  lastTableRow: number;
  poolBlockRefs: PoolBlockRefs;
}

function placeEditableTables(
  b: SheetBuilder,
  plan: Plan,
  language: Language,
  m: (key: LayoutMessageKey) => string,
): EditableTables {
  const origin = (column: number) => ({ column, row: CONTRIBUTIONS_HEADER_ROW });
  const editable = (spec: TableSpec, money: string): Record<string, CellStyle> => {
    const styles = columnStyles(spec, money);
    for (const key of Object.keys(styles)) styles[key] = { ...styles[key], locked: false };
    return styles;
  };
  const spare = (width: number): Array<Array<CellValue | undefined>> =>
    Array.from({ length: SPARE_TABLE_ROWS }, () => new Array<CellValue | undefined>(width).fill(undefined));

  const pools = plan.contributions.pools;
  b.set(POOLS_COLUMN, TABLE_TITLE_ROW, text(m('contributions.poolsTitle')), STYLES.subtitle);
  const poolRows = pools.map((pool) =>
    tableRow(POOLS_TABLE, {
      id: textCell(pool.id),
      name: textCell(pool.name),
      amount: moneyCell(pool.amount),
      key: enumCell('allocationKey', pool.key.kind, language),
      rounding: enumCell('rounding', pool.rounding, language),
      allMunicipalities: enumCell('yesNo', pool.municipalities === undefined ? 'yes' : 'no', language),
      note: textCell(pool.note),
    }),
  );
  const poolStyles = editable(POOLS_TABLE, moneyFormat(pools.map((p) => p.amount)));
  poolStyles.note = { locked: false, vertical: 'top' };
  const poolsTable = b.table(POOLS_TABLE, language, origin(POOLS_COLUMN), [...poolRows, ...spare(POOLS_TABLE.columns.length)], {
    headerStyle: HEADER_STYLE,
    styles: poolStyles,
  });
  b.dataValidations.push(enumValidation(poolsTable.dataRange('key'), 'allocationKey', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('rounding'), 'rounding', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('allMunicipalities'), 'yesNo', language, true));

  b.set(MEMBERS_COLUMN, TABLE_TITLE_ROW, text(m('contributions.membersTitle')), STYLES.subtitle);
  const members = poolMemberRows(plan);
  const memberRows = members.map((row) =>
    tableRow(POOL_MEMBERS_TABLE, {
      pool: textCell(row.pool),
      municipality: textCell(row.municipality),
      weight: row.weight === undefined ? undefined : num(row.weight),
      fixedAmount: moneyCell(row.fixedAmount),
    }),
  );
  const membersTable = b.table(
    POOL_MEMBERS_TABLE,
    language,
    origin(MEMBERS_COLUMN),
    [...memberRows, ...spare(POOL_MEMBERS_TABLE.columns.length)],
    { headerStyle: HEADER_STYLE, styles: editable(POOL_MEMBERS_TABLE, FORMATS.moneyCents) },
  );
  b.dataValidations.push(referenceValidation(membersTable.dataRange('pool'), POOLS_TABLE, language, true));
  b.dataValidations.push(referenceValidation(membersTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  b.set(PREVIOUS_COLUMN, TABLE_TITLE_ROW, text(m('contributions.previousTitle')), STYLES.subtitle);
  const previous = plan.contributions.previous;
  const previousRows =
    previous === undefined
      ? []
      : previous.amounts.map((entry) =>
          tableRow(PREVIOUS_CONTRIBUTIONS_TABLE, {
            year: num(previous.year),
            municipality: textCell(entry.municipality),
            amount: moneyCell(entry.amount),
          }),
        );
  const previousTable = b.table(
    PREVIOUS_CONTRIBUTIONS_TABLE,
    language,
    origin(PREVIOUS_COLUMN),
    [...previousRows, ...spare(PREVIOUS_CONTRIBUTIONS_TABLE.columns.length)],
    { headerStyle: HEADER_STYLE, styles: editable(PREVIOUS_CONTRIBUTIONS_TABLE, moneyFormat((previous?.amounts ?? []).map((a) => a.amount))) },
  );
  b.dataValidations.push(referenceValidation(previousTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  const ref = (spec: TableSpec, key: string): string => columnRef(spec.name, header(spec, key, language));
  return {
    lastTableRow: Math.max(poolsTable.lastDataRow, membersTable.lastDataRow, previousTable.lastDataRow),
    poolBlockRefs: {
      poolId: ref(POOLS_TABLE, 'id'),
      poolName: ref(POOLS_TABLE, 'name'),
      poolAmount: ref(POOLS_TABLE, 'amount'),
      poolKey: ref(POOLS_TABLE, 'key'),
      poolRounding: ref(POOLS_TABLE, 'rounding'),
      poolAll: ref(POOLS_TABLE, 'allMunicipalities'),
      memberPool: ref(POOL_MEMBERS_TABLE, 'pool'),
      memberMunicipality: ref(POOL_MEMBERS_TABLE, 'municipality'),
      memberWeight: ref(POOL_MEMBERS_TABLE, 'weight'),
      memberFixedAmount: ref(POOL_MEMBERS_TABLE, 'fixedAmount'),
      municipalityId: ref(MUNICIPALITIES_TABLE, 'id'),
      municipalityPopulation: ref(MUNICIPALITIES_TABLE, 'population'),
    },
  };
}

export interface PoolMemberRow {
  pool: string;
  municipality: string;
  weight?: string;
  fixedAmount?: string;
}

/**
 * The PoolMembers rows of a plan. A pool that not every municipality shares
 * gets one row per participant (in the pool's order), carrying its weight or
 * fixed amount when the key has them; a participant with two entries gets two
 * rows and one without an entry a row without a value, so that the formulas
 * see the same problem as the engine. A pool that all municipalities share
 * needs rows only for a weights or fixed key: one per entry of the key.
 * (An entry for a municipality outside a restricted pool cannot be shown:
 * a row would make it a participant. The engine reports it.)
 */
export function poolMemberRows(plan: Plan): PoolMemberRow[] {
  const rows: PoolMemberRow[] = [];
  for (const pool of plan.contributions.pools) {
    const entries = keyEntries(pool);
    if (pool.municipalities === undefined) {
      for (const entry of entries) rows.push(memberRow(pool, entry.municipality, entry.value));
      continue;
    }
    const seen = new Set<string>();
    for (const id of pool.municipalities) {
      if (seen.has(id)) continue;
      seen.add(id);
      const own = entries.filter((e) => e.municipality === id);
      if (own.length === 0) rows.push(memberRow(pool, id, undefined));
      for (const entry of own) rows.push(memberRow(pool, id, entry.value));
    }
  }
  return rows;
}

function keyEntries(pool: Pool): Array<{ municipality: string; value: string }> {
  if (pool.key.kind === 'weights') return pool.key.weights.map((w) => ({ municipality: w.municipality, value: w.weight }));
  if (pool.key.kind === 'fixed') return pool.key.amounts.map((a) => ({ municipality: a.municipality, value: a.amount }));
  return [];
}

function memberRow(pool: Pool, municipality: string, value: string | undefined): PoolMemberRow {
  if (pool.key.kind === 'weights') return { pool: pool.id, municipality, weight: value };
  if (pool.key.kind === 'fixed') return { pool: pool.id, municipality, fixedAmount: value };
  return { pool: pool.id, municipality };
}

/** One width per column for the tables and the calculation below them. */
function setColumnWidths(b: SheetBuilder, plan: Plan): void {
  const columns = Math.max(
    PREVIOUS_COLUMN + PREVIOUS_CONTRIBUTIONS_TABLE.columns.length,
    MATRIX_FIRST_POOL_COLUMN + plan.contributions.pools.length + 4,
    22,
  );
  for (let column = 1; column <= columns; column += 1) b.width(column, 15);
  b.width(MATRIX_ID_COLUMN, 16);
  b.width(MATRIX_NAME_COLUMN, 34);
}
