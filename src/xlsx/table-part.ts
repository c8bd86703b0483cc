import type { TableLayout } from '../layout/workbook-layout';
import { toFileFormula } from './file-formula';
import { attributes, encodeXstring, escapeXml, XML_DECLARATION } from './xml';

/**
 * xl/tables/tableN.xml for one Excel table (ListObject). Written by hand
 * because ExcelJS's tables overwrite the cells and cannot carry calculated
 * column formulas.
 */
export function tablePartXml(table: TableLayout, id: number): string {
  const columns = table.columns
    .map((column, i) => {
      const open = `<tableColumn${attributes({ id: i + 1, name: encodeXstring(column.name) })}`;
      if (column.formula === undefined) return `${open}/>`;
      const formula = toFileFormula(column.formula, { table: table.name });
      return `${open}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`;
    })
    .join('');
  const styleInfo = attributes({
    name: table.style,
    showFirstColumn: 0,
    showLastColumn: 0,
    showRowStripes: table.showRowStripes ? 1 : 0,
    showColumnStripes: 0,
  });
  return (
    XML_DECLARATION +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` +
    attributes({ id, name: table.name, displayName: table.name, ref: table.ref, totalsRowShown: 0 }) +
    `><autoFilter${attributes({ ref: table.ref })}/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo${styleInfo}/></table>`
  );
}
