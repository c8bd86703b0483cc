/// <reference types="office-js" />
/**
 * Excel.RangeFormat and its parts (fill, font, borders, protection). Values
 * are stored per cell; reading a property of a range whose cells differ gives
 * null, as Excel does.
 */
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './workbook-model';
import type { BorderData, BorderEdgeName, CellFormat } from './workbook-model';
import { FakeLoadableObject, FakeRequestContextLike, ProxyDescriptor, coreOf } from './client-object';
import { normaliseColor } from './colors';
import { fail } from './errors';
import { RangeBinding, assertFormattable, commonValue, forEachCell } from './range-binding';

type FormatKey = Exclude<keyof CellFormat, 'borders'>;

/** Excel's defaults for a cell nobody formatted. ASSUMPTION: "#FFFFFF" for no fill, as Excel reports. */
const formatDefaults: { [K in FormatKey]-?: CellFormat[K] } = {
  fillColor: '#FFFFFF',
  fontBold: false,
  fontItalic: false,
  fontSize: 11,
  fontColor: '#000000',
  fontName: 'Calibri',
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  indentLevel: 0,
  locked: true,
};

function readFormat<K extends FormatKey>({ sheet, rect }: RangeBinding, key: K): CellFormat[K] | null {
  return commonValue(sheet, rect, (r, c) => sheet.cell(r, c)?.format[key] ?? formatDefaults[key]);
}

function writeFormat<K extends FormatKey>({ sheet, rect }: RangeBinding, key: K, value: CellFormat[K] | undefined, location: string): void {
  assertFormattable(sheet, 'allowFormatCells', location);
  forEachCell(rect, (r, c) => {
    const format = sheet.cellForWrite(r, c).format;
    if (value === undefined) delete format[key];
    else format[key] = value;
  });
}

function oneOf(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) fail('InvalidArgument', undefined, location);
  return value;
}

const horizontalAlignments = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const verticalAlignments = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

const formatDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'RangeFormat',
  defaultProps: ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'indentLevel', 'columnWidth', 'rowHeight'],
  propMinor: { columnWidth: 2, rowHeight: 2, indentLevel: 9 },
  readProperty(b, name) {
    switch (name) {
      case 'wrapText':
        return readFormat(b, 'wrapText');
      case 'horizontalAlignment':
        return readFormat(b, 'horizontalAlignment');
      case 'verticalAlignment':
        return readFormat(b, 'verticalAlignment');
      case 'indentLevel':
        return readFormat(b, 'indentLevel');
      case 'columnWidth': {
        const widths = new Set<number>();
        for (let c = b.rect.column; c < b.rect.column + b.rect.columnCount && widths.size < 2; c++) widths.add(b.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      case 'rowHeight': {
        const heights = new Set<number>();
        for (let r = b.rect.row; r < b.rect.row + b.rect.rowCount && heights.size < 2; r++) heights.add(b.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
    }
    return undefined;
  },
  navigation(owner, name) {
    const format = owner as FakeRangeFormat;
    if (name === 'fill') return format.fill;
    if (name === 'font') return format.font;
    if (name === 'borders') return format.borders;
    if (name === 'protection') return format.protection;
    return undefined;
  },
};

export class FakeRangeFormat extends FakeLoadableObject<RangeBinding> {
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;
  private bordersProxy?: FakeRangeBorderCollection;
  private protectionProxy?: FakeFormatProtection;

  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, formatDescriptor, { resolve });
  }

  get fill(): FakeRangeFill {
    const core = coreOf(this);
    this.fillProxy ??= new FakeRangeFill(core.context, `${core.path}.fill`, () => core.binding());
    return this.fillProxy;
  }
  get font(): FakeRangeFont {
    const core = coreOf(this);
    this.fontProxy ??= new FakeRangeFont(core.context, `${core.path}.font`, () => core.binding());
    return this.fontProxy;
  }
  get borders(): FakeRangeBorderCollection {
    const core = coreOf(this);
    this.bordersProxy ??= new FakeRangeBorderCollection(core.context, `${core.path}.borders`, () => core.binding());
    return this.bordersProxy;
  }
  get protection(): FakeFormatProtection {
    const core = coreOf(this);
    this.protectionProxy ??= new FakeFormatProtection(core.context, `${core.path}.protection`, () => core.binding());
    return this.protectionProxy;
  }

  get wrapText(): boolean {
    return coreOf(this).get('wrapText');
  }
  set wrapText(value: boolean) {
    coreOf(this).set('wrapText', value, (b) => writeFormat(b, 'wrapText', Boolean(value), 'RangeFormat.wrapText'));
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed' {
    return coreOf(this).get('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed') {
    coreOf(this).set('horizontalAlignment', value, (b) => writeFormat(b, 'horizontalAlignment', oneOf(value, horizontalAlignments, 'RangeFormat.horizontalAlignment'), 'RangeFormat.horizontalAlignment'));
  }
  get verticalAlignment(): Excel.VerticalAlignment | 'Center' | 'Bottom' | 'Top' | 'Justify' | 'Distributed' {
    return coreOf(this).get('verticalAlignment');
  }
  set verticalAlignment(value: Excel.VerticalAlignment | 'Center' | 'Bottom' | 'Top' | 'Justify' | 'Distributed') {
    coreOf(this).set('verticalAlignment', value, (b) => writeFormat(b, 'verticalAlignment', oneOf(value, verticalAlignments, 'RangeFormat.verticalAlignment'), 'RangeFormat.verticalAlignment'));
  }
  get indentLevel(): number {
    return coreOf(this).get('indentLevel');
  }
  set indentLevel(value: number) {
    coreOf(this).set('indentLevel', value, (b) => {
      if (!Number.isInteger(value) || value < 0 || value > 250) fail('InvalidArgument', undefined, 'RangeFormat.indentLevel');
      writeFormat(b, 'indentLevel', value, 'RangeFormat.indentLevel');
    });
  }
  get columnWidth(): number {
    return coreOf(this).get('columnWidth');
  }
  set columnWidth(value: number) {
    coreOf(this).set('columnWidth', value, ({ sheet, rect }) => {
      assertFormattable(sheet, 'allowFormatColumns', 'RangeFormat.columnWidth');
      if (typeof value !== 'number' || !(value >= 0)) fail('InvalidArgument', undefined, 'RangeFormat.columnWidth');
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, value);
    });
  }
  get rowHeight(): number {
    return coreOf(this).get('rowHeight');
  }
  set rowHeight(value: number) {
    coreOf(this).set('rowHeight', value, ({ sheet, rect }) => {
      assertFormattable(sheet, 'allowFormatRows', 'RangeFormat.rowHeight');
      if (typeof value !== 'number' || !(value >= 0) || value > 409) fail('InvalidArgument', undefined, 'RangeFormat.rowHeight');
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, value);
    });
  }
}

const fillDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'RangeFill',
  defaultProps: ['color'],
  readProperty: (b, name) => (name === 'color' ? readFormat(b, 'fillColor') : undefined),
};

export class FakeRangeFill extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, fillDescriptor, { resolve });
  }
  get color(): string {
    return coreOf(this).get('color');
  }
  set color(value: string) {
    coreOf(this).set('color', value, (b) => writeFormat(b, 'fillColor', normaliseColor(value, 'RangeFill.color'), 'RangeFill.color'));
  }
  clear(): void {
    coreOf(this).call('clear', [], 1, (b) => writeFormat(b, 'fillColor', undefined, 'RangeFill.clear'));
  }
}

const fontDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'RangeFont',
  defaultProps: ['bold', 'italic', 'size', 'color', 'name'],
  readProperty(b, name) {
    const key = ({ bold: 'fontBold', italic: 'fontItalic', size: 'fontSize', color: 'fontColor', name: 'fontName' } as const)[name as 'bold'];
    return key ? readFormat(b, key) : undefined;
  },
};

export class FakeRangeFont extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, fontDescriptor, { resolve });
  }
  get bold(): boolean {
    return coreOf(this).get('bold');
  }
  set bold(value: boolean) {
    coreOf(this).set('bold', value, (b) => writeFormat(b, 'fontBold', Boolean(value), 'RangeFont.bold'));
  }
  get italic(): boolean {
    return coreOf(this).get('italic');
  }
  set italic(value: boolean) {
    coreOf(this).set('italic', value, (b) => writeFormat(b, 'fontItalic', Boolean(value), 'RangeFont.italic'));
  }
  get size(): number {
    return coreOf(this).get('size');
  }
  set size(value: number) {
    coreOf(this).set('size', value, (b) => {
      if (typeof value !== 'number' || value < 1 || value > 409) fail('InvalidArgument', undefined, 'RangeFont.size');
      writeFormat(b, 'fontSize', value, 'RangeFont.size');
    });
  }
  get color(): string {
    return coreOf(this).get('color');
  }
  set color(value: string) {
    coreOf(this).set('color', value, (b) => writeFormat(b, 'fontColor', normaliseColor(value, 'RangeFont.color'), 'RangeFont.color'));
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  set name(value: string) {
    coreOf(this).set('name', value, (b) => {
      if (typeof value !== 'string' || value === '') fail('InvalidArgument', undefined, 'RangeFont.name');
      writeFormat(b, 'fontName', value, 'RangeFont.name');
    });
  }
}

const edgeNames: readonly BorderEdgeName[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const borderStyles = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const borderWeights = ['Hairline', 'Thin', 'Medium', 'Thick'];
const defaultBorder: BorderData = { style: 'None', weight: 'Thin', color: '#000000' };

interface BorderBinding {
  readonly range: RangeBinding;
  readonly edge: BorderEdgeName;
}

/** The cells whose edge `edge` is the range's edge: the top row for EdgeTop, and so on. */
function edgeCells({ rect }: RangeBinding, edge: BorderEdgeName): RangeBinding['rect'] {
  switch (edge) {
    case 'EdgeTop':
      return { ...rect, rowCount: 1 };
    case 'EdgeBottom':
      return { ...rect, row: rect.row + rect.rowCount - 1, rowCount: 1 };
    case 'EdgeLeft':
      return { ...rect, columnCount: 1 };
    case 'EdgeRight':
      return { ...rect, column: rect.column + rect.columnCount - 1, columnCount: 1 };
  }
}

const borderDescriptor: ProxyDescriptor<BorderBinding> = {
  typeName: 'RangeBorder',
  defaultProps: ['style', 'weight', 'color', 'sideIndex'],
  readProperty({ range, edge }, name) {
    if (name === 'sideIndex') return edge;
    const key = name as keyof BorderData;
    return commonValue(range.sheet, edgeCells(range, edge), (r, c) => (range.sheet.cell(r, c)?.format.borders?.[edge] ?? defaultBorder)[key]);
  },
};

function writeBorder({ range, edge }: BorderBinding, key: keyof BorderData, value: string): void {
  assertFormattable(range.sheet, 'allowFormatCells', `RangeBorder.${key}`);
  forEachCell(edgeCells(range, edge), (r, c) => {
    const format = range.sheet.cellForWrite(r, c).format;
    const borders = (format.borders ??= {});
    borders[edge] = { ...(borders[edge] ?? defaultBorder), [key]: value };
  });
}

export class FakeRangeBorder extends FakeLoadableObject<BorderBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => BorderBinding) {
    super(context, path, borderDescriptor, { resolve });
  }
  get sideIndex(): Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp' {
    return coreOf(this).get('sideIndex');
  }
  get style(): Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot' {
    return coreOf(this).get('style');
  }
  set style(value: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot') {
    coreOf(this).set('style', value, (b) => writeBorder(b, 'style', oneOf(value, borderStyles, 'RangeBorder.style')));
  }
  get weight(): Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick' {
    return coreOf(this).get('weight');
  }
  set weight(value: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick') {
    coreOf(this).set('weight', value, (b) => writeBorder(b, 'weight', oneOf(value, borderWeights, 'RangeBorder.weight')));
  }
  get color(): string {
    return coreOf(this).get('color');
  }
  set color(value: string) {
    coreOf(this).set('color', value, (b) => writeBorder(b, 'color', normaliseColor(value, 'RangeBorder.color')));
  }
}

const bordersDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'RangeBorderCollection',
  defaultProps: [],
  readProperty: () => undefined,
};

export class FakeRangeBorderCollection extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, bordersDescriptor, { resolve });
  }
  /** Only the four outside edges are modelled; the inside and diagonal borders throw here (not implemented in the fake). */
  getItem(index: Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp'): FakeRangeBorder {
    const edge = String(index) as BorderEdgeName;
    if (!edgeNames.includes(edge)) throw new Error(`Fake Excel host: border ${String(index)} is not implemented (only EdgeTop/EdgeBottom/EdgeLeft/EdgeRight).`);
    const core = coreOf(this);
    return new FakeRangeBorder(core.context, `${core.path}.getItem("${edge}")`, () => ({ range: core.binding(), edge }));
  }
}

const protectionDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'FormatProtection',
  defaultProps: ['locked', 'formulaHidden'],
  propMinor: { locked: 2, formulaHidden: 2 },
  readProperty: (b, name) => (name === 'locked' ? readFormat(b, 'locked') : name === 'formulaHidden' ? false : undefined),
};

export class FakeFormatProtection extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, protectionDescriptor, { resolve });
  }
  get locked(): boolean {
    return coreOf(this).get('locked');
  }
  set locked(value: boolean) {
    coreOf(this).set('locked', value, (b) => {
      // Locking or unlocking is itself a format change, refused on a protected sheet.
      if (b.sheet.protection.protected) fail('AccessDenied', undefined, 'FormatProtection.locked');
      writeFormat(b, 'locked', Boolean(value), 'FormatProtection.locked');
    });
  }
}
