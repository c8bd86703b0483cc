/**
 * Plain-data picture of the whole fake workbook, for tests and for a grid
 * view. Everything is JSON-safe; addresses are A1 text.
 */
import { cellA1, columnLetters, qualifiedA1, rectA1 } from './a1-address';
import { cellValue, cellValueType } from './cell-values';
import type { HostContext } from './host-context';
import { columnNames } from './table-headers';
import type { CellFormat, PageLayoutModel, SheetModel, WorkbookModel } from './workbook-model';

export interface CellSnapshot {
  /** What `values` reads: UNCALCULATED for a formula no evaluator answered. */
  readonly value: number | string | boolean;
  readonly valueType: string;
  /** Present for formula cells only. */
  readonly formula?: string;
  /** Present when not "General". */
  readonly numberFormat?: string;
  /** Present when the cell has formatting. */
  readonly format?: CellFormat;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  readonly protection: { readonly protected: boolean; readonly options: Record<string, boolean> };
  readonly cells: Record<string, CellSnapshot>;
  readonly merges: string[];
  readonly columnWidths: Record<string, number>;
  readonly rowHeights: Record<string, number>;
  readonly hiddenColumns: string[];
  readonly hiddenRows: number[];
  readonly dataValidations: { readonly address: string; readonly rule: unknown; readonly errorAlert?: unknown }[];
  readonly conditionalFormats: { readonly address: string; readonly type: string; readonly formula: string | null; readonly fillColor: string | null; readonly fontBold: boolean | null; readonly fontColor: string | null }[];
  readonly charts: { readonly name: string; readonly type: string; readonly source: string; readonly seriesBy: string; readonly title: string; readonly position: { start: string; end: string | null } | null; readonly series: { readonly name: string; readonly values: string | null; readonly xValues: string | null }[] }[];
  readonly pageLayout: Omit<PageLayoutModel, 'printArea' | 'printTitleRows' | 'printTitleColumns'> & {
    readonly printArea: string | null;
    readonly printTitleRows: string | null;
    /** "$A:$B", or null. */
    readonly printTitleColumns: string | null;
  };
  /** 1-based row numbers a horizontal page break sits above. */
  readonly pageBreaksAboveRows: number[];
  readonly freezePanes: { readonly rows: number; readonly columns: number } | null;
  readonly selection: string;
}

export interface WorkbookSnapshot {
  readonly sheets: SheetSnapshot[];
  readonly tables: { readonly name: string; readonly sheet: string; readonly ref: string; readonly columns: string[]; readonly style: string; readonly showBandedRows: boolean }[];
  readonly names: { readonly name: string; readonly formula: string; readonly comment: string; readonly scope: string | null }[];
  readonly settings: Record<string, unknown>;
  readonly activeSheet: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly calculationMode: string;
  readonly enableEvents: boolean;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function sheetSnapshot(sheet: SheetModel, model: WorkbookModel, host: HostContext): SheetSnapshot {
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cells: Record<string, CellSnapshot> = {};
  for (const [r, c] of keys) {
    const data = sheet.cell(r, c);
    // A cell record left with nothing in it (cleared, merged away) is not part of the picture.
    if (!data || (!data.content && data.numberFormat === 'General' && Object.keys(data.format).length === 0)) continue;
    const formula = data.content?.type === 'formula' ? data.content.formula : undefined;
    cells[cellA1(r, c)] = {
      value: cellValue(sheet, r, c, host),
      valueType: cellValueType(sheet, r, c, host),
      ...(formula === undefined ? {} : { formula }),
      ...(data.numberFormat === 'General' ? {} : { numberFormat: data.numberFormat }),
      ...(Object.keys(data.format).length === 0 ? {} : { format: clone(data.format) }),
    };
  }
  const sortedNumbers = (map: Map<number, number>) => [...map.entries()].sort((a, b) => a[0] - b[0]);
  const { printArea, printTitleRows, printTitleColumns, ...layout } = sheet.pageLayout;
  return {
    name: sheet.name,
    position: model.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    protection: { protected: sheet.protection.protected, options: { ...sheet.protection.options } },
    cells,
    merges: sheet.merges.map(rectA1),
    columnWidths: Object.fromEntries(sortedNumbers(sheet.columnWidths).map(([c, w]) => [columnLetters(c), w])),
    rowHeights: Object.fromEntries(sortedNumbers(sheet.rowHeights).map(([r, h]) => [String(r + 1), h])),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    dataValidations: sheet.dataValidations.map((v) => ({ address: rectA1(v.rect), rule: clone(v.rule), ...(v.errorAlert === undefined ? {} : { errorAlert: clone(v.errorAlert) }) })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ address: rectA1(cf.rect), type: cf.type, formula: cf.formula, fillColor: cf.fillColor, fontBold: cf.fontBold, fontColor: cf.fontColor })),
    charts: sheet.charts.map((ch) => ({
      name: ch.name,
      type: ch.type,
      source: ((source) => (source ? qualifiedA1(source.name, ch.sourceRect) : '#REF!'))(model.sheetById(ch.sourceSheetId)),
      seriesBy: ch.seriesBy,
      title: ch.title,
      position: ch.position ? { ...ch.position } : null,
      series: ch.series.map((s) => ({ ...s })),
    })),
    pageLayout: {
      ...clone(layout),
      printArea: printArea ? rectA1(printArea) : null,
      printTitleRows: printTitleRows ? `$${printTitleRows.row + 1}:$${printTitleRows.row + printTitleRows.rowCount}` : null,
      printTitleColumns: printTitleColumns
        ? `$${columnLetters(printTitleColumns.column)}:$${columnLetters(printTitleColumns.column + printTitleColumns.columnCount - 1)}`
        : null,
    },
    pageBreaksAboveRows: sheet.pageBreakRows.map((r) => r + 1),
    freezePanes: sheet.freeze ? { ...sheet.freeze } : null,
    selection: rectA1(sheet.selection),
  };
}

export function snapshotWorkbook(model: WorkbookModel, host: HostContext): WorkbookSnapshot {
  const active = model.activeSheet;
  return {
    sheets: model.sheets.map((s) => sheetSnapshot(s, model, host)),
    tables: model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, ref: rectA1(t.rect), columns: columnNames(t), style: t.style, showBandedRows: t.showBandedRows })),
    names: model.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, scope: n.scopeSheetId === null ? null : (model.sheetById(n.scopeSheetId)?.name ?? null) })),
    settings: Object.fromEntries([...model.settings.entries()].map(([k, v]) => [k, clone(v)])),
    activeSheet: active?.name ?? null,
    selection: active ? { sheet: active.name, address: rectA1(active.selection) } : null,
    calculationMode: model.calculationMode,
    enableEvents: model.enableEvents,
  };
}
