import { Decimal } from '../engine/money';
import type { Language } from '../model/plan';
import { address, parseAddress, parseRange, rangeAddress } from './a1';
import { DEFAULT_FONT_SIZE } from './styles';
import type { TableSpec } from './schema/tables';
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
  RowLayout,
  SheetLayout,
  SheetRegion,
  SheetRole,
  TableLayout,
} from './workbook-layout';
import { widthInPoints } from './column-width';
import type { Placement } from './schema/placement';
import { rowKey, rowKeyColumns } from './schema/placement';

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
  /** Widths in character units (column-width.ts); the layout gets points. */
  private readonly columnWidths = new Map<number, number>();
  private readonly rowHeights = new Map<number, number>();
  /** Rows whose height is estimated from their text: a print hint. */
  private readonly estimatedRows = new Set<number>();
  private readonly editableRanges: string[] = [];
  /** Where each table row of the plan landed, for locating findings without reading the sheet back. */
  readonly placements: Placement[] = [];
  readonly merges: string[] = [];
  readonly tables: TableLayout[] = [];
  readonly dataValidations: DataValidationLayout[] = [];
  readonly conditionalFormats: ConditionalFormatLayout[] = [];
  readonly charts: ChartLayout[] = [];
  /** Rows after which a printed page breaks (a print hint: estimated from row heights). */
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

  /** Sets a column's width in character units. */
  width(column: number, width: number): void {
    this.columnWidths.set(column, width);
  }

  /** Sets a row's height in points; `estimated` marks a height worked out from the row's text. */
  height(row: number, height: number, options: { estimated?: boolean } = {}): void {
    this.rowHeights.set(row, height);
    if (options.estimated) this.estimatedRows.add(row);
    else this.estimatedRows.delete(row);
  }

  /** Marks cells people type into outside any table (on an editable sheet). */
  editableCells(ref: string): void {
    this.editableRanges.push(ref);
  }

  /** The height set for a row, if any. */
  rowHeight(row: number): number | undefined {
    return this.rowHeights.get(row);
  }

  /** The column widths set so far, in column order, in points. */
  columnLayouts(): ColumnLayout[] {
    return [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([index, width]) => ({ index, width: widthInPoints(width) }));
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
      if (height > (this.rowHeights.get(row) ?? 0)) this.height(row, height, { estimated: true });
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
    this.place(spec, rows, firstDataRow, column);
    return {
      layout,
      headerRow,
      firstDataRow,
      lastDataRow,
      column,
      dataRange: (key) => rangeAddress(column(key), firstDataRow, column(key), lastDataRow),
    };
  }

  /** Records where each plan row of a table landed, keyed as the reader keys rows it reads. */
  private place(spec: TableSpec, rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>, firstDataRow: number, column: (key: string) => number): void {
    const columns = new Map(spec.columns.map((c) => [c.key, column(c.key)]));
    const keyIndexes = rowKeyColumns(spec.name).map((key) => spec.columns.findIndex((c) => c.key === key));
    if (keyIndexes.some((i) => i < 0)) return;
    rows.forEach((values, r) => {
      const parts = keyIndexes.map((i) => shownText(values[i]));
      if (parts.every((part) => part === '')) return;
      this.placements.push({ table: spec.name, key: rowKey(parts), sheet: this.name, row: firstDataRow + r, columns });
    });
  }

  build(print: PrintLayout, options: { protected: boolean; hidden?: boolean; tabColor?: string }): SheetLayout {
    const cells = [...this.cells.values()];
    const rowBreaks = [...new Set(this.rowBreaks)].sort((a, b) => a - b);
    const rows: RowLayout[] = [...this.rowHeights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, height]) => (this.estimatedRows.has(index) ? { index, height, estimated: true } : { index, height }));
    return {
      role: this.role,
      name: this.name,
      kind: this.kind,
      regions: this.regions(cells),
      placements: this.placements,
      cells,
      columns: this.columnLayouts(),
      rows,
      merges: this.merges,
      tables: this.tables,
      dataValidations: this.dataValidations,
      conditionalFormats: this.conditionalFormats,
      freeze: this.freeze,
      protected: options.protected,
      hidden: options.hidden,
      print: rowBreaks.length > 0 ? { ...print, hints: { rowBreaks } } : print,
      charts: this.charts,
      tabColor: options.tabColor,
    };
  }

  /**
   * Who owns which cells. On an editable sheet the tables and the cells
   * marked editable are people's, and every other cell is PlanSheets': per
   * row, the runs of its cells between people's ranges, joined down while
   * they span the same columns. A derived or metadata sheet is PlanSheets'
   * whole, charts included.
   */
  private regions(cells: ReadonlyArray<SheetLayout['cells'][number]>): SheetRegion[] {
    const extent = { columns: 1, rows: 1 };
    const grow = (ref: string): void => {
      const range = parseRange(ref);
      if (!range) return;
      extent.columns = Math.max(extent.columns, range.to.column);
      extent.rows = Math.max(extent.rows, range.to.row);
    };
    for (const cell of cells) grow(cell.ref);
    for (const merge of this.merges) grow(merge);
    for (const chart of this.charts) grow(`${chart.from}:${chart.to}`);
    if (this.kind !== 'editable') return [{ kind: 'derived', ref: rangeAddress(1, 1, extent.columns, extent.rows) }];

    const editable: SheetRegion[] = [
      ...this.tables.map((table): SheetRegion => ({
        kind: 'editableTable',
        table: table.name,
        ref: table.ref,
        calculatedColumns: table.columns.filter((c) => c.formula !== undefined).map((c) => c.name),
      })),
      ...this.editableRanges.map((ref): SheetRegion => ({ kind: 'editableCells', ref })),
    ];
    const people = editable.map((region) => parseRange(region.ref)!);
    const owned = (column: number, row: number): boolean =>
      people.some((r) => column >= r.from.column && column <= r.to.column && row >= r.from.row && row <= r.to.row);

    // Runs of PlanSheets' cells per row: from a cell to the last before people's next range.
    const byRow = new Map<number, number[]>();
    for (const cell of cells) {
      const at = parseAddress(cell.ref)!;
      if (owned(at.column, at.row)) continue;
      byRow.set(at.row, [...(byRow.get(at.row) ?? []), at.column]);
    }
    for (const merge of this.merges) {
      const range = parseRange(merge)!;
      if (owned(range.from.column, range.from.row)) continue;
      for (let column = range.from.column; column <= range.to.column; column += 1) {
        byRow.set(range.from.row, [...(byRow.get(range.from.row) ?? []), column]);
      }
    }
    const runs: Array<{ from: number; to: number; row: number }> = [];
    for (const [row, columns] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      const sorted = [...new Set(columns)].sort((a, b) => a - b);
      let run: { from: number; to: number } | null = null;
      for (const column of sorted) {
        const blocked = run !== null && Array.from({ length: column - run.to - 1 }, (_, i) => run!.to + 1 + i).some((c) => owned(c, row));
        if (run === null || blocked) {
          if (run) runs.push({ ...run, row });
          run = { from: column, to: column };
        } else {
          run.to = column;
        }
      }
      if (run) runs.push({ ...run, row });
    }
    const derived: Array<{ from: number; to: number; top: number; bottom: number }> = [];
    for (const run of runs) {
      const above = derived.find((d) => d.bottom === run.row - 1 && d.from === run.from && d.to === run.to);
      if (above) above.bottom = run.row;
      else derived.push({ from: run.from, to: run.to, top: run.row, bottom: run.row });
    }
    return [
      ...editable,
      ...derived
        .sort((a, b) => a.top - b.top || a.from - b.from)
        .map((d): SheetRegion => ({ kind: 'derived', ref: rangeAddress(d.from, d.top, d.to, d.bottom) })),
    ];
  }
}

/** A key cell as the reader shows it: text as typed, a number as its digits. */
function shownText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.value;
    case 'date':
      return value.iso;
    case 'boolean':
      return String(value.value);
    case 'formula':
      return '';
  }
}
