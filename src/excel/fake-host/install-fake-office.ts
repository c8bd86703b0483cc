/// <reference types="office-js" />
/**
 * Installs fake `Office`, `Excel` and `OfficeExtension` globals on a target
 * object (window in a browser preview, a plain object in tests), so code
 * written against office.js runs unchanged on the fake host.
 *
 * Provided: Office.onReady, Office.context.requirements.isSetSupported,
 * Office.context.displayLanguage/contentLanguage, Office.HostType,
 * Excel.run (bound to the host) and the Excel enums listed below,
 * OfficeExtension.Error. Not provided: Office.context.document
 * (getFileAsync and the rest of the Common API), Office.addin, dialogs.
 */
import { ErrorCode, FakeOfficeError } from './errors';
import type { FakeExcelHost } from './fake-excel-host';

export interface InstallFakeOfficeOptions {
  /** Office.context.displayLanguage; default the host's locale. */
  readonly displayLanguage?: string;
  readonly platform?: 'PC' | 'OfficeOnline' | 'Mac';
}

/** The enums an adapter uses, with office.js's key spelling (lower camel case) and string values. */
export const fakeExcelEnums = {
  ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks', resetContents: 'ResetContents' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double', slantDashDot: 'SlantDashDot' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  ChartType: { columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', barClustered: 'BarClustered', barStacked: 'BarStacked', line: 'Line', lineMarkers: 'LineMarkers', pie: 'Pie', doughnut: 'Doughnut', area: 'Area', xyscatter: 'XYScatter' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  WorksheetPositionType: { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { letter: 'Letter', letterSmall: 'LetterSmall', tabloid: 'Tabloid', ledger: 'Ledger', legal: 'Legal', executive: 'Executive', a3: 'A3', a4: 'A4', a4Small: 'A4Small', a5: 'A5', b4: 'B4', b5: 'B5', folio: 'Folio', quatro: 'Quatro' },
  HeaderFooterState: { default: 'Default', firstAndDefault: 'FirstAndDefault', oddAndEven: 'OddAndEven', firstOddAndEven: 'FirstOddAndEven' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
  DataValidationType: { none: 'None', wholeNumber: 'WholeNumber', decimal: 'Decimal', list: 'List', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom', inconsistent: 'Inconsistent', mixedCriteria: 'MixedCriteria' },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  NamedItemType: { string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', range: 'Range', error: 'Error', array: 'Array' },
  NamedItemScope: { worksheet: 'Worksheet', workbook: 'Workbook' },
  ErrorCodes: Object.fromEntries(Object.entries(ErrorCode)),
} as const;

export function installFakeOffice(target: object, host: FakeExcelHost, options: InstallFakeOfficeOptions = {}): void {
  const info = { host: 'Excel', platform: options.platform ?? 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: info.platform,
      get displayLanguage(): string {
        return options.displayLanguage ?? host.locale;
      },
      get contentLanguage(): string {
        return host.locale;
      },
      requirements: {
        isSetSupported: (name: string, version?: string | number) => host.isSetSupported(name, version),
      },
    },
  };
  const excel = {
    ...fakeExcelEnums,
    run: <T>(first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
      typeof first === 'function' ? host.run(first) : second ? host.run(first, second) : Promise.reject(new Error('Excel.run needs a batch function.')),
  };
  const officeExtension = { Error: FakeOfficeError, ErrorCodes: Object.fromEntries(Object.entries(ErrorCode)) };
  Object.assign(target, { Office: office, Excel: excel, OfficeExtension: officeExtension });
}
