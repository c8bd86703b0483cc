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
  /** Width in Excel's character units. */
  width: number;
  hidden?: boolean;
}

export interface RowLayout {
  /** 1-based row index. */
  index: number;
  /** Height in points. */
  height?: number;
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

export interface HeaderFooterLayout {
  /** Excel header/footer codes: &L &C &R sections, &P page, &N pages. */
  header: string;
  footer: string;
}

export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  fitToWidth: boolean;
  /** With fitToWidth, also shrink the sheet onto one page tall: a one-page sheet such as the summary with its charts. */
  fitToHeight?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "1:3". */
  printTitleRows?: string;
  /** The range to print, when not the whole used range. */
  printArea?: string;
  headerFooter: HeaderFooterLayout;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
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
}

export type SheetRole = 'summary' | 'municipalities' | 'budget' | 'contributions' | 'sections' | 'goals' | 'actions' | 'metrics' | 'actionPlan' | 'findings' | 'metadata';

export interface SheetLayout {
  /** Stable role: names differ by language, roles do not. */
  role: SheetRole;
  /** The sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** editable: people edit its tables; derived: regenerated and protected; hidden metadata. */
  kind: 'editable' | 'derived' | 'metadata';
  cells: LayoutCell[];
  columns: ColumnLayout[];
  rows: RowLayout[];
  merges: string[];
  tables: TableLayout[];
  dataValidations: DataValidationLayout[];
  conditionalFormats: ConditionalFormatLayout[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; columns: number };
  /** Manual page breaks: the 1-based rows after which a new printed page starts. */
  rowBreaks?: number[];
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
  language: 'fi' | 'en';
  sheets: SheetLayout[];
  definedNames: DefinedNameLayout[];
  properties: { title: string; subject: string; creator: string };
}
