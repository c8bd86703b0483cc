import { isoToSerial } from './excel-date';
import type { GridCell, SheetGrid } from './sheet-grid';
import type { FormulaResult, LayoutCell, WorkbookLayout } from './workbook-layout';

/**
 * A SheetGrid straight from a layout, as an adapter would read a freshly
 * written workbook that nothing has recalculated: cells with their values,
 * formula cells with their formula and their cached result, and the tables. It lets
 * the core locate findings in a workbook it is about to write, and tests
 * prove round trips without a spreadsheet program.
 */
export function gridFromLayout(layout: Pick<WorkbookLayout, 'sheets'>): SheetGrid {
  return {
    sheets: layout.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden ?? false,
      cells: Object.fromEntries(sheet.cells.map((cell) => [cell.ref, gridCell(cell)])),
      tables: sheet.tables.map((t) => ({ name: t.name, ref: t.ref, columns: t.columns.map((c) => c.name) })),
    })),
  };
}

function gridCell(cell: LayoutCell): GridCell {
  const numberFormat = cell.style?.numberFormat;
  const withFormat = (value: GridCell['value']): GridCell => (numberFormat ? { value, numberFormat } : { value });
  switch (cell.value.kind) {
    case 'text':
      return { value: cell.value.text };
    case 'number':
      return withFormat(Number(cell.value.value));
    case 'date': {
      const serial = isoToSerial(cell.value.iso);
      if (serial === null) throw new Error(`no serial for ${cell.value.iso}`);
      return withFormat(serial);
    }
    case 'boolean':
      return { value: cell.value.value };
    case 'formula':
      return { ...formulaValue(cell.value.result, withFormat), formula: cell.value.formula };
  }
}

/** A formula cell's cached result as a reader sees it: its number, text or boolean, or its error value. */
function formulaValue(result: FormulaResult, withFormat: (value: GridCell['value']) => GridCell): GridCell {
  switch (result.kind) {
    case 'number':
      return withFormat(Number(result.value));
    case 'text':
      return { value: result.text };
    case 'boolean':
      return { value: result.value };
    case 'error':
      return { value: null, error: result.error };
  }
}
