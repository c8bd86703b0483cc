/// <reference types="office-js" />
/**
 * Page layout, headers/footers, print area and titles, and horizontal page
 * breaks (all ExcelApi 1.9). Margins are in points.
 */
import { FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf } from './client-object';
import { fail } from './errors';
import { rectOnSheet } from './range-argument';
import type { PageLayoutModel, SheetModel } from './workbook-model';

const marginProps = ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const;
type MarginProp = (typeof marginProps)[number];
const orientations = ['Portrait', 'Landscape'];
const paperSizes = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive', 'Tabloid', 'Ledger', 'LetterSmall', 'A4Small', 'B4', 'B5', 'Folio', 'Quatro'];

const nine = Object.fromEntries(['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'centerVertically', ...marginProps].map((p) => [p, 9]));

const pageLayoutDescriptor: ProxyDescriptor<SheetModel> = {
  typeName: 'PageLayout',
  defaultProps: ['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'centerVertically', ...marginProps],
  propMinor: nine,
  readProperty(sheet, name) {
    const layout = sheet.pageLayout;
    if (name === 'zoom') return { ...layout.zoom };
    return (layout as unknown as Record<string, unknown>)[name];
  },
  navigation: (owner, name) => (name === 'headersFooters' ? (owner as FakePageLayout).headersFooters : undefined),
};

function setLayout<K extends keyof PageLayoutModel>(sheet: SheetModel, key: K, value: PageLayoutModel[K]): void {
  sheet.pageLayout[key] = value;
}

function checkMargin(value: unknown, location: string): number {
  if (typeof value !== 'number' || !(value >= 0)) fail('InvalidArgument', undefined, location);
  return value;
}

export class FakePageLayout extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(context, path, pageLayoutDescriptor, { resolve });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    const core = coreOf(this);
    return new FakeHeaderFooterGroup(core.context, `${core.path}.headersFooters`, () => core.binding());
  }

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    return coreOf(this).get('orientation');
  }
  set orientation(value: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    coreOf(this).set('orientation', value, (sheet) => {
      if (!orientations.includes(value)) fail('InvalidArgument', undefined, 'PageLayout.orientation');
      setLayout(sheet, 'orientation', value);
    });
  }
  get paperSize(): Excel.PaperType | string {
    return coreOf(this).get('paperSize');
  }
  set paperSize(value: Excel.PaperType | string) {
    coreOf(this).set('paperSize', value, (sheet) => {
      if (!paperSizes.includes(value)) fail('InvalidArgument', undefined, 'PageLayout.paperSize');
      setLayout(sheet, 'paperSize', value);
    });
  }
  /** Scale 10–400, or fit to pages; ASSUMPTION: setting fit-to-pages drops the scale and vice versa, as in Excel's dialog. */
  get zoom(): Excel.PageLayoutZoomOptions {
    return coreOf(this).get('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    coreOf(this).set('zoom', value, (sheet) => {
      if (!value || typeof value !== 'object') fail('InvalidArgument', undefined, 'PageLayout.zoom');
      const { scale, horizontalFitToPages, verticalFitToPages } = value;
      if (scale !== undefined && (typeof scale !== 'number' || scale < 10 || scale > 400)) fail('InvalidArgument', undefined, 'PageLayout.zoom');
      const zoom: PageLayoutModel['zoom'] = {};
      if (scale !== undefined) zoom.scale = scale;
      if (horizontalFitToPages !== undefined) zoom.horizontalFitToPages = horizontalFitToPages;
      if (verticalFitToPages !== undefined) zoom.verticalFitToPages = verticalFitToPages;
      setLayout(sheet, 'zoom', zoom);
    });
  }
  get centerHorizontally(): boolean {
    return coreOf(this).get('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    coreOf(this).set('centerHorizontally', value, (sheet) => setLayout(sheet, 'centerHorizontally', Boolean(value)));
  }
  get centerVertically(): boolean {
    return coreOf(this).get('centerVertically');
  }
  set centerVertically(value: boolean) {
    coreOf(this).set('centerVertically', value, (sheet) => setLayout(sheet, 'centerVertically', Boolean(value)));
  }
  get leftMargin(): number {
    return coreOf(this).get('leftMargin');
  }
  set leftMargin(value: number) {
    this.setMargin('leftMargin', value);
  }
  get rightMargin(): number {
    return coreOf(this).get('rightMargin');
  }
  set rightMargin(value: number) {
    this.setMargin('rightMargin', value);
  }
  get topMargin(): number {
    return coreOf(this).get('topMargin');
  }
  set topMargin(value: number) {
    this.setMargin('topMargin', value);
  }
  get bottomMargin(): number {
    return coreOf(this).get('bottomMargin');
  }
  set bottomMargin(value: number) {
    this.setMargin('bottomMargin', value);
  }
  get headerMargin(): number {
    return coreOf(this).get('headerMargin');
  }
  set headerMargin(value: number) {
    this.setMargin('headerMargin', value);
  }
  get footerMargin(): number {
    return coreOf(this).get('footerMargin');
  }
  set footerMargin(value: number) {
    this.setMargin('footerMargin', value);
  }

  private setMargin(key: MarginProp, value: number): void {
    coreOf(this).set(key, value, (sheet) => setLayout(sheet, key, checkMargin(value, `PageLayout.${key}`)));
  }

  /** A RangeAreas (several areas) is not modelled and fails with InvalidArgument. */
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    coreOf(this).call('setPrintArea', [printArea], 9, (sheet) => setLayout(sheet, 'printArea', rectOnSheet(printArea, sheet, 'PageLayout.setPrintArea')));
  }

  /** Only the rows of the given range matter. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    coreOf(this).call('setPrintTitleRows', [printTitleRows], 9, (sheet) => {
      const rect = rectOnSheet(printTitleRows, sheet, 'PageLayout.setPrintTitleRows');
      setLayout(sheet, 'printTitleRows', { row: rect.row, rowCount: rect.rowCount });
    });
  }

  /** Only the columns of the given range matter. */
  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    coreOf(this).call('setPrintTitleColumns', [printTitleColumns], 9, (sheet) => {
      const rect = rectOnSheet(printTitleColumns, sheet, 'PageLayout.setPrintTitleColumns');
      setLayout(sheet, 'printTitleColumns', { column: rect.column, columnCount: rect.columnCount });
    });
  }
}

const headerFooterKeys = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type HeaderFooterKey = (typeof headerFooterKeys)[number];
const states = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];

export class FakeHeaderFooterGroup extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(
      context,
      path,
      {
        typeName: 'HeaderFooterGroup',
        defaultProps: ['state'],
        propMinor: { state: 9 },
        readProperty: (sheet, name) => (name === 'state' ? sheet.pageLayout.headersFootersState : undefined),
        navigation: (owner, name) => (name === 'defaultForAllPages' ? (owner as FakeHeaderFooterGroup).defaultForAllPages : undefined),
      },
      { resolve },
    );
  }
  get state(): Excel.HeaderFooterState | 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven' {
    return coreOf(this).get('state');
  }
  set state(value: Excel.HeaderFooterState | 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven') {
    coreOf(this).set('state', value, (sheet) => {
      if (!states.includes(value)) fail('InvalidArgument', undefined, 'HeaderFooterGroup.state');
      sheet.pageLayout.headersFootersState = value;
    });
  }
  get defaultForAllPages(): FakeHeaderFooter {
    const core = coreOf(this);
    return new FakeHeaderFooter(core.context, `${core.path}.defaultForAllPages`, () => core.binding());
  }
}

export class FakeHeaderFooter extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(
      context,
      path,
      {
        typeName: 'HeaderFooter',
        defaultProps: headerFooterKeys,
        propMinor: Object.fromEntries(headerFooterKeys.map((k) => [k, 9])),
        readProperty: (sheet, name) => sheet.pageLayout.defaultForAllPages[name as HeaderFooterKey],
      },
      { resolve },
    );
  }
  private setText(key: HeaderFooterKey, value: string): void {
    coreOf(this).set(key, value, (sheet) => {
      if (typeof value !== 'string') fail('InvalidArgument', undefined, `HeaderFooter.${key}`);
      sheet.pageLayout.defaultForAllPages[key] = value;
    });
  }
  get leftHeader(): string {
    return coreOf(this).get('leftHeader');
  }
  set leftHeader(value: string) {
    this.setText('leftHeader', value);
  }
  get centerHeader(): string {
    return coreOf(this).get('centerHeader');
  }
  set centerHeader(value: string) {
    this.setText('centerHeader', value);
  }
  get rightHeader(): string {
    return coreOf(this).get('rightHeader');
  }
  set rightHeader(value: string) {
    this.setText('rightHeader', value);
  }
  get leftFooter(): string {
    return coreOf(this).get('leftFooter');
  }
  set leftFooter(value: string) {
    this.setText('leftFooter', value);
  }
  get centerFooter(): string {
    return coreOf(this).get('centerFooter');
  }
  set centerFooter(value: string) {
    this.setText('centerFooter', value);
  }
  get rightFooter(): string {
    return coreOf(this).get('rightFooter');
  }
  set rightFooter(value: string) {
    this.setText('rightFooter', value);
  }
}

export class FakePageBreakCollection extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(context, path, { typeName: 'PageBreakCollection', defaultProps: [], readProperty: () => undefined }, { resolve });
  }
  /** The break goes above the range's first row. */
  add(pageBreakRange: Excel.Range | string): void {
    coreOf(this).call('add', [pageBreakRange], 9, (sheet) => {
      const rect = rectOnSheet(pageBreakRange, sheet, 'PageBreakCollection.add');
      if (rect.row === 0) fail('InvalidArgument', 'A page break cannot be added above the first row.', 'PageBreakCollection.add');
      if (!sheet.pageBreakRows.includes(rect.row)) sheet.pageBreakRows = [...sheet.pageBreakRows, rect.row].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    coreOf(this).call('removePageBreaks', [], 9, (sheet) => {
      sheet.pageBreakRows = [];
    });
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 9, (sheet) => sheet.pageBreakRows.length);
  }
}
