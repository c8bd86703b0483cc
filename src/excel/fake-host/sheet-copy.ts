/**
 * Worksheet.copy (ExcelApi 1.7): the copy is named "Name (2)", or the next
 * free "(n)".
 *
 * ASSUMPTIONS: positionType "None" puts the copy right after the source;
 * tables are copied with names "Name2", "Name3", … (first free); formulas in
 * the copy that name the source sheet are pointed at the copy; charts,
 * validations, conditional formats, page setup, protection and freeze panes
 * are copied; sheet-scoped names are copied to the new sheet.
 */
import { fail } from './errors';
import { renameSheetInFormula } from './formula-references';
import { SheetModel, WorkbookModel } from './workbook-model';

function copyName(model: WorkbookModel, base: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!model.findSheet(name)) return name;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function copySheet(model: WorkbookModel, source: SheetModel, positionType: string, anchor: SheetModel | undefined): SheetModel {
  const copy = new SheetModel(model.newId(), copyName(model, source.name), model.options.locale);
  for (const [key, data] of source.cells) {
    const content = data.content?.type === 'formula' ? { type: 'formula' as const, formula: renameSheetInFormula(data.content.formula, source.name, copy.name) } : data.content;
    copy.cells.set(key, { ...(content ? { content } : {}), numberFormat: data.numberFormat, format: clone(data.format) });
  }
  copy.visibility = source.visibility;
  copy.tabColor = source.tabColor;
  copy.merges = clone(source.merges);
  copy.protection = clone(source.protection);
  copy.freeze = source.freeze ? { ...source.freeze } : null;
  source.columnWidths.forEach((v, k) => copy.columnWidths.set(k, v));
  source.rowHeights.forEach((v, k) => copy.rowHeights.set(k, v));
  source.hiddenColumns.forEach((c) => copy.hiddenColumns.add(c));
  source.hiddenRows.forEach((r) => copy.hiddenRows.add(r));
  copy.dataValidations = clone(source.dataValidations);
  copy.conditionalFormats = source.conditionalFormats.map((cf) => ({ ...clone(cf), id: model.newId() }));
  copy.charts = source.charts.map((ch) => ({ ...clone(ch), id: model.newId(), sourceSheetId: ch.sourceSheetId === source.id ? copy.id : ch.sourceSheetId }));
  copy.pageLayout = clone(source.pageLayout);
  copy.pageBreakRows = [...source.pageBreakRows];

  let index: number;
  switch (positionType) {
    case 'None':
    case 'After':
      index = model.sheets.indexOf(positionType === 'After' ? (anchor ?? fail('InvalidArgument', undefined, 'Worksheet.copy')) : source) + 1;
      break;
    case 'Before':
      index = model.sheets.indexOf(anchor ?? fail('InvalidArgument', undefined, 'Worksheet.copy'));
      break;
    case 'Beginning':
      index = 0;
      break;
    case 'End':
      index = model.sheets.length;
      break;
    default:
      fail('InvalidArgument', undefined, 'Worksheet.copy');
  }
  model.sheets.splice(index, 0, copy);

  for (const table of model.tablesOn(source)) {
    let n = 2;
    while (model.findTable(`${table.name}${n}`) || model.findName(`${table.name}${n}`, null)) n++;
    model.tables.push({ ...table, id: model.newId(), name: `${table.name}${n}`, sheet: copy, rect: { ...table.rect } });
  }
  for (const name of model.names.filter((x) => x.scopeSheetId === source.id)) {
    model.names.push({ ...name, scopeSheetId: copy.id, formula: renameSheetInFormula(name.formula, source.name, copy.name) });
  }
  return copy;
}
