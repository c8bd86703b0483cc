import { Decimal, ZERO } from '../../engine/money';
import { localise } from '../../model/messages/catalogue';
import type { Language, Plan } from '../../model/plan';
import { absoluteAddress, address, columnLetter, rangeAddress, sheetRef } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { printSetup } from '../print-setup';
import { EMPTY_TEXT, formula, numberOrBlank, numberResult, resultNumber, SheetBuilder, text, textResult } from '../sheet-builder';
import { columnRef, formulaString } from '../structured-ref';
import { COLOURS, DEFAULT_FONT_SIZE, FORMATS, STYLES } from '../styles';
import { BUDGET_YEARS_TABLE, PREVIOUS_CONTRIBUTIONS_TABLE } from '../schema/tables';
import { charactersPerLine, rowHeightFor, textLineCount } from '../text-lines';
import type { CellStyle, DefinedNameLayout, FormulaResult, SheetLayout } from '../workbook-layout';
import { PARAM, poolAllocationBlock, ROW, type PoolAllocationBlock, type PoolBlockRefs } from './pool-allocation-block';
import { poolMemberRows } from './cost-pools-sheet';
import { enumLabel, header, HEADER_STYLE, LANDSCAPE_PRINT_WIDTH, sheetName, TITLE_ROW } from './sheet-common';

/**
 * Kuntaosuudet: derived whole, and protected. What the council reads at the
 * top, then the live formulas that share every pool out exactly as the
 * engine does (pool-allocation-block.ts), from the tables on Kustannuserät
 * (cost-pools-sheet.ts).
 *
 * At the top, and printed: the matrix of municipalities × pools with totals,
 * the previous year and the change, under each pool its amount, allocation
 * key, rounding and calculation status, and the check against the budget
 * year's municipal funding. The print area ends there, so the appendix prints
 * at a readable scale on landscape A4, fitted to the page width while the
 * matrix is within LANDSCAPE_PRINT_WIDTH (six pools). A wider matrix is not
 * shrunk: it prints at full size across pages, each repeating the id and
 * name columns and the header row (print titles).
 *
 * Everything is looked up by id (SUMIFS, COUNTIFS, MATCH over the tables'
 * columns), so the order of the editable rows does not matter. A pool added
 * to the tables gets its own calculation block and matrix column when the
 * sheet is regenerated.
 */

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

/** `refs` are the cost-pool tables' columns as Kustannuserät laid them out (cost-pools-sheet.ts). */
export function contributionsLayout(plan: Plan, refs: PoolBlockRefs, language: Language = plan.language): ContributionsLayout {
  const name = sheetName('contributions', language);
  const b = new SheetBuilder('contributions', name, 'derived');
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
  b.set(1, introRow, text(m('contributions.intro', { sheet: sheetName('costPools', language) })), { italic: true });

  b.set(1, introRow + 2, text(m('contributions.blocksTitle')), STYLES.subtitle);
  b.set(1, introRow + 3, text(m('contributions.blocksNote')), { italic: true });
  const blocks: PoolAllocationBlock[] = [];
  let blockRow = introRow + 5;
  const memberRows = poolMemberRows(plan);
  for (const pool of pools) {
    const block = poolAllocationBlock(b, plan, pool, language, blockRow, refs, memberRows);
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
  const previousEntries = (plan.contributions.previous?.amounts ?? []).map((entry) => ({
    municipality: entry.municipality,
    amount: new Decimal(entry.amount),
  }));
  const previousYearValue = previousEntries.length === 0 ? null : (plan.contributions.previous?.year ?? null);
  const shareOf = (p: number, i: number): FormulaResult => (blocks[p] as PoolAllocationBlock).shareResult(i);
  const totals = municipalities.map((_, i) => pools.reduce((total, _pool, p) => total.plus(resultNumber(shareOf(p, i)) ?? ZERO), ZERO));
  // Summed by id as SUMIFS matches it (case-insensitively), once rather than per municipality.
  const previousById = new Map<string, Decimal>();
  for (const entry of previousEntries) {
    const id = entry.municipality.toLowerCase();
    previousById.set(id, (previousById.get(id) ?? ZERO).plus(entry.amount));
  }
  const previousAmounts = municipalities.map((municipality) =>
    previousYearValue === null ? null : (previousById.get(municipality.id.toLowerCase()) ?? null),
  );
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
  if (Math.max(1, ...keyLines) > 1) b.height(poolKeyRow, rowHeightFor(Math.max(...keyLines), DEFAULT_FONT_SIZE), { estimated: true });
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
  const fits = matrixWidth(pools.length) <= LANDSCAPE_PRINT_WIDTH;
  const print = printSetup(plan, {
    orientation: 'landscape',
    printArea: rangeAddress(1, 1, Math.max(changePercentColumn, checkColumn), checkRow),
    pageLabel: m('print.pageLabel'),
    ...(fits
      ? {}
      : {
          fitToWidth: false,
          printTitleColumns: `${columnLetter(MATRIX_ID_COLUMN)}:${columnLetter(MATRIX_NAME_COLUMN)}`,
          printTitleRows: `${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`,
        }),
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

/** The printed matrix's width in character units with this many pools. */
export function matrixWidth(pools: number): number {
  return WIDTHS.id + WIDTHS.name + pools * WIDTHS.pool + WIDTHS.total + WIDTHS.previous + WIDTHS.change + WIDTHS.changePercent;
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
