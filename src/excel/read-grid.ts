/// <reference types="office-js" />
import { parseRange } from '../layout/a1';
import { SHEET_NAMES } from '../layout/schema/tables';
import { everyLanguage } from '../model/language';
import type { GridCell, GridSheet, GridTable } from '../layout/sheet-grid';
import { RESPONSE_BUDGET_BYTES, type Batch } from './request-budget';

/**
 * Reads the open workbook into a SheetGrid, loading only what the core
 * needs: every sheet's name and visibility, every table with its range and
 * headers, and the cells (values, formulas, number formats, value types) of
 * the sheets that are PlanSheets' or hold its tables. Cells are loaded in
 * bands of rows cut against the response limit: an estimate first, and a
 * band Excel still refuses as too large is halved and loaded again.
 */

/** An estimate of what one cell costs in a response (its value, formula, format and type, quoted, with separators). */
export const RESPONSE_BYTES_PER_CELL = 96;

export interface SheetInfo {
  name: string;
  hidden: boolean;
  position: number;
  tables: GridTable[];
  /** Names of the sheet's charts. */
  charts: string[];
  /** The used range (values only) as "A1:F20", or null when the sheet is empty. */
  used: string | null;
}

const OUR_SHEETS = new Set(Object.values(SHEET_NAMES).flatMap(everyLanguage));

/** Sheets, their tables (range and headers) and used ranges: two syncs. */
export async function readSheetInfo(batch: Batch, only?: (name: string) => boolean, hasNullObjects = true): Promise<SheetInfo[]> {
  const sheets = batch.context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/position');
  batch.noteLoad();
  await batch.read();
  const chosen = sheets.items.filter((ws) => only === undefined || only(ws.name));
  const loads = chosen.map((ws) => {
    const tables = ws.tables;
    tables.load('items/name');
    // getUsedRangeOrNullObject is ExcelApi 1.4; before it, an empty sheet's used range is A1, read as one empty cell.
    const used = hasNullObjects ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(true);
    used.load('address');
    const charts = ws.charts;
    charts.load('items/name');
    batch.noteLoad(3);
    return { ws, tables, used, charts };
  });
  await batch.read();
  const tableLoads = loads.map(({ tables }) =>
    tables.items.map((table) => {
      const range = table.getRange();
      range.load('address');
      const header = table.getHeaderRowRange();
      header.load('values');
      batch.noteLoad(2);
      return { table, range, header };
    }),
  );
  if (tableLoads.some((t) => t.length > 0)) await batch.read();
  return loads.map(({ ws, used, charts }, i) => ({
    name: ws.name,
    hidden: ws.visibility !== 'Visible',
    position: ws.position,
    used: hasNullObjects && used.isNullObject ? null : localAddress(used.address),
    charts: charts.items.map((chart) => chart.name),
    tables: (tableLoads[i] ?? []).map(({ table, range, header }) => ({
      name: table.name,
      ref: localAddress(range.address),
      columns: (header.values[0] ?? []).map((v) => String(v)),
    })),
  }));
}

/** "Sheet1!A1:B2" or "'My sheet'!A1:B2" → "A1:B2". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

/** Whether the cells of a sheet are read: PlanSheets' sheets and any sheet holding a table. */
export function isReadSheet(info: Pick<SheetInfo, 'name' | 'tables'>): boolean {
  return OUR_SHEETS.has(info.name) || info.tables.length > 0;
}

interface Band {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The cells of the given sheets, keyed by sheet name, in as few response-limited syncs as the estimate allows. */
export async function readCells(batch: Batch, sheets: ReadonlyArray<Pick<SheetInfo, 'name' | 'used'>>): Promise<Map<string, Record<string, GridCell>>> {
  const result = new Map<string, Record<string, GridCell>>(sheets.map((s) => [s.name, {}]));
  const bands: Band[] = [];
  const maxCells = Math.floor(RESPONSE_BUDGET_BYTES / RESPONSE_BYTES_PER_CELL);
  for (const sheet of sheets) {
    const range = sheet.used ? parseRange(sheet.used) : null;
    if (!range) continue;
    const width = range.to.column - range.from.column + 1;
    const rowsPerBand = Math.max(1, Math.floor(maxCells / width));
    for (let top = range.from.row; top <= range.to.row; top += rowsPerBand) {
      bands.push({ sheet: sheet.name, top, bottom: Math.min(range.to.row, top + rowsPerBand - 1), left: range.from.column, right: range.to.column });
    }
  }
  // Pack bands into syncs by the same estimate.
  let group: Band[] = [];
  let cells = 0;
  for (const band of bands) {
    const size = (band.bottom - band.top + 1) * (band.right - band.left + 1);
    if (group.length > 0 && cells + size > maxCells) {
      await loadBands(batch, group, result);
      group = [];
      cells = 0;
    }
    group.push(band);
    cells += size;
  }
  if (group.length > 0) await loadBands(batch, group, result);
  return result;
}

async function loadBands(batch: Batch, bands: Band[], into: Map<string, Record<string, GridCell>>): Promise<void> {
  const loads = bands.map((band) => {
    const range = batch.context.workbook.worksheets.getItem(band.sheet).getRange(`${cellAddress(band.left, band.top)}:${cellAddress(band.right, band.bottom)}`);
    range.load('values,formulas,numberFormat,valueTypes');
    batch.noteLoad();
    return { band, range };
  });
  try {
    await batch.read();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    // Halve what was too large and try again: every band, or the one band's rows.
    if (bands.length > 1) {
      const half = Math.ceil(bands.length / 2);
      await loadBands(batch, bands.slice(0, half), into);
      await loadBands(batch, bands.slice(half), into);
      return;
    }
    const band = bands[0] as Band;
    if (band.top === band.bottom) throw error;
    const middle = Math.floor((band.top + band.bottom) / 2);
    await loadBands(batch, [{ ...band, bottom: middle }], into);
    await loadBands(batch, [{ ...band, top: middle + 1 }], into);
    return;
  }
  for (const { band, range } of loads) {
    const cells = into.get(band.sheet) as Record<string, GridCell>;
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = gridCell(value, range.formulas[r]?.[c], range.numberFormat[r]?.[c], range.valueTypes[r]?.[c]);
        if (cell) cells[cellAddress(band.left + c, band.top + r)] = cell;
      }),
    );
  }
}

function cellAddress(column: number, row: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

function isResponseTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * One cell as the core reads it: a formula is a cell whose `formulas`
 * entry starts with "=" and differs from its value (text written with a
 * leading apostrophe reads back as its value in both), an error value is
 * kept as the error, an empty cell is none.
 */
export function gridCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): GridCell | null {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const format = typeof numberFormat === 'string' && numberFormat !== 'General' && numberFormat !== '' ? { numberFormat } : {};
  if (valueType === 'Error') {
    return { value: null, error: String(value), ...(isFormula ? { formula: formula.slice(1) } : {}), ...format };
  }
  const plain = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null;
  if (isFormula) return { value: plain === '' ? null : plain, formula: formula.slice(1), ...format };
  if (plain === null || plain === '') return null;
  return { value: plain, ...format };
}

/** The grid sheets for the sheets read (cells) and the others (names and visibility only). */
export function gridSheets(infos: readonly SheetInfo[], cells: Map<string, Record<string, GridCell>>): GridSheet[] {
  return [...infos]
    .sort((a, b) => a.position - b.position)
    .map((info) => ({ name: info.name, hidden: info.hidden, cells: cells.get(info.name) ?? {}, tables: info.tables }));
}
