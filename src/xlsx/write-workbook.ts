import ExcelJS from 'exceljs';
import { absoluteAddress, address, parseRange, sheetRef } from '../layout/a1';
import { checkLayout } from '../layout/check-layout';
import { widthInCharacters } from '../layout/column-width';
import type { CellStyle, CellValue, FormulaResult, HeaderFooterLayout, HeaderFooterParts, SheetLayout, WorkbookLayout } from '../layout/workbook-layout';
import { chartPartXml, drawingPartXml, type AnchoredChart } from './chart-part';
import { toConditionalStyle, toExcelStyle } from './cell-style';
import { containingTable, tableFinder } from './containing-table';
import { toFileFormula } from './file-formula';
import { PackageFiles } from './package-files';
import {
  addContentTypeOverride,
  addRelationship,
  CONTENT_TYPES,
  officeDocumentPath,
  readPart,
  relativeTarget,
  RELATIONSHIP_TYPES,
  worksheetParts,
  type WorksheetPart,
} from './package-parts';
import { tablePartXml } from './table-part';
import { attributes, encodeXstring, escapeXml } from './xml';

/** Members ExcelJS 4.4 has at run time but leaves out of its type definitions. */
interface WorkbookLanguage {
  language?: string;
}
interface WorksheetValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Excel's number of columns (XFD). */
const EXCEL_COLUMNS = 16_384;

/** ExcelJS's PaperSize is a const enum; 9 is A4. */
const A4 = 9 as ExcelJS.PageSetup['paperSize'];

/**
 * Transcribes a WorkbookLayout into .xlsx bytes. ExcelJS writes cells,
 * styles and sheet settings; tables, charts and defined names are added to
 * the package afterwards, since ExcelJS cannot write them faithfully.
 * Each formula carries its result as the layout gives it (the engine's) as
 * its cached value, so that a viewer that does not calculate shows the
 * figures; the workbook still asks to be fully recalculated on load.
 */
export async function writeWorkbook(layout: WorkbookLayout): Promise<Buffer> {
  checkLayout(layout);
  const workbook = new ExcelJS.Workbook();
  workbook.title = layout.properties.title;
  workbook.subject = layout.properties.subject;
  workbook.creator = layout.properties.creator;
  workbook.lastModifiedBy = layout.properties.creator;
  (workbook as unknown as WorkbookLanguage).language = layout.language;
  workbook.calcProperties.fullCalcOnLoad = true;

  for (const sheet of layout.sheets) await writeSheet(workbook, sheet);
  const firstVisible = Math.max(0, layout.sheets.findIndex((s) => !s.hidden));
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];

  // Stored, not compressed: the package is completed below and compressed once, when it is complete.
  // (ExcelJS declares its Node Buffer as an interface of its own.)
  const stored = (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Buffer;
  const zip = PackageFiles.fromStoredZip(stored);
  const parts = await worksheetParts(zip);
  const counters = { table: 0, drawing: 0, chart: 0 };
  for (const sheet of layout.sheets) {
    const part = parts.find((p) => p.name === sheet.name);
    if (!part) throw new Error(`ExcelJS wrote no worksheet part for sheet "${sheet.name}"`);
    await addDrawing(zip, part, sheet, counters);
    await addTables(zip, part, sheet, counters);
  }
  await addDefinedNames(zip, layout, parts);
  return zip.toZip();
}

async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): Promise<void> {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.toUpperCase()}` } } : {},
  });

  const tableOf = tableFinder(sheet.tables);
  for (const cell of sheet.cells) {
    ws.getCell(cell.ref).value = cellValue(cell.value, tableOf(cell.ref)?.name, sheet.name, cell.ref);
  }
  for (const column of sheet.columns) {
    const target = ws.getColumn(column.index);
    target.width = widthInCharacters(column.width);
    if (column.hidden) target.hidden = true;
  }
  for (const row of sheet.rows) {
    const target = ws.getRow(row.index);
    if (row.height !== undefined) target.height = row.height;
    if (row.hidden) {
      target.hidden = true;
      // ExcelJS drops a row without cells or height, and with it the hidden flag; 15 pt is Excel's default height.
      if (row.height === undefined && target.cellCount === 0) target.height = 15;
    }
  }
  // Merged after the cells: a merge keeps the top-left value, and each cell keeps its own style (borders).
  for (const merge of sheet.merges) ws.mergeCellsWithoutStyle(merge);
  // Styled once the cells have their final kinds (merged or not), sharing one style object among cells alike.
  const styles = new SharedStyles();
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.ref);
    target.style = styles.of(cell.style, target);
  }
  // Across every column: ExcelJS's default extent (16838) is beyond Excel's last column (16384).
  for (const row of sheet.print.hints?.rowBreaks ?? []) ws.getRow(row).addPageBreak(1, EXCEL_COLUMNS);

  for (const validation of sheet.dataValidations) {
    (ws as unknown as WorksheetValidations).dataValidations.add(validation.range, {
      type: 'list',
      allowBlank: validation.allowBlank,
      formulae: [listSource(validation.list, containingTable(sheet.tables, topLeft(validation.range))?.name)],
      showErrorMessage: true,
      errorStyle: 'stop',
      ...(validation.error ? { errorTitle: validation.error.title, error: validation.error.message } : {}),
    });
  }
  sheet.conditionalFormats.forEach((format, i) => {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [toFileFormula(format.formula.replace(/^=/, ''), { table: containingTable(sheet.tables, topLeft(format.range))?.name })],
          style: toConditionalStyle(format.style),
        },
      ],
    });
  });

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: address(columns + 1, rows + 1) }];
  }
  if (sheet.protected) await ws.protect('', {});

  const { print } = sheet;
  ws.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: print.fitToHeight ? 1 : 0 } : { fitToPage: false, scale: 100 }),
    ...(print.margins ? { margins: inInches(print.margins) } : {}),
  };
  ws.headerFooter = headerFooter(print.headerFooter);
}

/**
 * ExcelJS works out the style of each cell it writes by rendering it, unless
 * it has seen the very same style object before (its styles part keeps a
 * WeakMap). So cells with equal styles get one shared object. The id ExcelJS
 * gives a style also depends on the kind of value (a number without a format
 * gets "General", a text none), so the objects are shared per kind as well;
 * a cell the layout gives no style gets an empty one, as ExcelJS would.
 * Nothing changes a cell's style after this, so sharing is safe.
 */
class SharedStyles {
  private readonly byLayoutStyle = new Map<CellStyle | undefined, Map<string, Partial<ExcelJS.Style>>>();
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  of(style: CellStyle | undefined, cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
    const kind = `${cell.type}|${typeof cell.result}`;
    let kinds = this.byLayoutStyle.get(style);
    if (!kinds) {
      kinds = new Map();
      this.byLayoutStyle.set(style, kinds);
    }
    let shared = kinds.get(kind);
    if (!shared) {
      const key = `${kind}|${style === undefined ? '' : JSON.stringify(style)}`;
      shared = this.byKey.get(key);
      if (!shared) {
        shared = style === undefined ? {} : toExcelStyle(style);
        this.byKey.set(key, shared);
      }
      kinds.set(kind, shared);
    }
    return shared;
  }
}

const POINTS_PER_INCH = 72;

/** The file keeps margins in inches (to a ten-thousandth, so 43.2 pt is 0.6, not 0.6000000000000001). */
function inInches<T extends Record<string, number>>(margins: T): T {
  return Object.fromEntries(Object.entries(margins).map(([side, points]) => [side, Math.round((points / POINTS_PER_INCH) * 10000) / 10000])) as T;
}

/** The file keeps each header or footer line as one string of &L, &C and &R sections. */
function headerFooter(layout: HeaderFooterLayout): Partial<ExcelJS.HeaderFooter> {
  const line = (parts: HeaderFooterParts): string | undefined => {
    const text = [['&L', parts.left], ['&C', parts.center], ['&R', parts.right]]
      .filter(([, part]) => part !== undefined && part !== '')
      .map(([code, part]) => `${code}${part}`)
      .join('');
    return text === '' ? undefined : text;
  };
  const result: Partial<ExcelJS.HeaderFooter> = {};
  const set = (key: keyof ExcelJS.HeaderFooter, value: string | undefined): void => {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  };
  set('oddHeader', line(layout.odd.header));
  set('oddFooter', line(layout.odd.footer));
  if (layout.even) {
    result.differentOddEven = true;
    set('evenHeader', line(layout.even.header));
    set('evenFooter', line(layout.even.footer));
  }
  if (layout.first) {
    result.differentFirst = true;
    set('firstHeader', line(layout.first.header));
    set('firstFooter', line(layout.first.footer));
  }
  return result;
}

function cellValue(value: CellValue, table: string | undefined, sheetName: string, ref: string): ExcelJS.CellValue {
  switch (value.kind) {
    // An empty text clears the cell, as in Excel; the cell keeps its style.
    case 'text':
      return value.text === '' ? null : encodeXstring(value.text, { keepLineBreaks: true });
    case 'number': {
      const number = Number(value.value);
      if (value.value.trim() === '' || !Number.isFinite(number)) throw new Error(`${sheetName}!${ref}: "${value.value}" is not a number`);
      return number;
    }
    case 'date':
      return excelDate(value.iso, `${sheetName}!${ref}`);
    case 'boolean':
      return value.value;
    case 'formula':
      return { formula: toFileFormula(value.formula.replace(/^=/, ''), { table }), result: cachedResult(value.result, sheetName, ref) };
  }
}

/** A formula's cached value: a number as a double, a text as <v> with t="str" (empty text included), a boolean, an error. */
function cachedResult(result: FormulaResult, sheetName: string, ref: string): ExcelJS.CellFormulaValue['result'] {
  switch (result.kind) {
    case 'number': {
      const number = Number(result.value);
      if (result.value.trim() === '' || !Number.isFinite(number)) throw new Error(`${sheetName}!${ref}: the result "${result.value}" is not a number`);
      return number;
    }
    case 'text':
      return encodeXstring(result.text, { keepLineBreaks: true });
    case 'boolean':
      return result.value;
    case 'error':
      return { error: result.error as ExcelJS.CellErrorValue['error'] };
  }
}

/** A date as UTC midnight (or the given UTC time), which ExcelJS stores as the matching serial number. */
function excelDate(iso: string, where: string): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : hasZone ? iso : `${iso}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`${where}: "${iso}" is not an ISO date`);
  return date;
}

const topLeft = (range: string): string => range.split(':')[0] as string;

function listSource(list: { formula: string } | { values: string[] }, table: string | undefined): string {
  if ('formula' in list) return toFileFormula(list.formula.replace(/^=/, ''), { table });
  // checkLayout has made sure no value holds a comma and the list fits Excel's limit.
  return `"${list.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

const insertBefore = (xml: string, candidates: string[], element: string): string => {
  for (const tag of candidates) {
    const at = xml.indexOf(tag);
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  throw new Error('worksheet xml has no closing tag');
};

/** Elements that follow <drawing> and <tableParts> in a worksheet (schema order). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];
const AFTER_TABLE_PARTS = ['<extLst', '</worksheet>'];

async function addTables(zip: PackageFiles, part: WorksheetPart, sheet: SheetLayout, counters: { table: number }): Promise<void> {
  if (sheet.tables.length === 0) return;
  const ids: string[] = [];
  for (const table of sheet.tables) {
    counters.table += 1;
    const path = `xl/tables/table${counters.table}.xml`;
    zip.file(path, tablePartXml(table, counters.table));
    await addContentTypeOverride(zip, path, CONTENT_TYPES.table);
    ids.push(await addRelationship(zip, part.path, RELATIONSHIP_TYPES.table, relativeTarget(part.path, path)));
  }
  const xml = (await readPart(zip, part.path)) as string;
  const element = `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  zip.file(part.path, insertBefore(xml, AFTER_TABLE_PARTS, element));
}

async function addDrawing(zip: PackageFiles, part: WorksheetPart, sheet: SheetLayout, counters: { drawing: number; chart: number }): Promise<void> {
  if (sheet.charts.length === 0) return;
  counters.drawing += 1;
  const drawingPath = `xl/drawings/drawing${counters.drawing}.xml`;
  const anchored: AnchoredChart[] = [];
  for (const chart of sheet.charts) {
    counters.chart += 1;
    const chartPath = `xl/charts/chart${counters.chart}.xml`;
    zip.file(chartPath, chartPartXml(chart));
    await addContentTypeOverride(zip, chartPath, CONTENT_TYPES.chart);
    anchored.push({ chart, relationshipId: await addRelationship(zip, drawingPath, RELATIONSHIP_TYPES.chart, relativeTarget(drawingPath, chartPath)) });
  }
  zip.file(drawingPath, drawingPartXml(anchored));
  await addContentTypeOverride(zip, drawingPath, CONTENT_TYPES.drawing);
  const id = await addRelationship(zip, part.path, RELATIONSHIP_TYPES.drawing, relativeTarget(part.path, drawingPath));
  const xml = (await readPart(zip, part.path)) as string;
  zip.file(part.path, insertBefore(xml, AFTER_DRAWING, `<drawing r:id="${id}"/>`));
}

/** Workbook names, plus each sheet's print area and print titles (Excel's built-in _xlnm names). */
async function addDefinedNames(zip: PackageFiles, layout: WorkbookLayout, parts: WorksheetPart[]): Promise<void> {
  const names: Array<{ name: string; value: string; localSheetId?: number }> = layout.definedNames.map((n) => ({
    name: n.name,
    value: toFileFormula(n.ref.replace(/^=/, '')),
  }));
  for (const sheet of layout.sheets) {
    const index = parts.find((p) => p.name === sheet.name)?.index as number;
    const { printArea, printTitleRows, printTitleColumns } = sheet.print;
    if (printArea) {
      const range = parseRange(printArea);
      if (!range) throw new Error(`sheet ${sheet.name}: bad print area ${printArea}`);
      const absolute = `${absoluteAddress(range.from.column, range.from.row)}:${absoluteAddress(range.to.column, range.to.row)}`;
      names.push({ name: '_xlnm.Print_Area', value: sheetRef(sheet.name, absolute), localSheetId: index });
    }
    // One name for both: the columns first, then the rows, as Excel writes it ("'S'!$A:$B,'S'!$3:$3").
    const titles: string[] = [];
    if (printTitleColumns) {
      const match = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(printTitleColumns);
      if (!match) throw new Error(`sheet ${sheet.name}: bad print title columns ${printTitleColumns}`);
      titles.push(sheetRef(sheet.name, `$${match[1]}:$${match[2]}`));
    }
    if (printTitleRows) {
      const match = /^\$?(\d+):\$?(\d+)$/.exec(printTitleRows);
      if (!match) throw new Error(`sheet ${sheet.name}: bad print title rows ${printTitleRows}`);
      titles.push(sheetRef(sheet.name, `$${match[1]}:$${match[2]}`));
    }
    if (titles.length > 0) names.push({ name: '_xlnm.Print_Titles', value: titles.join(','), localSheetId: index });
  }
  if (names.length === 0) return;
  const elements = names.map((n) => `<definedName${attributes({ name: n.name, localSheetId: n.localSheetId })}>${escapeXml(n.value)}</definedName>`).join('');
  const path = await officeDocumentPath(zip);
  const xml = (await readPart(zip, path)) as string;
  const updated = xml.includes('</definedNames>')
    ? xml.replace('</definedNames>', `${elements}</definedNames>`)
    : xml.replace('</sheets>', `</sheets><definedNames>${elements}</definedNames>`);
  zip.file(path, updated);
}
