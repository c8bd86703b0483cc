import { Decimal } from '../engine/money';
import type { Language } from '../model/plan';
import { address, parseAddress, rangeAddress } from './a1';
import { DEFAULT_FONT_SIZE } from './styles';
import type { TableSpec } from './tables';
import { charactersPerLine, rowHeightFor, textLineCount } from './text-lines';
import type {
  CellStyle,
  CellValue,
  ChartLayout,
  ColumnLayout,
  ConditionalFormatLayout,
  DataValidationLayout,
  FormulaResult,
  PrintLayout,
  SheetLayout,
  SheetRole,
  TableLayout,
} from './workbook-layout';

export const text = (value: string): CellValue => ({ kind: 'text', text: value });
export const num = (value: string | number): CellValue => ({ kind: 'number', value: String(value) });
export const formula = (value: string, result: FormulaResult): CellValue => ({ kind: 'formula', formula: value, result });
/**
 * A number a formula gives. A Decimal is written with up to 20 significant
 * digits, more than a double holds: a ratio such as 985/11498 keeps its
 * value, and money its exact cents.
 */
export const numberResult = (value: Decimal | number | string): FormulaResult => ({
  kind: 'number',
  value: new Decimal(value).toSignificantDigits(20).toFixed(),
});
export const textResult = (value: string): FormulaResult => ({ kind: 'text', text: value });
/** The empty text of IF(..., "", ...): a blank that is not an empty cell. */
export const EMPTY_TEXT: FormulaResult = { kind: 'text', text: '' };
/** A result that is a number when given, else the empty text. */
export const numberOrBlank = (value: Decimal | number | null | undefined): FormulaResult =>
  value === null || value === undefined ? EMPTY_TEXT : numberResult(value);

/** The number a result holds, or null for a text, boolean or error. */
export const resultNumber = (result: FormulaResult): Decimal | null => (result.kind === 'number' ? new Decimal(result.value) : null);

/** A calculated column of a table: the formula of a data row and what it gives in the table's data row `index` (0-based). */
export interface CalculatedColumn {
  formula: (row: number) => string;
  result: (index: number) => FormulaResult;
}
export const date = (iso: string): CellValue => ({ kind: 'date', iso });

/** Excel's default column width, in character units: the width of a column the layout sets none for. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** Where a table landed on its sheet, so that formulas and validations can point into it. */
export interface PlacedTable {
  layout: TableLayout;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** 1-based sheet column of a column key. */
  column(key: string): number;
  /** The data cells of one column, e.g. "C5:C9". */
  dataRange(key: string): string;
}

/**
 * Collects one sheet's cells, tables and settings. A small mutable helper
 * used while a sheet is laid out; what it builds is plain data.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, SheetLayout['cells'][number]>();
  private readonly columnWidths = new Map<number, number>();
  private readonly rowHeights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly tables: TableLayout[] = [];
  readonly dataValidations: DataValidationLayout[] = [];
  readonly conditionalFormats: ConditionalFormatLayout[] = [];
  readonly charts: ChartLayout[] = [];
  /** Rows after which a printed page breaks. */
  readonly rowBreaks: number[] = [];
  freeze?: { rows: number; columns: number };

  constructor(
    readonly role: SheetRole,
    readonly name: string,
    readonly kind: SheetLayout['kind'],
  ) {}

  set(column: number, row: number, value: CellValue, style?: CellStyle): void {
    const ref = address(column, row);
    this.cells.set(ref, style ? { ref, value, style } : { ref, value });
  }

  /** Adds style properties to a cell that is already set (no-op otherwise). */
  style(column: number, row: number, style: CellStyle): void {
    const cell = this.cells.get(address(column, row));
    if (cell) cell.style = { ...cell.style, ...style };
  }

  width(column: number, width: number): void {
    this.columnWidths.set(column, width);
  }

  height(row: number, height: number): void {
    this.rowHeights.set(row, height);
  }

  /** The height set for a row, if any. */
  rowHeight(row: number): number | undefined {
    return this.rowHeights.get(row);
  }

  /** The column widths set so far, in column order. */
  columnLayouts(): ColumnLayout[] {
    return [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([index, width]) => ({ index, width }));
  }

  /**
   * Gives each row from `fromRow` to `toRow` whose wrapped text needs more
   * than one line the height that text needs at the column widths set so far
   * (text-lines.ts). Neither writer fits a row to its text, and LibreOffice
   * prints a row without a height one line high, the text running over the
   * rows below. A row of one line keeps the default height, and a row keeps a
   * larger height it already has. Merged cells are left to their sheet.
   */
  fitRowHeights(fromRow: number, toRow: number): void {
    const merged = new Set(this.merges.map((range) => range.split(':')[0]));
    const needed = new Map<number, number>();
    for (const cell of this.cells.values()) {
      const at = parseAddress(cell.ref);
      if (!at || at.row < fromRow || at.row > toRow || merged.has(cell.ref)) continue;
      if (!cell.style?.wrap || cell.value.kind !== 'text' || cell.value.text === '') continue;
      const fontSize = cell.style.fontSize ?? DEFAULT_FONT_SIZE;
      // An indent level takes about three characters of the line.
      const width = (this.columnWidths.get(at.column) ?? DEFAULT_COLUMN_WIDTH) - 3 * (cell.style.indent ?? 0);
      const lines = textLineCount(cell.value.text, charactersPerLine(width, fontSize, cell.style.bold ?? false));
      if (lines > 1) needed.set(at.row, Math.max(needed.get(at.row) ?? 0, rowHeightFor(lines, fontSize)));
    }
    for (const [row, height] of needed) {
      if (height > (this.rowHeights.get(row) ?? 0)) this.height(row, height);
    }
  }

  /**
   * Places an Excel table with its header at `origin`. `rows` hold one value
   * per column (undefined leaves a cell empty); derived columns take their
   * formula and each row's result from `formulas`. A table without rows gets one empty row, since
   * Excel does not allow a table of only a header.
   */
  table(
    spec: TableSpec,
    language: Language,
    origin: { column: number; row: number },
    rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
    options: {
      extraColumns?: Array<{ name: string; width: number }>;
      formulas?: Record<string, CalculatedColumn>;
      styles?: Record<string, CellStyle>;
      headerStyle?: CellStyle;
    } = {},
  ): PlacedTable {
    const headers = [
      ...spec.columns.map((c) => ({ key: c.key, name: c.header[language], width: c.width })),
      ...(options.extraColumns ?? []).map((c) => ({ key: c.name, name: c.name, width: c.width })),
    ];
    const headerRow = origin.row;
    const firstDataRow = headerRow + 1;
    const dataRows = Math.max(rows.length, 1);
    const lastDataRow = headerRow + dataRows;
    headers.forEach((h, i) => {
      const col = origin.column + i;
      this.set(col, headerRow, text(h.name), options.headerStyle ?? { bold: true, wrap: true, vertical: 'top' });
      if (!this.columnWidths.has(col)) this.width(col, h.width);
    });
    for (let r = 0; r < dataRows; r += 1) {
      const sheetRow = firstDataRow + r;
      headers.forEach((h, i) => {
        const col = origin.column + i;
        const style = options.styles?.[h.key];
        const calculated = options.formulas?.[h.key];
        const value = calculated ? formula(calculated.formula(sheetRow), calculated.result(r)) : rows[r]?.[i];
        if (value !== undefined) this.set(col, sheetRow, value, style);
        else if (style) this.set(col, sheetRow, text(''), style);
      });
    }
    const layout: TableLayout = {
      name: spec.name,
      ref: rangeAddress(origin.column, headerRow, origin.column + headers.length - 1, lastDataRow),
      columns: headers.map((h) => {
        const calculated = options.formulas?.[h.key];
        return calculated ? { name: h.name, formula: calculated.formula(firstDataRow) } : { name: h.name };
      }),
      style: 'TableStyleLight9',
      showRowStripes: true,
    };
    this.tables.push(layout);
    const column = (key: string): number => {
      const i = headers.findIndex((h) => h.key === key);
      if (i < 0) throw new Error(`table ${spec.name} has no column ${key}`);
      return origin.column + i;
    };
    return {
      layout,
      headerRow,
      firstDataRow,
      lastDataRow,
      column,
      dataRange: (key) => rangeAddress(column(key), firstDataRow, column(key), lastDataRow),
    };
  }

  build(print: PrintLayout, options: { protected: boolean; hidden?: boolean; tabColor?: string }): SheetLayout {
    const cells = [...this.cells.values()];
    return {
      role: this.role,
      name: this.name,
      kind: this.kind,
      cells,
      columns: this.columnLayouts(),
      rows: [...this.rowHeights.entries()].sort((a, b) => a[0] - b[0]).map(([index, height]) => ({ index, height })),
      merges: this.merges,
      tables: this.tables,
      dataValidations: this.dataValidations,
      conditionalFormats: this.conditionalFormats,
      freeze: this.freeze,
      ...(this.rowBreaks.length > 0 ? { rowBreaks: [...this.rowBreaks].sort((a, b) => a - b) } : {}),
      protected: options.protected,
      hidden: options.hidden,
      print,
      charts: this.charts,
      tabColor: options.tabColor,
    };
  }
}
