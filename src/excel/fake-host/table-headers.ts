/**
 * Table header rules: header cells hold unique, non-empty text. Excel renames
 * a blank header "ColumnN" (N = the column's position in the table) and a
 * repeated one by appending 2, 3, … ("Nimi", "Nimi2"). Numbers and booleans
 * in the header row become their text.
 */
import type { HostContext } from './host-context';
import { formatCellText } from './number-format';
import type { SheetModel, TableModel, WorkbookModel } from './workbook-model';

export function uniqueHeaders(raw: readonly string[]): string[] {
  const used = new Set<string>();
  return raw.map((text, i) => {
    let base = text.trim() === '' ? `Column${i + 1}` : text;
    if (used.has(base.toLowerCase())) {
      let n = 2;
      while (used.has(`${base}${n}`.toLowerCase())) n++;
      base = `${base}${n}`;
    }
    used.add(base.toLowerCase());
    return base;
  });
}


/** Table column names, read from the header row (kept normalised by normaliseHeaderRow). */
export function columnNames(table: TableModel): string[] {
  const { sheet, rect } = table;
  return Array.from({ length: rect.columnCount }, (_, i) => {
    const content = sheet.cell(rect.row, rect.column + i)?.content;
    return content && content.type === 'constant' ? String(content.value) : `Column${i + 1}`;
  });
}

/** Rewrites the header row so it holds unique text (Excel does this when a table is made or its header cells change). */
export function normaliseHeaderRow(table: TableModel, locale: HostContext['locale']): void {
  const { sheet, rect } = table;
  const raw = Array.from({ length: rect.columnCount }, (_, i) => {
    const content = sheet.cell(rect.row, rect.column + i)?.content;
    if (!content) return '';
    if (content.type === 'constant') return typeof content.value === 'string' ? content.value : formatCellText(content.value, 'General', locale);
    // ASSUMPTION: a formula or error in a header cell is replaced by its text.
    return content.type === 'formula' ? content.formula : content.text;
  });
  uniqueHeaders(raw).forEach((name, i) => {
    sheet.cellForWrite(rect.row, rect.column + i).content = { type: 'constant', value: name };
  });
}

export function refreshTableHeaders(model: WorkbookModel, sheet: SheetModel): void {
  for (const table of model.tablesOn(sheet)) if (table.showHeaders) normaliseHeaderRow(table, model.options.locale);
}
