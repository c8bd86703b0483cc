/**
 * The fake's workbook state: what Excel holds, without any of the request
 * machinery. Proxies (FakeRange, FakeWorksheet, …) read and change this only
 * while a sync applies queued actions.
 */
import { CellRect, cellA1, insideGrid, rectContains, rectsOverlap } from './a1-address';
import { fail } from './errors';
import { deleteSheetInFormula, renameSheetInFormula } from './formula-references';
import type { FakeLocale } from './locale-input';

export type SheetVisibilityName = 'Visible' | 'Hidden' | 'VeryHidden';
export type BorderEdgeName = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface BorderData {
  style: string;
  weight: string;
  color: string;
}

/** Formatting stored on a cell; absent keys mean Excel's default. */
export interface CellFormat {
  fillColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  indentLevel?: number;
  locked?: boolean;
  borders?: Partial<Record<BorderEdgeName, BorderData>>;
}

export type CellContent =
  | { readonly type: 'constant'; readonly value: number | string | boolean }
  | { readonly type: 'error'; readonly text: string }
  | { readonly type: 'formula'; readonly formula: string };

export interface CellData {
  content?: CellContent;
  numberFormat: string;
  format: CellFormat;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, boolean>;
  password?: string;
}

export interface DataValidationModel {
  rect: CellRect;
  rule: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatModel {
  id: number;
  rect: CellRect;
  type: string;
  formula: string | null;
  fillColor: string | null;
  fontBold: boolean | null;
  fontColor: string | null;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  sourceSheetId: number;
  sourceRect: CellRect;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
  /** Series as sheet-qualified A1 references (ExcelApi 1.7 setValues / setXAxisValues); null where not set. */
  series: ChartSeriesModel[];
}

export interface ChartSeriesModel {
  name: string;
  values: string | null;
  xValues: string | null;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  headersFootersState: string;
  defaultForAllPages: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
  printArea: CellRect | null;
  printTitleRows: { row: number; rowCount: number } | null;
  printTitleColumns: { column: number; columnCount: number } | null;
}

export interface NameModel {
  name: string;
  /** Always starts with "=": a reference ("=Kunnat!$B$2") or a constant ("=\"text\""). */
  formula: string;
  comment: string;
  visible: boolean;
  /** Sheet id for a sheet-scoped name, null for the workbook. */
  scopeSheetId: number | null;
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  /** The whole table including its header row. */
  rect: CellRect;
  style: string;
  showBandedRows: boolean;
  showHeaders: boolean;
}

/** Excel's defaults (ASSUMPTION: "Normal" margins; default column width 8.43 characters = 48 pt, row height 15 pt). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const POINTS_PER_INCH = 72;

export function defaultPageLayout(locale: FakeLocale): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: locale === 'en-US' ? 'Letter' : 'A4',
    zoom: { scale: 100 },
    leftMargin: 0.7 * POINTS_PER_INCH,
    rightMargin: 0.7 * POINTS_PER_INCH,
    topMargin: 0.75 * POINTS_PER_INCH,
    bottomMargin: 0.75 * POINTS_PER_INCH,
    headerMargin: 0.3 * POINTS_PER_INCH,
    footerMargin: 0.3 * POINTS_PER_INCH,
    centerHorizontally: false,
    centerVertically: false,
    headersFootersState: 'Default',
    defaultForAllPages: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
  };
}

export class SheetModel {
  deleted = false;
  visibility: SheetVisibilityName = 'Visible';
  tabColor = '';
  readonly cells = new Map<string, CellData>();
  merges: CellRect[] = [];
  protection: ProtectionState = { protected: false, options: {} };
  freeze: { rows: number; columns: number } | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  dataValidations: DataValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  pageLayout: PageLayoutModel;
  pageBreakRows: number[] = [];
  /** Last selection on this sheet, used when it is activated. */
  selection: CellRect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

  constructor(
    readonly id: number,
    public name: string,
    locale: FakeLocale,
  ) {
    this.pageLayout = defaultPageLayout(locale);
  }

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  cell(row: number, column: number): CellData | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  /** The cell's record, created on first write. */
  cellForWrite(row: number, column: number): CellData {
    const key = SheetModel.key(row, column);
    let data = this.cells.get(key);
    if (!data) {
      data = { numberFormat: 'General', format: {} };
      this.cells.set(key, data);
    }
    return data;
  }

  isLocked(row: number, column: number): boolean {
    return this.cell(row, column)?.format.locked ?? true;
  }

  /** Moves every cell at or below `fromRow` in the given columns down by `count` rows (Excel's "insert, shift cells down"). */
  shiftCellsDown(fromRow: number, column: number, columnCount: number, count: number): void {
    const moved: [number, number, CellData][] = [];
    for (const [key, data] of this.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r >= fromRow && c >= column && c < column + columnCount) moved.push([r, c, data]);
    }
    for (const [r, c] of moved) this.cells.delete(SheetModel.key(r, c));
    for (const [r, c, data] of moved) this.cells.set(SheetModel.key(r + count, c), data);
  }

  /** Removes rows fromRow … fromRow+count-1 in the given columns and moves the cells below up (Excel's "delete, shift cells up"). */
  shiftCellsUp(fromRow: number, column: number, columnCount: number, count: number): void {
    const moved: [number, number, CellData][] = [];
    for (const [key, data] of [...this.cells]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (c < column || c >= column + columnCount || r < fromRow) continue;
      this.cells.delete(key);
      if (r >= fromRow + count) moved.push([r, c, data]);
    }
    for (const [r, c, data] of moved) this.cells.set(SheetModel.key(r - count, c), data);
  }

  /** Bounding box of cells with content (valuesOnly) or with content or formatting. */
  usedRect(valuesOnly: boolean): CellRect | null {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, data] of this.cells) {
      if (valuesOnly ? !data.content : !data.content && data.numberFormat === 'General' && Object.keys(data.format).length === 0) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    if (maxR < 0) return null;
    return { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }
}

export interface WorkbookModelOptions {
  locale: FakeLocale;
}

/** Characters Excel forbids in sheet names. */
const badSheetNameChars = /[:\\/?*[\]]/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | null = null;
  calculationMode = 'Automatic';
  enableEvents = true;
  private nextId = 1;

  constructor(readonly options: WorkbookModelOptions) {}

  newId(): number {
    return this.nextId++;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
  checkSheetName(name: string, except?: SheetModel): void {
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || badSheetNameChars.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
      fail('InvalidArgument', undefined, 'Worksheet.name');
    }
    const clash = this.findSheet(name);
    if (clash && clash !== except) fail('ItemAlreadyExists', undefined, 'WorksheetCollection.add');
  }

  addSheet(name: string | undefined): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.checkSheetName(finalName);
    const sheet = new SheetModel(this.newId(), finalName, this.options.locale);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** Rewrites every formula (cells and names) through `rewrite`. */
  private rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      for (const data of sheet.cells.values()) {
        if (data.content?.type === 'formula') {
          const next = rewrite(data.content.formula);
          if (next !== data.content.formula) data.content = { type: 'formula', formula: next };
        }
      }
      for (const cf of sheet.conditionalFormats) if (cf.formula !== null) cf.formula = rewrite(cf.formula);
      for (const validation of sheet.dataValidations) {
        const list = (validation.rule as { list?: { source?: unknown } } | null)?.list;
        if (list && typeof list.source === 'string' && list.source.startsWith('=')) list.source = rewrite(list.source);
      }
    }
    for (const name of this.names) name.formula = rewrite(name.formula);
  }

  renameSheet(sheet: SheetModel, newName: string): void {
    if (sheet.name === newName) return;
    this.checkSheetName(newName, sheet);
    const oldName = sheet.name;
    sheet.name = newName;
    this.rewriteFormulas((f) => renameSheetInFormula(f, oldName, newName));
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) fail('InvalidArgument', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.names = this.names.filter((n) => n.scopeSheetId !== sheet.id);
    // Charts elsewhere that plotted the deleted sheet stay, with a #REF! source (see the snapshot).
    this.rewriteFormulas((f) => deleteSheetInFormula(f, sheet.name));
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) fail('InvalidArgument', undefined, 'Worksheet.position');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  findTable(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  findName(name: string, scopeSheetId: number | null): NameModel | undefined {
    const wanted = name.toLowerCase();
    return this.names.find((n) => n.scopeSheetId === scopeSheetId && n.name.toLowerCase() === wanted);
  }

  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tablesOn(sheet).find((t) => rectContains(t.rect, row, column));
  }

  tablesOverlapping(sheet: SheetModel, rect: CellRect): TableModel[] {
    return this.tablesOn(sheet).filter((t) => rectsOverlap(t.rect, rect));
  }
}

/**
 * Names of tables and defined names share one namespace. ASSUMPTION: the
 * rules are Excel's documented name rules — start with a letter, "_" or "\",
 * then letters, digits, "_", "."; not a cell reference; at most 255 chars.
 */
export function isValidDefinedName(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\\u00C0-\u024F][A-Za-z0-9_.\\\u00C0-\u024F]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false; // A1-style
  if (/^(R|C|RC|R[0-9]+C?[0-9]*|C[0-9]+)$/i.test(name)) return false; // R1C1-style
  return true;
}

export function describeCell(sheet: SheetModel, row: number, column: number): string {
  return `${sheet.name}!${cellA1(row, column)}`;
}

export function assertInsideGrid(rect: CellRect, location: string): void {
  if (!insideGrid(rect)) fail('InvalidArgument', undefined, location);
}
