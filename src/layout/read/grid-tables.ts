import { everyLanguage, LANGUAGES, type Language } from '../../model/language';
import { address, parseAddress, parseRange } from '../a1';
import type { GridCell, GridSheet, SheetGrid } from '../sheet-grid';
import { SHEET_NAMES, type TableSpec } from '../schema/tables';
import type { SheetRole } from '../workbook-layout';
import { isBlankCell, normaliseLabel, readText } from './cell-values';

/** Where a table lies on its sheet: header row `top`, data rows below it down to `bottom`. */
export interface TableArea {
  name: string;
  sheet: GridSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Header texts in column order, left to right. */
  headers: string[];
  /** True when the ListObject is gone and the table was found by its header row. */
  byHeader: boolean;
}

export function cellAt(sheet: GridSheet, column: number, row: number): GridCell | undefined {
  return sheet.cells[address(column, row)];
}

/** A sheet by its name in any language; case does not matter. */
export function findSheet(grid: SheetGrid, role: SheetRole): GridSheet | undefined {
  const names = everyLanguage(SHEET_NAMES[role]).map(normaliseLabel);
  return grid.sheets.find((sheet) => names.includes(normaliseLabel(sheet.name)));
}

/**
 * The workbook's language by its sheet names, for when the metadata cannot
 * tell: the language with the most sheet names of its own (names shared by
 * languages, like "Budget", tell nothing); Finnish when none has more.
 */
export function detectLanguage(grid: SheetGrid): Language {
  const names = new Set(grid.sheets.map((s) => normaliseLabel(s.name)));
  const ownNames = (language: Language): number =>
    Object.values(SHEET_NAMES).filter((name) => {
      const own = normaliseLabel(name[language]);
      const shared = LANGUAGES.some((other) => other !== language && normaliseLabel(name[other]) === own);
      return !shared && names.has(own);
    }).length;
  let best: Language = LANGUAGES[0];
  for (const language of LANGUAGES) if (ownNames(language) > ownNames(best)) best = language;
  return best;
}

/** An Excel table by its name anywhere in the workbook (table names are unique per workbook, case-insensitive). */
export function findTableByName(grid: SheetGrid, name: string): TableArea | undefined {
  for (const sheet of grid.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) continue;
    const range = parseRange(table.ref);
    if (!range) continue;
    const { from, to } = range;
    const width = to.column - from.column + 1;
    const headers =
      table.columns.length === width
        ? table.columns
        : Array.from({ length: width }, (_, i) => headerText(cellAt(sheet, from.column + i, from.row)));
    return { name: table.name, sheet, top: from.row, left: from.column, bottom: to.row, right: to.column, headers, byHeader: false };
  }
  return undefined;
}

/**
 * A table whose ListObject is gone (converted to a range): a row holding all
 * of the spec's required headers side by side, in either language; the rows
 * below it down to the last one with anything in the table's columns.
 */
export function findTableByHeaders(sheet: GridSheet, spec: TableSpec): TableArea | undefined {
  const wanted = spec.columns.filter((c) => c.required).map((c) => everyLanguage(c.header).map(normaliseLabel));
  const first = wanted[0];
  if (!first) return undefined;
  const positions = Object.keys(sheet.cells)
    .map((ref) => ({ ref, position: parseAddress(ref) }))
    .filter((c) => c.position && first.includes(normaliseLabel(headerText(sheet.cells[c.ref]))))
    .map((c) => c.position!)
    .sort((a, b) => a.row - b.row || a.column - b.column);
  for (const start of positions) {
    // The header row runs left and right from the first required header up to an empty cell.
    let left = start.column;
    while (left > 1 && headerText(cellAt(sheet, left - 1, start.row)) !== '') left -= 1;
    let right = start.column;
    while (headerText(cellAt(sheet, right + 1, start.row)) !== '') right += 1;
    const headers = Array.from({ length: right - left + 1 }, (_, i) => headerText(cellAt(sheet, left + i, start.row)));
    const found = new Set(headers.map(normaliseLabel));
    if (!wanted.every((names) => names.some((n) => found.has(n)))) continue;
    let bottom = start.row;
    for (const ref of Object.keys(sheet.cells)) {
      const position = parseAddress(ref);
      if (!position || position.row <= bottom || position.column < left || position.column > right) continue;
      if (!isBlankCell(sheet.cells[ref])) bottom = position.row;
    }
    return { name: spec.name, sheet, top: start.row, left, bottom: Math.max(bottom, start.row), right, headers, byHeader: true };
  }
  return undefined;
}

function headerText(cell: GridCell | undefined): string {
  const read = readText(cell);
  return read.kind === 'ok' ? read.value.trim() : '';
}
