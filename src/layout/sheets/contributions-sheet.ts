import { Decimal, ZERO } from '../../engine/money';
import { localise } from '../../model/messages/catalogue';
import type { Language, Plan, Pool } from '../../model/plan';
import { absoluteAddress, address, rangeAddress, sheetRef } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { EMPTY_TEXT, formula, num, numberOrBlank, numberResult, resultNumber, SheetBuilder, text, textResult } from '../sheet-builder';
import { columnRef, formulaString } from '../structured-ref';
import { COLOURS, DEFAULT_FONT_SIZE, FORMATS, STYLES } from '../styles';
import {
  BUDGET_YEARS_TABLE,
  MUNICIPALITIES_TABLE,
  POOL_MEMBERS_TABLE,
  POOLS_TABLE,
  PREVIOUS_CONTRIBUTIONS_TABLE,
  type TableSpec,
} from '../tables';
import { charactersPerLine, rowHeightFor, textLineCount } from '../text-lines';
import type { CellStyle, CellValue, DefinedNameLayout, FormulaResult, SheetLayout } from '../workbook-layout';
import { PARAM, poolAllocationBlock, ROW, type PoolAllocationBlock, type PoolBlockRefs } from './pool-allocation-block';
import {
  columnStyles,
  enumCell,
  enumLabel,
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
 * Kuntaosuudet: what the council reads at the top, then the editable
 * cost-pool tables, then the live formulas that share every pool out exactly
 * as the engine does (pool-allocation-block.ts).
 *
 * At the top, and printed: the matrix of municipalities × pools with totals,
 * the previous year and the change, under each pool its amount, allocation
 * key, rounding and calculation status, and the check against the budget
 * year's municipal funding. The print area ends there, so the appendix prints
 * at a readable scale on landscape A4 (LANDSCAPE_PRINT_WIDTH with six pools).
 * The Pools table is not printed: its notes would need a column of their own,
 * and the matrix shows what the council needs of it.
 *
 * Below, the three editable tables one above another, each within the
 * columns of the one above (for the same reason as on Talousarvio: a table
 * below that reached further right would stop Excel inserting rows above
 * it). The sheet is protected and only the tables' data cells are unlocked;
 * since Excel cannot add rows to a table on a protected sheet, each table
 * carries a few spare empty rows (the reader skips blank rows).
 *
 * Everything else is looked up by id (SUMIFS, COUNTIFS, MATCH over the
 * tables' columns), so the order of the editable rows does not matter. A pool
 * added to the tables gets its own calculation block and matrix column when
 * the sheet is regenerated.
 */

/** Empty rows left at the end of each editable table, for additions while the sheet is protected. */
export const SPARE_TABLE_ROWS = 3;

const MATRIX_TITLE_ROW = 2;
const MATRIX_HEADER_ROW = 3;

/** Matrix columns: id, name, one per pool, then total, previous year, change € and change %. */
const MATRIX_ID_COLUMN = 1;
const MATRIX_NAME_COLUMN = 2;
const MATRIX_FIRST_POOL_COLUMN = 3;

/**
 * Printed column widths (character units): a pool's share, the total and the
 * change in bold with cents, the headers' longest words. Pool names wrap in
 * the matrix header.
 */
const WIDTHS = { id: 12, name: 22, pool: 13, total: 15, previous: 14, change: 14, changePercent: 9 } as const;
/** The width of the calculation blocks' columns beyond the matrix. */
const BLOCK_COLUMN_WIDTH = 15;

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
  /** What the grand total and the difference from the budget's municipal funding give. */
  results: { total: FormulaResult; fundingDifference: FormulaResult };
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
  const municipalities = plan.municipalities;
  const pools = plan.contributions.pools;

  // The rows, top down: the matrix and the checks (printed), the editable tables, the blocks.
  const firstMatrixRow = MATRIX_HEADER_ROW + 1;
  const lastMatrixRow = firstMatrixRow + Math.max(municipalities.length, 1) - 1;
  const totalRow = lastMatrixRow + 1;
  const poolAmountRow = totalRow + 1;
  const poolKeyRow = poolAmountRow + 1;
  const poolRoundingRow = poolKeyRow + 1;
  const poolStatusRow = poolRoundingRow + 1;
  const previousYearRow = poolStatusRow + 2;
  const fundingRow = previousYearRow + 1;
  const differenceRow = fundingRow + 1;
  const checkRow = differenceRow + 1;
  const introRow = checkRow + 3;

  const totalColumn = MATRIX_FIRST_POOL_COLUMN + pools.length;
  const previousColumn = totalColumn + 1;
  const changeColumn = previousColumn + 1;
  const changePercentColumn = changeColumn + 1;
  // The checks' figures stand under the grand total, their labels running over the empty cells to the left.
  const checkColumn = Math.max(totalColumn, MATRIX_FIRST_POOL_COLUMN + 1);
  setColumnWidths(b, pools.length);

  b.set(1, TITLE_ROW, text(m('contributions.title', { year: plan.budgetYear })), STYLES.title);
  b.set(1, introRow, text(m('contributions.intro')), { italic: true });
  const refs = placeEditableTables(b, plan, language, m, introRow + 2);

  b.set(1, refs.lastTableRow + 3, text(m('contributions.blocksTitle')), STYLES.subtitle);
  b.set(1, refs.lastTableRow + 4, text(m('contributions.blocksNote')), { italic: true });
  const blocks: PoolAllocationBlock[] = [];
  let blockRow = refs.lastTableRow + 6;
  for (const pool of pools) {
    const block = poolAllocationBlock(b, plan, pool, language, blockRow, refs.poolBlockRefs, poolMemberRows(plan));
    blocks.push(block);
    blockRow = block.lastRow + 3;
  }

  const matrixStyle: CellStyle = { numberFormat: FORMATS.moneyCents, border: { bottom: 'thin' } };
  const totalStyle: CellStyle = { bold: true, fill: COLOURS.derivedFill, numberFormat: FORMATS.moneyCents, border: { top: 'thin' } };

  b.set(1, MATRIX_TITLE_ROW, text(m('contributions.matrixTitle', { year: plan.budgetYear })), STYLES.subtitle);
  const headers: Array<[number, string]> = [
    [MATRIX_ID_COLUMN, m('contributions.column.id')],
    [MATRIX_NAME_COLUMN, m('contributions.column.municipality')],
    ...pools.map((pool, i): [number, string] => [MATRIX_FIRST_POOL_COLUMN + i, pool.name]),
    [totalColumn, m('contributions.column.total')],
    [previousColumn, m('contributions.column.previous')],
    [changeColumn, m('contributions.column.change')],
    [changePercentColumn, m('contributions.column.changePercent')],
  ];
  for (const [column, label] of headers) b.set(column, MATRIX_HEADER_ROW, text(label), HEADER_STYLE);

  // What the matrix's formulas give, from the tables the layout writes (the shares from the pool blocks).
  const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const previousEntries = (plan.contributions.previous?.amounts ?? []).map((entry) => ({
    municipality: entry.municipality,
    amount: new Decimal(entry.amount),
  }));
  const previousYearValue = previousEntries.length === 0 ? null : (plan.contributions.previous?.year ?? null);
  const shareOf = (p: number, i: number): FormulaResult => (blocks[p] as PoolAllocationBlock).shareResult(i);
  const totals = municipalities.map((_, i) => pools.reduce((total, _pool, p) => total.plus(resultNumber(shareOf(p, i)) ?? ZERO), ZERO));
  const previousAmounts = municipalities.map((municipality) => {
    const own = previousEntries.filter((entry) => sameText(entry.municipality, municipality.id));
    return previousYearValue === null || own.length === 0 ? null : own.reduce((total, entry) => total.plus(entry.amount), ZERO);
  });
  const changeResult = (current: Decimal, before: Decimal | null): FormulaResult =>
    before === null ? EMPTY_TEXT : numberResult(current.minus(before).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const changePercentResult = (current: Decimal, before: Decimal | null): FormulaResult =>
    before === null || before.isZero() ? EMPTY_TEXT : numberResult(current.minus(before).div(before));
  const grandTotalValue = totals.reduce((total, value) => total.plus(value), ZERO);
  const previousTotalValue = previousAmounts.some((a) => a !== null)
    ? previousAmounts.reduce<Decimal>((total, value) => total.plus(value ?? ZERO), ZERO)
    : null;

  const previousYearCell = absoluteAddress(checkColumn, previousYearRow);
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
      b.set(MATRIX_FIRST_POOL_COLUMN + p, row, formula(blockShare, shareOf(p, i)), matrixStyle);
      shares.push({ pool: pool.id, municipality: municipality.id, blockShare, matrixShare: address(MATRIX_FIRST_POOL_COLUMN + p, row) });
    });
    const total = address(totalColumn, row);
    const previousAmount = address(previousColumn, row);
    const totalValue = totals[i] as Decimal;
    const previousValue = previousAmounts[i] ?? null;
    b.set(totalColumn, row, formula(sumAcross(row, pools.length, totalColumn), numberResult(totalValue)), { ...matrixStyle, bold: true });
    const hasPrevious = `COUNTIFS(${previous('municipality')},${id},${previous('year')},${previousYearCell})`;
    b.set(
      previousColumn,
      row,
      formula(
        `IF(${previousYearCell}="","",IF(${hasPrevious}=0,"",SUMIFS(${previous('amount')},${previous('municipality')},${id},${previous('year')},${previousYearCell})))`,
        numberOrBlank(previousValue),
      ),
      matrixStyle,
    );
    b.set(changeColumn, row, formula(changeAmount(total, previousAmount), changeResult(totalValue, previousValue)), matrixStyle);
    b.set(changePercentColumn, row, formula(changePercent(total, previousAmount), changePercentResult(totalValue, previousValue)), {
      ...matrixStyle,
      numberFormat: FORMATS.percent1,
    });
    matrixRows.push({ municipality: municipality.id, row, total: sheetRef(name, absoluteAddress(totalColumn, row)) });
  });

  // Totals: per pool, grand total, previous year and its change.
  b.set(MATRIX_NAME_COLUMN, totalRow, text(m('contributions.row.total')), totalStyle);
  const columnSum = (column: number): string =>
    `SUM(${rangeAddress(column, firstMatrixRow, column, lastMatrixRow)})`;
  pools.forEach((_, p) => {
    const poolTotal = municipalities.reduce((total, _m, i) => total.plus(resultNumber(shareOf(p, i)) ?? ZERO), ZERO);
    b.set(MATRIX_FIRST_POOL_COLUMN + p, totalRow, formula(columnSum(MATRIX_FIRST_POOL_COLUMN + p), numberResult(poolTotal)), totalStyle);
  });
  const grandTotal = address(totalColumn, totalRow);
  const previousTotal = address(previousColumn, totalRow);
  b.set(totalColumn, totalRow, formula(columnSum(totalColumn), numberResult(grandTotalValue)), totalStyle);
  b.set(
    previousColumn,
    totalRow,
    formula(
      `IF(COUNT(${rangeAddress(previousColumn, firstMatrixRow, previousColumn, lastMatrixRow)})=0,"",${columnSum(previousColumn)})`,
      numberOrBlank(previousTotalValue),
    ),
    totalStyle,
  );
  b.set(changeColumn, totalRow, formula(changeAmount(grandTotal, previousTotal), changeResult(grandTotalValue, previousTotalValue)), totalStyle);
  b.set(changePercentColumn, totalRow, formula(changePercent(grandTotal, previousTotal), changePercentResult(grandTotalValue, previousTotalValue)), {
    ...totalStyle,
    numberFormat: FORMATS.percent1,
  });

  // Per pool: its amount, key and rounding as the Pools table gives them, and whether its key could be
  // applied, so that the printed matrix says how each pool is shared and a problem shows there too.
  b.set(MATRIX_NAME_COLUMN, poolAmountRow, text(m('contributions.row.poolAmount')), STYLES.label);
  b.set(MATRIX_NAME_COLUMN, poolKeyRow, text(m('contributions.row.poolKey')), STYLES.label);
  b.set(MATRIX_NAME_COLUMN, poolRoundingRow, text(m('contributions.row.poolRounding')), STYLES.label);
  b.set(MATRIX_NAME_COLUMN, poolStatusRow, text(m('contributions.row.poolStatus')), STYLES.label);
  const labelStyle: CellStyle = { wrap: true, vertical: 'top' };
  pools.forEach((_, p) => {
    const block = blocks[p] as PoolAllocationBlock;
    const column = MATRIX_FIRST_POOL_COLUMN + p;
    b.set(column, poolAmountRow, formula(block.amountCell, block.amountResult), { numberFormat: FORMATS.moneyCents });
    b.set(column, poolKeyRow, formula(block.keyCell, block.keyResult), labelStyle);
    b.set(column, poolRoundingRow, formula(block.roundingCell, block.roundingResult), labelStyle);
    b.set(column, poolStatusRow, formula(block.statusTextCell, block.statusTextResult), labelStyle);
  });
  // The key's label is a formula, so its height comes from the labels the pools have now.
  const keyLines = pools.map((pool) =>
    textLineCount(enumLabel('allocationKey', pool.key.kind, language), charactersPerLine(WIDTHS.pool, DEFAULT_FONT_SIZE)),
  );
  if (Math.max(1, ...keyLines) > 1) b.height(poolKeyRow, rowHeightFor(Math.max(...keyLines), DEFAULT_FONT_SIZE));
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
    checkColumn,
    previousYearRow,
    formula(`IF(COUNT(${previous('year')})=0,"",MAX(${previous('year')}))`, numberOrBlank(previousYearValue)),
    { numberFormat: FORMATS.year, horizontal: 'right' },
  );
  b.set(1, fundingRow, text(m('contributions.funding', { year })), STYLES.label);
  const fundingCell = address(checkColumn, fundingRow);
  const fundingEntries = plan.budget.years.filter((y) => y.year === plan.budgetYear && y.municipalFunding !== undefined);
  const fundingValue = fundingEntries.length === 0 ? null : fundingEntries.reduce((total, y) => total.plus(y.municipalFunding ?? 0), ZERO);
  const differenceValue = fundingValue === null ? null : grandTotalValue.minus(fundingValue).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  b.set(
    checkColumn,
    fundingRow,
    formula(`IF(${fundingGiven}=0,"",SUMIFS(${budgetYears('municipalFunding')},${budgetYears('year')},${year}))`, numberOrBlank(fundingValue)),
    { numberFormat: FORMATS.moneyCents },
  );
  b.set(1, differenceRow, text(m('contributions.difference')), STYLES.label);
  const differenceCell = address(checkColumn, differenceRow);
  b.set(checkColumn, differenceRow, formula(`IF(${fundingCell}="","",ROUND(${grandTotal}-${fundingCell},2))`, numberOrBlank(differenceValue)), {
    numberFormat: FORMATS.moneyCents,
  });
  b.set(1, checkRow, text(m('contributions.check')), STYLES.label);
  const checkCell = address(checkColumn, checkRow);
  const ok = formulaString(m('contributions.status.ok'));
  b.set(
    checkColumn,
    checkRow,
    formula(
      `IF(${fundingCell}="",${formulaString(m('contributions.check.fundingMissing', { year }))},IF(${differenceCell}=0,${ok},${formulaString(m('contributions.check.mismatch'))}))`,
      textResult(
        differenceValue === null
          ? m('contributions.check.fundingMissing', { year })
          : differenceValue.isZero()
            ? m('contributions.status.ok')
            : m('contributions.check.mismatch'),
      ),
    ),
    { bold: true },
  );
  b.conditionalFormats.push({ range: checkCell, formula: `${checkCell}<>${ok}`, style: { fill: COLOURS.errorFill, bold: true } });
  b.conditionalFormats.push({ range: checkCell, formula: `${checkCell}=${ok}`, style: { fill: COLOURS.okFill } });

  const definedNames: DefinedNameLayout[] = [
    { name: CONTRIBUTION_NAMES.total, ref: sheetRef(name, absoluteAddress(totalColumn, totalRow)) },
    { name: CONTRIBUTION_NAMES.previousTotal, ref: sheetRef(name, absoluteAddress(previousColumn, totalRow)) },
    { name: CONTRIBUTION_NAMES.fundingDifference, ref: sheetRef(name, absoluteAddress(checkColumn, differenceRow)) },
    ...municipalityNames(plan).map(({ index, definedName }) => ({
      name: definedName,
      ref: sheetRef(name, absoluteAddress(totalColumn, firstMatrixRow + index)),
    })),
  ];

  b.fitRowHeights(MATRIX_HEADER_ROW, blockRow);
  // Printed (as a council appendix): the matrix and the checks, not the tables or the working blocks.
  const print = printSetup(plan, {
    orientation: 'landscape',
    printArea: rangeAddress(1, 1, Math.max(changePercentColumn, checkColumn), checkRow),
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
    results: { total: numberResult(grandTotalValue), fundingDifference: numberOrBlank(differenceValue) },
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

/** The three editable tables from `top` down, each in column A with its title above it and a blank row between. */
function placeEditableTables(
  b: SheetBuilder,
  plan: Plan,
  language: Language,
  m: (key: LayoutMessageKey) => string,
  top: number,
): EditableTables {
  const editable = (spec: TableSpec, money: string): Record<string, CellStyle> => {
    const styles = columnStyles(spec, money);
    for (const key of Object.keys(styles)) styles[key] = { ...styles[key], locked: false };
    return styles;
  };
  const spare = (width: number): Array<Array<CellValue | undefined>> =>
    Array.from({ length: SPARE_TABLE_ROWS }, () => new Array<CellValue | undefined>(width).fill(undefined));

  const pools = plan.contributions.pools;
  b.set(1, top, text(m('contributions.poolsTitle')), STYLES.subtitle);
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
  // Not wrapped: the note runs on over the empty cells to the right of the table.
  poolStyles.note = { locked: false, vertical: 'top' };
  const poolsTable = b.table(POOLS_TABLE, language, { column: 1, row: top + 1 }, [...poolRows, ...spare(POOLS_TABLE.columns.length)], {
    headerStyle: HEADER_STYLE,
    styles: poolStyles,
  });
  b.dataValidations.push(enumValidation(poolsTable.dataRange('key'), 'allocationKey', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('rounding'), 'rounding', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('allMunicipalities'), 'yesNo', language, true));

  const membersTop = poolsTable.lastDataRow + 2;
  b.set(1, membersTop, text(m('contributions.membersTitle')), STYLES.subtitle);
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
    { column: 1, row: membersTop + 1 },
    [...memberRows, ...spare(POOL_MEMBERS_TABLE.columns.length)],
    { headerStyle: HEADER_STYLE, styles: editable(POOL_MEMBERS_TABLE, FORMATS.moneyCents) },
  );
  b.dataValidations.push(referenceValidation(membersTable.dataRange('pool'), POOLS_TABLE, language, true));
  b.dataValidations.push(referenceValidation(membersTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  const previousTop = membersTable.lastDataRow + 2;
  b.set(1, previousTop, text(m('contributions.previousTitle')), STYLES.subtitle);
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
    { column: 1, row: previousTop + 1 },
    [...previousRows, ...spare(PREVIOUS_CONTRIBUTIONS_TABLE.columns.length)],
    { headerStyle: HEADER_STYLE, styles: editable(PREVIOUS_CONTRIBUTIONS_TABLE, moneyFormat((previous?.amounts ?? []).map((a) => a.amount))) },
  );
  b.dataValidations.push(referenceValidation(previousTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  const ref = (spec: TableSpec, key: string): string => columnRef(spec.name, header(spec, key, language));
  return {
    lastTableRow: previousTable.lastDataRow,
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

/** One width per column: the matrix's as printed, the blocks' beyond it. */
function setColumnWidths(b: SheetBuilder, pools: number): void {
  const totalColumn = MATRIX_FIRST_POOL_COLUMN + pools;
  const lastColumn = Math.max(totalColumn + 3, PARAM.status, ROW.share);
  for (let column = 1; column <= lastColumn; column += 1) b.width(column, BLOCK_COLUMN_WIDTH);
  b.width(MATRIX_ID_COLUMN, WIDTHS.id);
  b.width(MATRIX_NAME_COLUMN, WIDTHS.name);
  for (let p = 0; p < pools; p += 1) b.width(MATRIX_FIRST_POOL_COLUMN + p, WIDTHS.pool);
  b.width(totalColumn, WIDTHS.total);
  b.width(totalColumn + 1, WIDTHS.previous);
  b.width(totalColumn + 2, WIDTHS.change);
  b.width(totalColumn + 3, WIDTHS.changePercent);
}

/** Change from the previous year in euros, to the cent; blank without a previous amount. */
function changeAmount(current: string, previous: string): string {
  return `IF(${previous}="","",ROUND(${current}-${previous},2))`;
}

/** Change from the previous year as a fraction; blank without a previous amount or when it is zero. */
function changePercent(current: string, previous: string): string {
  return `IF(${previous}="","",IF(${previous}=0,"",(${current}-${previous})/${previous}))`;
}
