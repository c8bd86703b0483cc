import type { Language } from '../model/plan';
import type { Placement } from './schema/placement';

/**
 * WorkbookLayout: a plain, serialisable description of the whole workbook.
 *
 * Every sheet, table, formula, number format, validation list, print setting
 * and protection flag is decided here, once. The ExcelJS writer (src/xlsx) and
 * the office-js writer (src/excel) only transcribe it, so the formulas proven
 * in LibreOffice are the ones the add-in writes into Excel.
 *
 * Conventions:
 * - Addresses are A1 strings on the sheet itself ("B3", "A1:F20").
 * - Formulas are written without the leading "=", with English function names
 *   and "," separators (Excel's `formulas`, never `formulasLocal`). Functions
 *   that need a file prefix in .xlsx (e.g. RANK.EQ) are written plainly here;
 *   the .xlsx writer adds `_xlfn.`.
 * - Every formula carries its result as the engine computes it, so that a
 *   viewer that does not recalculate still shows the figures.
 * - Numbers are decimal strings so that money never passes through a float
 *   before it reaches a writer.
 * - Sizes are in points (column widths, row heights, margins), the unit
 *   office-js uses; the .xlsx writer converts to the file's units.
 * - What a host may do better itself is marked as a hint: row heights
 *   estimated from text and the page breaks that follow from them.
 * - Every sheet says which of its cells belong to people and which to
 *   PlanSheets (regions), so that a refresh knows what it may rewrite.
 */

/** What a formula evaluates to, as the engine computes it: the cell's cached result. */
export type FormulaResult =
  | { kind: 'number'; value: string } // a decimal string, never a float's toString of money
  | { kind: 'text'; text: string } // '' for the empty text that IF(...,"",...) gives
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; error: string }; // e.g. '#DIV/0!' — should never be needed for valid plans

export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: string }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  /** `result` is what the formula gives for this plan: writers store it as the cell's cached value. */
  | { kind: 'formula'; formula: string; result: FormulaResult };

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';
export type BorderStyle = 'thin' | 'medium';

export interface CellStyle {
  /** A locale-independent Excel number format code, e.g. '#,##0.00 "€"', '0.0 %', '0'. */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** RGB hex without '#', e.g. '1F3864'. */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  /** Indent level (Excel's indent, about three characters each). */
  indent?: number;
  border?: { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };
  /** Whether the cell is locked when its sheet is protected. Excel's default is true. */
  locked?: boolean;
}

export interface LayoutCell {
  ref: string;
  value: CellValue;
  style?: CellStyle;
}

export interface ColumnLayout {
  /** 1-based column index. */
  index: number;
  /** Width in points. */
  width: number;
  hidden?: boolean;
}

export interface RowLayout {
  /** 1-based row index. */
  index: number;
  /** Height in points. */
  height?: number;
  /**
   * The height is estimated from the row's wrapped text (text-lines.ts): a
   * print hint, which a host that fits rows to their text may replace.
   */
  estimated?: boolean;
  hidden?: boolean;
}

export interface TableColumnLayout {
  /** The header text, as shown in the header row. */
  name: string;
  /**
   * A calculated column: the formula of every data row (may use [@Column]
   * references). Each data row's cell carries its own result.
   */
  formula?: string;
}

export interface TableLayout {
  /** Stable, language-independent table name (ListObject name), e.g. "Municipalities". */
  name: string;
  /** The whole table including the header row, e.g. "A4:F9". */
  ref: string;
  columns: TableColumnLayout[];
  /** Excel built-in style name; print sheets also carry explicit cell styles (LibreOffice ignores table styles). */
  style?: string;
  showRowStripes?: boolean;
}

export interface DataValidationLayout {
  /** Target range, e.g. "C5:C200". */
  range: string;
  /** A list source: either a formula (e.g. "=Sections[Id]" style references resolved to a range) or literal values. */
  list: { formula: string } | { values: string[] };
  allowBlank: boolean;
  /** Shown when a value outside the list is typed. */
  error?: { title: string; message: string };
}

export interface ConditionalFormatLayout {
  range: string;
  /** A formula relative to the range's top-left cell; true marks the cell. */
  formula: string;
  style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
}

/**
 * One header or footer line in its three parts. The texts use Excel's
 * header codes within a part: &P page, &N pages, &8 font size, && a literal
 * ampersand (the same codes office-js takes).
 */
export interface HeaderFooterParts {
  left?: string;
  center?: string;
  right?: string;
}

export interface HeaderFooterLayout {
  /** Every page, or the odd pages when `even` is given. */
  odd: { header: HeaderFooterParts; footer: HeaderFooterParts };
  /** The first page, when it differs. */
  first?: { header: HeaderFooterParts; footer: HeaderFooterParts };
  /** Even pages, when they differ. */
  even?: { header: HeaderFooterParts; footer: HeaderFooterParts };
}

/** What a host may replace with its own pagination. */
export interface PrintHints {
  /**
   * Manual page breaks, estimated from the row heights so that a heading
   * stays with what follows it: the 1-based rows after which a page breaks.
   */
  rowBreaks: number[];
}

export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  fitToWidth: boolean;
  /** With fitToWidth, also shrink the sheet onto one page tall: a one-page sheet such as the summary with its charts. */
  fitToHeight?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:3". */
  printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B": a sheet too wide to fit split across pages. */
  printTitleColumns?: string;
  /** The range to print, when not the whole used range. */
  printArea?: string;
  headerFooter: HeaderFooterLayout;
  /** Margins in points. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  hints?: PrintHints;
}

export interface ChartSeriesLayout {
  /** A formula giving the series name, e.g. "Kuntaosuudet!$B$3", or literal text. */
  name: { ref: string } | { text: string };
  /** Absolute sheet-qualified references, e.g. "'Kuntaosuudet'!$A$4:$A$8". */
  categories: string;
  values: string;
}

export interface ChartLayout {
  kind: 'column' | 'bar' | 'line';
  title: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  series: ChartSeriesLayout[];
  /** Number format of the value axis. */
  valueFormat?: string;
  /**
   * A fixed value axis (shares: 0 to 1), so that an empty or small series is
   * not drawn on an arbitrary scale. Like valueFormat, the .xlsx writer sets
   * it; through office-js Excel keeps its automatic scale.
   */
  valueRange?: { min: number; max: number };
}

export type SheetRole =
  | 'summary'
  | 'municipalities'
  | 'budget'
  | 'costPools'
  | 'contributions'
  | 'sections'
  | 'goals'
  | 'actions'
  | 'metrics'
  | 'chapters'
  | 'actionPlan'
  | 'findings'
  | 'changes'
  | 'metadata';

/**
 * Who owns a range of a sheet.
 * - editableTable: an Excel table people keep; a refresh reads it first and
 *   writes back exactly what it read, plus rows it is told to add. Its
 *   calculated columns are PlanSheets' formulas, kept uniform down the table.
 * - editableCells: cells people type into outside any table (the council rule).
 * - derived: PlanSheets' own; a refresh rewrites the range whole.
 */
export type SheetRegion =
  | { kind: 'editableTable'; table: string; ref: string; calculatedColumns: string[] }
  | { kind: 'editableCells'; ref: string }
  | { kind: 'derived'; ref: string };

export interface SheetLayout {
  /** Stable role: names differ by language, roles do not. */
  role: SheetRole;
  /** The sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** editable: people edit its tables; derived: regenerated and protected; hidden metadata. */
  kind: 'editable' | 'derived' | 'metadata';
  /** Who owns which cells: every cell of the sheet lies in exactly one region. */
  regions: SheetRegion[];
  /** Where each plan object written to a table of this sheet landed (writers ignore it). */
  placements: Placement[];
  cells: LayoutCell[];
  columns: ColumnLayout[];
  rows: RowLayout[];
  merges: string[];
  tables: TableLayout[];
  dataValidations: DataValidationLayout[];
  conditionalFormats: ConditionalFormatLayout[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; columns: number };
  /** Protected without a password so nobody overwrites a formula by accident. */
  protected: boolean;
  hidden?: boolean;
  print: PrintLayout;
  charts: ChartLayout[];
  tabColor?: string;
}

export interface DefinedNameLayout {
  /** Workbook-scoped name, e.g. "TotalMunicipalFunding". */
  name: string;
  /** Absolute, sheet-qualified reference, e.g. "'Talousarvio'!$D$5". */
  ref: string;
}

export interface WorkbookLayout {
  language: Language;
  sheets: SheetLayout[];
  definedNames: DefinedNameLayout[];
  properties: { title: string; subject: string; creator: string };
}
