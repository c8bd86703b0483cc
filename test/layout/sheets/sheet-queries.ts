import { readFileSync } from 'fs';
import { join } from 'path';
import { columnLetter, parseAddress } from '../../../src/layout/a1';
import type { Plan } from '../../../src/model/plan';
import { PlanSchema } from '../../../src/model/plan.schema';
import type { LayoutCell, SheetLayout, TableLayout } from '../../../src/layout/workbook-layout';

/** Small read helpers over a SheetLayout for the sheet tests. */

export function examplePlan(): Plan {
  const file = join(__dirname, '..', '..', '..', 'examples', 'kaustinen-2026.plan.json');
  return PlanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function cellAt(sheet: SheetLayout, ref: string): LayoutCell | undefined {
  return sheet.cells.find((c) => c.ref === ref.replace(/\$/g, ''));
}

export function textAt(sheet: SheetLayout, ref: string): string | undefined {
  const value = cellAt(sheet, ref)?.value;
  return value?.kind === 'text' ? value.text : undefined;
}

export function formulaAt(sheet: SheetLayout, ref: string): string | undefined {
  const value = cellAt(sheet, ref)?.value;
  return value?.kind === 'formula' ? value.formula : undefined;
}

export function numberAt(sheet: SheetLayout, ref: string): string | undefined {
  const value = cellAt(sheet, ref)?.value;
  return value?.kind === 'number' ? value.value : undefined;
}

/** Cells whose text is exactly `value`, in sheet order. */
export function cellsWithText(sheet: SheetLayout, value: string): LayoutCell[] {
  return sheet.cells.filter((c) => c.value.kind === 'text' && c.value.text === value);
}

export function table(sheet: SheetLayout, name: string): TableLayout {
  const found = sheet.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name} on ${sheet.name}`);
  return found;
}

/** The table's data rows as header → cell value text (numbers and texts), blank rows included. */
export function tableRows(sheet: SheetLayout, name: string): Array<Record<string, string | undefined>> {
  const t = table(sheet, name);
  const [from, to] = t.ref.split(':').map((part) => parseAddress(part)!);
  const rows: Array<Record<string, string | undefined>> = [];
  for (let row = from!.row + 1; row <= to!.row; row += 1) {
    const record: Record<string, string | undefined> = {};
    t.columns.forEach((column, i) => {
      const value = cellAt(sheet, `${columnLetter(from!.column + i)}${row}`)?.value;
      record[column.name] = value?.kind === 'text' ? (value.text === '' ? undefined : value.text) : value?.kind === 'number' ? value.value : undefined;
    });
    rows.push(record);
  }
  return rows;
}

/** Data cells of a table (header row excluded). */
export function tableDataRefs(t: TableLayout): string[] {
  const [from, to] = t.ref.split(':').map((part) => parseAddress(part)!);
  const refs: string[] = [];
  for (let row = from!.row + 1; row <= to!.row; row += 1) {
    for (let column = from!.column; column <= to!.column; column += 1) refs.push(`${columnLetter(column)}${row}`);
  }
  return refs;
}

export function rowOf(ref: string): number {
  return parseAddress(ref)!.row;
}

export function columnOf(ref: string): number {
  return parseAddress(ref)!.column;
}
