import type { LocalisedText } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import { noteText, type Note } from '../../model/note';
import type { Language, Plan } from '../../model/plan';
import { canonicalDecimal, canonicalMoney } from '../decimal-text';
import { FIRST_SERIAL_DATE } from '../excel-date';
import { layoutMessages } from '../layout.messages';
import { printSetup } from '../print-setup';
import { date, num, SheetBuilder, text, type CalculatedColumn, type PlacedTable } from '../sheet-builder';
import { columnRef, formulaString } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { ENUM_LABELS, SHEET_NAMES, type ColumnSpec, type EnumName, type TableSpec } from '../schema/tables';
import type { CellStyle, CellValue, DataValidationLayout, PrintLayout, SheetLayout, SheetRole } from '../workbook-layout';

/** Helpers shared by the editable sheets: names, cells of each column kind, validations, print setup. */

export type RowValues = ReadonlyArray<CellValue | undefined>;

export function sheetName(role: SheetRole, language: Language): string {
  return SHEET_NAMES[role][language];
}

export function columnSpec(spec: TableSpec, key: string): ColumnSpec {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`table ${spec.name} has no column ${key}`);
  return column;
}

export function header(spec: TableSpec, key: string, language: Language): string {
  return columnSpec(spec, key).header[language];
}

/** One table row in the spec's column order; keys not given stay empty. */
export function tableRow(spec: TableSpec, values: Readonly<Record<string, CellValue | undefined>>): RowValues {
  return spec.columns.map((c) => values[c.key]);
}

export const textCell = (value: string | undefined): CellValue | undefined =>
  value === undefined || value === '' ? undefined : text(value);
/** A note in the sheet's language only (a tagged note's other languages stay on the metadata sheet). */
export const noteCell = (note: Note | undefined, language: Language): CellValue | undefined => textCell(noteText(note, language));
export const integerCell = (value: number | undefined): CellValue | undefined => (value === undefined ? undefined : num(value));
export const moneyCell = (value: string | undefined): CellValue | undefined =>
  value === undefined ? undefined : num(canonicalMoney(value));
export const decimalCell = (value: string | undefined): CellValue | undefined =>
  value === undefined ? undefined : num(canonicalDecimal(value));

/** Dates before Excel's reliable serials (1900-03-01) stay ISO text, which the reader accepts too. */
export const dateCell = (iso: string): CellValue => (iso >= FIRST_SERIAL_DATE ? date(iso) : text(iso));

export function enumLabel<E extends EnumName>(name: E, key: keyof (typeof ENUM_LABELS)[E], language: Language): string {
  const labels = ENUM_LABELS[name] as Record<string, LocalisedText>;
  const label = labels[key as string];
  if (!label) throw new Error(`enum ${name} has no value ${String(key)}`);
  return label[language];
}

export function enumCell<E extends EnumName>(
  name: E,
  key: keyof (typeof ENUM_LABELS)[E] | undefined,
  language: Language,
): CellValue | undefined {
  return key === undefined ? undefined : text(enumLabel(name, key, language));
}

export function enumLabels(name: EnumName, language: Language): string[] {
  return Object.values(ENUM_LABELS[name] as Record<string, LocalisedText>).map((label) => label[language]);
}

/** A drop-down of an enum's localised labels. */
export function enumValidation(range: string, name: EnumName, language: Language, allowBlank: boolean): DataValidationLayout {
  const values = enumLabels(name, language);
  const message = localise(layoutMessages, 'validation.enum.message', { allowed: values.join(', ') });
  return {
    range,
    list: { values },
    allowBlank,
    error: { title: layoutMessages['validation.enum.title'][language], message: message[language] },
  };
}

/**
 * A drop-down of the ids in another table's id column. INDIRECT over the
 * structured reference follows the table as rows are added, which a range
 * fixed at generation time would not (and a new team could not be chosen).
 */
export function referenceValidation(
  range: string,
  target: TableSpec,
  language: Language,
  allowBlank: boolean,
): DataValidationLayout {
  const message = localise(layoutMessages, 'validation.reference.message', { table: target.name });
  return {
    range,
    list: { formula: `INDIRECT(${formulaString(columnRef(target.name, header(target, 'id', language)))})` },
    allowBlank,
    error: { title: layoutMessages['validation.reference.title'][language], message: message[language] },
  };
}

/**
 * Every editable sheet prints on A4 with the table's header row repeated on
 * each page; wide tables print landscape.
 */
export function tablePrint(plan: Plan, language: Language, headerRow: number, orientation: 'portrait' | 'landscape'): PrintLayout {
  return printSetup(plan, {
    orientation,
    printTitleRows: `${headerRow}:${headerRow}`,
    pageLabel: layoutMessages['print.pageLabel'][language],
  });
}

/**
 * The widest sheet, in character units, that prints on landscape A4 at 70 %
 * or more when fitted to the page width: with the margins of print-setup.ts
 * the page holds 770 pt, and LibreOffice draws a width unit about 6.65 pt
 * wide where Calibri and Carlito are missing (Excel about 5.25 pt, so Excel
 * prints the same sheet larger).
 */
export const LANDSCAPE_PRINT_WIDTH = 165;

/** Sheets wider than this many character units print landscape. */
export const PORTRAIT_WIDTH = 100;

export function orientationFor(...specs: TableSpec[]): 'portrait' | 'landscape' {
  const width = specs.reduce((total, spec) => total + spec.columns.reduce((sum, c) => sum + c.width, 0), 0);
  return width > PORTRAIT_WIDTH ? 'landscape' : 'portrait';
}

/** Whole-euro amounts show without cents; any amount with cents shows cents for the whole column. */
export function moneyFormat(values: ReadonlyArray<string | undefined>): string {
  return values.some((v) => v !== undefined && canonicalMoney(v).includes('.')) ? FORMATS.moneyCents : FORMATS.moneyEuros;
}

/**
 * Styles of a table's data cells by column kind; derived columns are shaded.
 * Every cell stands at the top of its row, level with the first line of a
 * wrapped text beside it.
 */
export function columnStyles(spec: TableSpec, money: string = FORMATS.moneyCents): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {};
  for (const column of spec.columns) {
    const style: CellStyle = { ...kindStyle(column, money), vertical: 'top' };
    if (column.derived) style.fill = COLOURS.derivedFill;
    styles[column.key] = style;
  }
  return styles;
}

function kindStyle(column: ColumnSpec, money: string): CellStyle {
  switch (column.kind) {
    case 'integer':
      return STYLES.integer;
    case 'year':
      // A year labels its row: on the left, clear of the text beside it.
      return { numberFormat: FORMATS.year, horizontal: 'left' };
    case 'money':
      return { numberFormat: money };
    case 'date':
      return STYLES.date;
    case 'text':
      return STYLES.wrapTop;
    default:
      // Decimals stay General: '0.######' would show a whole number with a trailing separator ("5,").
      return { vertical: 'top' };
  }
}

export const TITLE_ROW = 1;
export const HEADER_STYLE: CellStyle = STYLES.header;

/**
 * An editable sheet that holds one table under its title (Tiimit, Tavoitteet,
 * Toimenpiteet): the table at `headerRow`, rows as tall as their wrapped
 * text, the header frozen, printed with the header repeated. `decorate` adds
 * what is the sheet's own (validation lists, indents).
 */
export function singleTableSheet(
  plan: Plan,
  language: Language,
  role: SheetRole,
  title: LocalisedText,
  spec: TableSpec,
  headerRow: number,
  rows: ReadonlyArray<RowValues>,
  decorate: (builder: SheetBuilder, table: PlacedTable) => void,
  options: { formulas?: Record<string, CalculatedColumn>; styles?: Record<string, CellStyle> } = {},
): SheetLayout {
  const b = new SheetBuilder(role, sheetName(role, language), 'editable');
  b.set(1, TITLE_ROW, text(title[language]), STYLES.title);
  const table = b.table(spec, language, { column: 1, row: headerRow }, rows, {
    headerStyle: HEADER_STYLE,
    styles: { ...columnStyles(spec), ...options.styles },
    formulas: options.formulas,
  });
  decorate(b, table);
  b.fitRowHeights(headerRow, table.lastDataRow);
  b.freeze = { rows: headerRow, columns: 0 };
  return b.build(tablePrint(plan, language, headerRow, orientationFor(spec)), { protected: false });
}
