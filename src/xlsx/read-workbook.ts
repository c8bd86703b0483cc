import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { GridReading } from '../app/ports';
import type { GridCell, GridSheet, GridTable } from '../layout/sheet-grid';
import { tableFinder } from './containing-table';
import { fromFileFormula } from './file-formula';
import { officeDocumentPath, readPart, readRelationships, RELATIONSHIP_TYPES, worksheetParts, type WorksheetPart } from './package-parts';
import { packageForExcelJs } from './package-for-exceljs';
import { unreadContent } from './unread-content';
import { decodeXstring, findElements } from './xml';
import { MAX_UNCOMPRESSED_BYTES, unzipEntries } from './zip-entries';

/** The .xlsx host's reading of a file (app/ports.ts). */
export type ReadResult = GridReading;

const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
/** OLE compound file: an Excel 97–2003 .xls, or an encrypted .xlsx. */
const COMPOUND_FILE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Days from 1899-12-30 (Excel's 1900-system day zero) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** UTF-16 name of the stream that holds an encrypted Office Open XML package inside its compound file. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** A document type declaration can define entities that expand or fetch; Open Packaging forbids them in parts. */
const DOCTYPE = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Reads an .xlsx into a SheetGrid. A file that is not a readable workbook
 * is reported with a reason, never thrown: it is the user's file.
 */
export async function readWorkbook(buffer: Buffer, options: { maxUncompressedBytes?: number } = {}): Promise<ReadResult> {
  if (buffer.length === 0) return { ok: false, reason: 'empty', detail: 'the file is empty' };
  if (buffer.subarray(0, 8).equals(COMPOUND_FILE_SIGNATURE)) {
    if (buffer.includes(ENCRYPTED_PACKAGE)) return { ok: false, reason: 'encrypted', detail: 'the workbook is password-protected (encrypted)' };
    return { ok: false, reason: 'not-xlsx', detail: 'an Excel 97–2003 (.xls) workbook, not an .xlsx' };
  }
  if (!ZIP_SIGNATURES.some((signature) => buffer.subarray(0, 4).equals(signature))) {
    return { ok: false, reason: 'not-xlsx', detail: 'not a zip package, so not an .xlsx' };
  }

  const unzipped = unzipEntries(buffer, options.maxUncompressedBytes);
  if (!unzipped.ok) {
    if (unzipped.problem === 'too-large') {
      const limit = Math.round((options.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES) / (1024 * 1024));
      return { ok: false, reason: 'too-large', detail: unzipped.detail, params: { limit } };
    }
    if (unzipped.problem === 'encrypted') return { ok: false, reason: 'encrypted', detail: unzipped.detail };
    return { ok: false, reason: 'damaged', detail: `the zip package cannot be opened: ${unzipped.detail}` };
  }
  const zip = new JSZip();
  for (const [name, data] of unzipped.entries) zip.file(name, data);
  for (const [name, data] of unzipped.entries) {
    if (/\.(xml|rels|vml)$/i.test(name) && DOCTYPE.test(data.toString('latin1'))) {
      return { ok: false, reason: 'unsafe-xml', detail: `the part ${name} declares a document type (DOCTYPE)`, params: { part: name } };
    }
  }
  try {
    const workbookPath = await officeDocumentPath(zip);
    const workbookXml = await readPart(zip, workbookPath);
    if (workbookXml === null || findElements(workbookXml, 'sheets').length === 0) {
      return { ok: false, reason: 'not-xlsx', detail: 'a zip package without an Excel workbook part' };
    }
    const parts = await worksheetParts(zip);
    const tables = await Promise.all(parts.map((part) => readTables(zip, part)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await packageForExcelJs(zip, workbookPath, parts)) as unknown as ExcelJS.Buffer);
    const sheets: GridSheet[] = parts.map((part, i) => {
      const worksheet = workbook.getWorksheet(part.name);
      const sheetTables = tables[i] ?? [];
      return { name: part.name, hidden: part.state !== 'visible', cells: worksheet ? readCells(worksheet, sheetTables) : {}, tables: sheetTables };
    });
    return { ok: true, grid: { sheets, unread: await unreadContent(zip, workbookPath, parts) } };
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: `the workbook cannot be read: ${message(error)}` };
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Tables straight from xl/tables/*.xml: ExcelJS's own reading loses refs and columns. */
async function readTables(zip: JSZip, part: WorksheetPart): Promise<GridTable[]> {
  const tables: GridTable[] = [];
  for (const rel of await readRelationships(zip, part.path)) {
    if (rel.type !== RELATIONSHIP_TYPES.table || rel.external) continue;
    const xml = await readPart(zip, rel.target);
    const table = xml === null ? undefined : findElements(xml, 'table')[0];
    if (!xml || !table) continue;
    tables.push({
      name: table.attributes.displayName ?? table.attributes.name ?? '',
      ref: table.attributes.ref ?? '',
      columns: findElements(xml, 'tableColumn').map((c) => decodeXstring(c.attributes.name ?? '')),
    });
  }
  return tables;
}

function readCells(worksheet: ExcelJS.Worksheet, tables: GridTable[]): Record<string, GridCell> {
  const cells: Record<string, GridCell> = {};
  const tableOf = tableFinder(tables);
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A merged range keeps its content in the top-left cell; the others are empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const grid = gridCell(cell, tableOf);
      if (grid) cells[cell.address] = grid;
    });
  });
  return cells;
}

function gridCell(cell: ExcelJS.Cell, tableOf: (ref: string) => GridTable | undefined): GridCell | null {
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? { numberFormat: cell.numFmt } : {};
  // A shared formula whose master cell is missing has no text; then only its value is read.
  if (cell.type === ExcelJS.ValueType.Formula && typeof cell.formula === 'string') {
    const formula = fromFileFormula(cell.formula, { table: tableOf(cell.address)?.name });
    const result = plainValue(cell.result as ExcelJS.CellValue);
    return { ...result, formula, ...numberFormat };
  }
  const plain = plainValue(cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value);
  if (plain.value === null && plain.error === undefined) return null;
  if (plain.value === '') return null;
  return { ...plain, ...numberFormat };
}

function plainValue(value: ExcelJS.CellValue | undefined): { value: GridCell['value']; error?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL };
  if ('error' in value) return { value: null, error: value.error };
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    if (typeof text === 'string') return { value: text };
    return plainValue(text as ExcelJS.CellValue);
  }
  return { value: null };
}
