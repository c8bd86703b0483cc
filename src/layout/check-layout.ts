import { address, parseAddress, parseRange } from './a1';
import type { SheetLayout, WorkbookLayout } from './workbook-layout';

/**
 * The invariants a workbook layout must hold before any host writes it.
 * Both writers (ExcelJS for .xlsx, office-js for a live workbook) call this
 * first, so what Excel would refuse or silently change is caught in one
 * place, with plain data, whatever the host. A failure is a programming
 * error in the layout, not a problem in the user's plan: it throws.
 */

/** Excel's limits. */
export const EXCEL_LIMITS = {
  sheetName: 31,
  cellText: 32_767,
  formula: 8_192,
  /** A literal validation list is one formula string of at most 255 characters. */
  listSource: 255,
  name: 255,
  columns: 16_384,
  rows: 1_048_576,
} as const;

export class LayoutError extends Error {
  override readonly name = 'LayoutError';
  constructor(readonly problems: readonly string[]) {
    super(`the workbook layout is not writable: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  }
}

/** Throws a LayoutError listing every broken invariant; returns the layout otherwise. */
export function checkLayout(layout: WorkbookLayout): WorkbookLayout {
  const problems = layoutProblems(layout);
  if (problems.length > 0) throw new LayoutError(problems);
  return layout;
}

export function layoutProblems(layout: WorkbookLayout): string[] {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  for (const sheet of layout.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) problems.push(`sheet "${sheet.name}": ${problem}`);
    const key = sheet.name.toLocaleUpperCase('fi');
    if (sheetNames.has(key)) problems.push(`sheet "${sheet.name}" is named twice`);
    sheetNames.add(key);
  }
  const names = new Set<string>();
  for (const name of layout.definedNames) {
    if (!isValidName(name.name)) problems.push(`workbook name "${name.name}" is not a valid Excel name`);
    if (names.has(name.name.toUpperCase())) problems.push(`workbook name "${name.name}" is defined twice`);
    names.add(name.name.toUpperCase());
  }
  const tableNames = new Set<string>();
  for (const sheet of layout.sheets) {
    for (const table of sheet.tables) {
      const key = table.name.toUpperCase();
      if (!isValidName(table.name)) problems.push(`table "${table.name}" has a name Excel does not allow`);
      if (tableNames.has(key) || names.has(key)) problems.push(`table "${table.name}" is named like another table or a workbook name`);
      tableNames.add(key);
    }
    problems.push(...sheetProblems(sheet));
  }
  return problems;
}

function sheetProblems(sheet: SheetLayout): string[] {
  const problems: string[] = [];
  const at = (ref: string): string => `${sheet.name}!${ref}`;
  // Only the tables' header cells are looked up: a sheet without tables needs no index of its cells.
  const cells = sheet.tables.length === 0 ? new Map<string, SheetLayout['cells'][number]>() : new Map(sheet.cells.map((c) => [c.ref, c]));

  for (const cell of sheet.cells) {
    const position = parseAddress(cell.ref);
    if (!position || position.column > EXCEL_LIMITS.columns || position.row > EXCEL_LIMITS.rows) {
      problems.push(`${at(cell.ref)} is not a cell address`);
      continue;
    }
    const value = cell.value;
    if (value.kind === 'text' && value.text.length > EXCEL_LIMITS.cellText) {
      problems.push(`${at(cell.ref)} holds ${value.text.length} characters, more than a cell can (${EXCEL_LIMITS.cellText})`);
    }
    if (value.kind === 'formula') {
      if (value.formula.startsWith('=')) problems.push(`${at(cell.ref)}: a formula is written without its leading "="`);
      if (value.formula.length > EXCEL_LIMITS.formula) problems.push(`${at(cell.ref)}: the formula is longer than Excel allows`);
    }
    if (value.kind === 'number' && (value.value.trim() === '' || !Number.isFinite(Number(value.value)))) {
      problems.push(`${at(cell.ref)}: "${value.value}" is not a number`);
    }
  }

  const tableRanges = sheet.tables.map((table) => ({ table, range: parseRange(table.ref) }));
  for (const { table, range } of tableRanges) {
    if (!range) {
      problems.push(`table ${table.name} has a bad ref ${table.ref}`);
      continue;
    }
    const width = range.to.column - range.from.column + 1;
    if (width !== table.columns.length) problems.push(`table ${table.name}: ${table.ref} is ${width} columns wide but has ${table.columns.length} columns`);
    if (range.to.row <= range.from.row) problems.push(`table ${table.name} has no data row`);
    const headers = new Set<string>();
    table.columns.forEach((column, i) => {
      const ref = address(range.from.column + i, range.from.row);
      const value = cells.get(ref)?.value;
      if (value?.kind !== 'text' || value.text !== column.name) problems.push(`table ${table.name}: header cell ${at(ref)} must hold the text "${column.name}"`);
      if (column.name.trim() === '') problems.push(`table ${table.name} has an empty column header`);
      const key = column.name.toLocaleUpperCase('fi');
      if (headers.has(key)) problems.push(`table ${table.name} has the header "${column.name}" twice`);
      headers.add(key);
    });
  }
  tableRanges.forEach((a, i) =>
    tableRanges.slice(i + 1).forEach((b) => {
      if (a.range && b.range && overlaps(a.range, b.range)) problems.push(`tables ${a.table.name} and ${b.table.name} overlap`);
    }),
  );
  for (const merge of sheet.merges) {
    const range = parseRange(merge);
    if (!range) problems.push(`${at(merge)} is not a range to merge`);
    else if (tableRanges.some((t) => t.range && overlaps(t.range, range))) problems.push(`merged cells ${at(merge)} lie over a table`);
  }

  for (const validation of sheet.dataValidations) {
    if (!parseRange(validation.range)) problems.push(`a validation list has a bad range ${at(validation.range)}`);
    if ('values' in validation.list) {
      for (const value of validation.list.values) {
        // A literal list is one comma-separated string; Excel has no escape for a comma in it.
        if (value.includes(',')) problems.push(`${at(validation.range)}: list value "${value}" contains a comma`);
      }
      const source = validation.list.values.join(',');
      if (source.length > EXCEL_LIMITS.listSource) problems.push(`${at(validation.range)}: the list "${source}" is longer than Excel's ${EXCEL_LIMITS.listSource} characters`);
    }
  }

  problems.push(...regionProblems(sheet));
  return problems;
}

/** Every cell lies in exactly one region, and a protected sheet holds nothing people own. */
function regionProblems(sheet: SheetLayout): string[] {
  const problems: string[] = [];
  const ranges = sheet.regions.map((region) => ({ region, range: parseRange(region.ref) }));
  for (const { region, range } of ranges) {
    if (!range) problems.push(`${sheet.name}: region ${region.ref} is not a range`);
    if (sheet.protected && region.kind !== 'derived') {
      problems.push(`${sheet.name} is protected but holds an editable ${region.kind === 'editableTable' ? `table ${region.table}` : `range ${region.ref}`}`);
    }
  }
  for (const cell of sheet.cells) {
    const position = parseAddress(cell.ref);
    if (!position) continue;
    const holding = ranges.filter(({ range }) => range && contains(range, position));
    if (holding.length !== 1) problems.push(`${sheet.name}!${cell.ref} lies in ${holding.length} regions`);
  }
  return problems;
}

type Range = NonNullable<ReturnType<typeof parseRange>>;

function overlaps(a: Range, b: Range): boolean {
  return a.from.column <= b.to.column && b.from.column <= a.to.column && a.from.row <= b.to.row && b.from.row <= a.to.row;
}

function contains(range: Range, position: { column: number; row: number }): boolean {
  return position.column >= range.from.column && position.column <= range.to.column && position.row >= range.from.row && position.row <= range.to.row;
}

/** Why Excel would refuse a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the name is empty';
  if (name.length > EXCEL_LIMITS.sheetName) return `longer than ${EXCEL_LIMITS.sheetName} characters`;
  if (/[:\\/?*[\]]/.test(name)) return 'holds one of : \\ / ? * [ ]';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

/**
 * Whether Excel takes this as the name of a table or a workbook name: a
 * letter, underscore or backslash first, then letters, digits, periods and
 * underscores, and nothing that reads as a cell reference (A1 or R1C1).
 */
export function isValidName(name: string): boolean {
  if (name.length === 0 || name.length > EXCEL_LIMITS.name) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && parseAddress(name) !== null) return false;
  if (/^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name)) return false;
  return true;
}
