import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { GridSheet, SheetGrid } from '../../src/layout/sheet-grid';
import type { WorkbookLayout } from '../../src/layout/workbook-layout';
import { recalculate } from '../../src/xlsx/libreoffice';
import { readPart, worksheetParts } from '../../src/xlsx/package-parts';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { findElements, unescapeXml } from '../../src/xlsx/xml';

/**
 * A layout written by the ExcelJS writer, fully recalculated by headless
 * LibreOffice (the harness forces recalculation on load) and read back, for
 * the tests that use LibreOffice as the formula oracle.
 */

export interface RecalculatedWorkbook {
  grid: SheetGrid;
  /** The .xlsx as LibreOffice saved it, with every computed value cached. */
  file: Buffer;
  /** Wall-clock time of the LibreOffice run. */
  elapsedMs: number;
}

export async function recalculatedWorkbook(layout: WorkbookLayout): Promise<RecalculatedWorkbook> {
  const dir = await mkdtemp(join(tmpdir(), 'plansheets-recalculated-'));
  try {
    const input = join(dir, 'workbook.xlsx');
    const output = join(dir, 'recalculated.xlsx');
    await writeFile(input, await writeWorkbook(layout));
    const { elapsedMs } = await recalculate(input, output);
    const file = await readFile(output);
    const result = await readWorkbook(file);
    if (!result.ok) throw new Error(`the recalculated workbook cannot be read (${result.reason}): ${result.detail}`);
    return { grid: result.grid, file, elapsedMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function gridSheet(grid: SheetGrid, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}`);
  return sheet;
}

/** What a cell shows: its error value if it has one, null when it is empty or holds empty text. */
export function cellValue(sheet: GridSheet, ref: string): number | string | boolean | null {
  const cell = sheet.cells[ref];
  if (cell?.error) return cell.error;
  return cell?.value === '' ? null : (cell?.value ?? null);
}

/** The cached result of one formula cell, as stored in the file. */
export interface FormulaResult {
  sheet: string;
  cell: string;
  /**
   * number, text (empty text included), boolean, error, or none: the file
   * carries no computed value for the formula.
   */
  kind: 'number' | 'text' | 'boolean' | 'error' | 'none';
  /** The stored value as text. */
  value: string;
}

/**
 * Every formula cell's cached result, straight from the sheet parts. The
 * SheetGrid cannot tell a formula whose result is empty text from one with
 * no result at all (both read as null), so the census reads the XML.
 */
export async function formulaResults(file: Buffer): Promise<FormulaResult[]> {
  const zip = await JSZip.loadAsync(file);
  const results: FormulaResult[] = [];
  for (const part of await worksheetParts(zip)) {
    const xml = (await readPart(zip, part.path)) ?? '';
    for (const c of findElements(xml, 'c')) {
      if (findElements(c.inner, 'f').length === 0) continue;
      const v = findElements(c.inner, 'v')[0];
      const type = c.attributes.t ?? 'n';
      const cell = c.attributes.r ?? '?';
      if (v === undefined || (v.inner === '' && type !== 'str')) {
        results.push({ sheet: part.name, cell, kind: 'none', value: '' });
        continue;
      }
      const kind = type === 'e' ? 'error' : type === 'b' ? 'boolean' : type === 'n' ? 'number' : 'text';
      results.push({ sheet: part.name, cell, kind, value: unescapeXml(v.inner) });
    }
  }
  return results;
}
