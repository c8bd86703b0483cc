/// <reference types="office-js" />
/**
 * Pins the fake against the official @types/office-js definitions.
 *
 * 1. Adapter-style code below is written against `Excel.RequestContext` (what
 *    `host.run` hands out), never against the fake's classes, so a call the
 *    real API does not have fails to compile — see the @ts-expect-error
 *    lines: if such a call ever compiled, the directive itself would be an
 *    error ("Unused '@ts-expect-error' directive").
 * 2. Compile-time assertions: every public member of each fake class exists
 *    on the matching Excel class (AssertSubset), so the fake cannot grow an
 *    API the real one lacks; and for shared methods, any argument list the
 *    real API accepts is accepted by the fake (AssertCallsAccepted).
 * `npx tsc -p tsconfig.json --noEmit` checks all of this; the jest part only
 * runs the adapter-style code to show it also works at run time.
 */
import { FakeExcelHost } from '../../../src/excel/fake-host';
import type { FakeApplication, FakeRequestContext, FakeRuntime, FakeWorkbook } from '../../../src/excel/fake-host/fake-workbook';
import type { FakeRange } from '../../../src/excel/fake-host/fake-range';
import type { FakeFormatProtection, FakeRangeBorder, FakeRangeBorderCollection, FakeRangeFill, FakeRangeFont, FakeRangeFormat } from '../../../src/excel/fake-host/fake-range-format';
import type {
  FakeConditionalFormat,
  FakeConditionalFormatCollection,
  FakeConditionalFormatRule,
  FakeConditionalRangeFill,
  FakeConditionalRangeFont,
  FakeConditionalRangeFormat,
  FakeCustomConditionalFormat,
  FakeDataValidation,
} from '../../../src/excel/fake-host/fake-range-rules';
import type { FakeWorksheet, FakeWorksheetCollection } from '../../../src/excel/fake-host/fake-worksheet';
import type { FakeWorksheetFreezePanes, FakeWorksheetProtection } from '../../../src/excel/fake-host/fake-worksheet-view';
import type { FakeHeaderFooter, FakeHeaderFooterGroup, FakePageBreakCollection, FakePageLayout } from '../../../src/excel/fake-host/fake-page-layout';
import type { FakeChart, FakeChartCollection, FakeChartTitle } from '../../../src/excel/fake-host/fake-chart';
import type { FakeTable, FakeTableCollection, FakeTableColumn, FakeTableColumnCollection, FakeTableRowCollection } from '../../../src/excel/fake-host/fake-table';
import type { FakeNamedItem, FakeNamedItemCollection } from '../../../src/excel/fake-host/fake-names';
import type { FakeSetting, FakeSettingCollection } from '../../../src/excel/fake-host/fake-settings';

/** Compiles only if every key of A is a key of B, e.g. AssertSubset<keyof FakeRange, keyof Excel.Range>. */
type AssertSubset<A extends B, B> = A extends B ? true : never;
export type RangeKeysPinned = AssertSubset<keyof FakeRange, keyof Excel.Range>;

/** Members the fake has and the real class lacks; `never` when there are none. */
type ExtraMembers<F, E> = Exclude<keyof F, keyof E>;

/** The keys K shared by F and E where some argument list E[K] accepts is refused by F[K]; `never` when there is none. */
type RefusedCalls<F, E> = {
  // `0 extends 1 & E[K]` is true only for `any` (e.g. Setting.value), which is no method.
  [K in keyof F & keyof E]: 0 extends 1 & E[K] ? never : E[K] extends (...args: infer PE) => unknown ? (F[K] extends (...args: infer PF) => unknown ? (PE extends PF ? never : K) : K) : never;
}[keyof F & keyof E];

/** `true`, or an object naming the offending members — which then fails Assert with a readable message. */
type Pinned<F, E> = [ExtraMembers<F, E>] extends [never] ? ([RefusedCalls<F, E>] extends [never] ? true : { refusedCalls: RefusedCalls<F, E> }) : { extraMembers: ExtraMembers<F, E> };
type Assert<T extends true> = T;

export type TypePins = [
  Assert<Pinned<FakeRequestContext, Excel.RequestContext>>,
  Assert<Pinned<FakeWorkbook, Excel.Workbook>>,
  Assert<Pinned<FakeApplication, Excel.Application>>,
  Assert<Pinned<FakeRuntime, Excel.Runtime>>,
  Assert<Pinned<FakeWorksheetCollection, Excel.WorksheetCollection>>,
  Assert<Pinned<FakeWorksheet, Excel.Worksheet>>,
  Assert<Pinned<FakeWorksheetProtection, Excel.WorksheetProtection>>,
  Assert<Pinned<FakeWorksheetFreezePanes, Excel.WorksheetFreezePanes>>,
  Assert<Pinned<FakePageLayout, Excel.PageLayout>>,
  Assert<Pinned<FakeHeaderFooterGroup, Excel.HeaderFooterGroup>>,
  Assert<Pinned<FakeHeaderFooter, Excel.HeaderFooter>>,
  Assert<Pinned<FakePageBreakCollection, Excel.PageBreakCollection>>,
  Assert<Pinned<FakeChartCollection, Excel.ChartCollection>>,
  Assert<Pinned<FakeChart, Excel.Chart>>,
  Assert<Pinned<FakeChartTitle, Excel.ChartTitle>>,
  Assert<Pinned<FakeRange, Excel.Range>>,
  Assert<Pinned<FakeRangeFormat, Excel.RangeFormat>>,
  Assert<Pinned<FakeRangeFill, Excel.RangeFill>>,
  Assert<Pinned<FakeRangeFont, Excel.RangeFont>>,
  Assert<Pinned<FakeRangeBorderCollection, Excel.RangeBorderCollection>>,
  Assert<Pinned<FakeRangeBorder, Excel.RangeBorder>>,
  Assert<Pinned<FakeFormatProtection, Excel.FormatProtection>>,
  Assert<Pinned<FakeDataValidation, Excel.DataValidation>>,
  Assert<Pinned<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>>,
  Assert<Pinned<FakeConditionalFormat, Excel.ConditionalFormat>>,
  Assert<Pinned<FakeCustomConditionalFormat, Excel.CustomConditionalFormat>>,
  Assert<Pinned<FakeConditionalFormatRule, Excel.ConditionalFormatRule>>,
  Assert<Pinned<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>>,
  Assert<Pinned<FakeConditionalRangeFill, Excel.ConditionalRangeFill>>,
  Assert<Pinned<FakeConditionalRangeFont, Excel.ConditionalRangeFont>>,
  Assert<Pinned<FakeTableCollection, Excel.TableCollection>>,
  Assert<Pinned<FakeTable, Excel.Table>>,
  Assert<Pinned<FakeTableColumnCollection, Excel.TableColumnCollection>>,
  Assert<Pinned<FakeTableColumn, Excel.TableColumn>>,
  Assert<Pinned<FakeTableRowCollection, Excel.TableRowCollection>>,
  Assert<Pinned<FakeNamedItemCollection, Excel.NamedItemCollection>>,
  Assert<Pinned<FakeNamedItem, Excel.NamedItem>>,
  Assert<Pinned<FakeSettingCollection, Excel.SettingCollection>>,
  Assert<Pinned<FakeSetting, Excel.Setting>>,
];

/** Adapter-style code: typed only by @types/office-js. */
async function writeActionPlan(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.add('Toimenpiteet');
  sheet.getRange('A1:C2').values = [['Toimenpide', 'Vastuu', 'Euroa'], ['Koulutus', 'Tiimi 1', '1 500']];
  sheet.getRange('C2').numberFormat = [['#,##0']];
  const table = sheet.tables.add('A1:C2', true);
  table.name = 'Toimenpiteet';
  table.rows.add(undefined, [['Kysely', 'Tiimi 2', 300]]);
  sheet.freezePanes.freezeRows(1);
  sheet.protection.protect({ allowFormatColumns: true });
  context.workbook.names.add('Vuosi', '=2026');
  context.workbook.settings.add('plansheets.version', 1);
  context.load(sheets, 'items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/**
 * Type-checked, never run: each call below is one the real API does not
 * have, so it does not compile; the directive marks the expected error. If
 * @types/office-js ever accepted one of them, tsc would fail on the unused
 * directive.
 */
export function callsTheRealApiDoesNotHave(context: Excel.RequestContext): void {
  const sheet = context.workbook.worksheets.getItem('Toimenpiteet');
  // @ts-expect-error Excel.Range has no setValues (values is a property)
  sheet.getRange('A1').setValues([[1]]);
  // @ts-expect-error Excel.Worksheet.getRange takes one address, not row/column numbers
  sheet.getRange(1, 1);
  // @ts-expect-error Excel.Table has no addRow; rows are added through table.rows.add
  sheet.tables.getItem('Toimenpiteet').addRow(['x']);
  // @ts-expect-error Excel.WorksheetFreezePanes.freezeRows takes a number
  sheet.freezePanes.freezeRows('1');
  // @ts-expect-error Excel.WorksheetFreezePanes has no load (nothing to load)
  sheet.freezePanes.load();
}

describe('type pinning', () => {
  it('adapter-style code written against Excel.RequestContext runs on the fake', async () => {
    const host = new FakeExcelHost();
    const names = await host.run(writeActionPlan);
    expect(names).toEqual(['Sheet1', 'Toimenpiteet']);
    const snap = host.snapshot();
    expect(snap.tables[0]?.ref).toBe('A1:C3');
    expect(snap.sheets[1]?.cells.C2).toMatchObject({ value: 1500, numberFormat: '#,##0' });
    expect(snap.sheets[1]?.freezePanes).toEqual({ rows: 1, columns: 0 });
  });

  it('the fake has no load on WorksheetFreezePanes either', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      expect((context.workbook.worksheets.getItem('Sheet1').freezePanes as unknown as { load?: unknown }).load).toBeUndefined();
    });
  });
});
