/// <reference types="office-js" />
import { columnLetter } from '../../../src/layout/a1';
import { Batch } from '../../../src/excel/request-budget';
import { writeStyles } from '../../../src/excel/write-sheet';
import { widePlan } from '../../support/scaled-plan';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

/** "C5:C5" as Excel names it: "C5". */
const single = (range: string): string => range.replace(/^([A-Z]+\d+):\1$/, '$1');

/** "'Kuntaosuudet'!$A$4:$A$8" as the fake names it: "Kuntaosuudet!A4:A8". */
const plain = (ref: string): string => ref.replace(/\$/g, '').replace(/^'([^']*)'!/, '$1!');

/** What the writer puts into Excel, sheet by sheet, against the layout it was given. */
describe('the example as written into Excel', () => {
  const laidOut = layOutPlan(examplePlan());
  const layout = laidOut.layout;
  let snapshot: ReturnType<ReturnType<typeof newHost>['snapshot']>;

  beforeAll(async () => {
    const host = newHost({ sheets: ['Sheet1'] });
    await liveOn(host).generate(laidOut);
    snapshot = host.snapshot();
  });

  const sheetOf = (name: string) => {
    const sheet = snapshot.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };

  it('has the sheets in the layout order, before the sheet that was there, and events back on', () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual([...layout.sheets.map((s) => s.name), 'Sheet1']);
    expect(snapshot.enableEvents).toBe(true);
    expect(snapshot.settings.PlanSheets).toMatchObject({ format: 'plansheets', interrupted: false, generatedAt: '2026-12-04T12:00:00.000Z' });
    expect(snapshot.settings['PlanSheets.pending']).toBeUndefined();
    expect(snapshot.sheets.some((s) => s.name === 'PlanSheets_pending')).toBe(false);
  });

  it('has the workbook names, each a reference with "="', () => {
    expect(snapshot.names.map((n) => ({ name: n.name, formula: n.formula }))).toEqual(layout.definedNames.map((n) => ({ name: n.name, formula: `=${n.ref}` })));
  });

  it('has every table with its range, name and style', () => {
    const tables = layout.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name, ref: t.ref, columns: t.columns.map((c) => c.name), ...(t.style ? { style: t.style } : {}) })));
    expect(snapshot.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.ref, columns: t.columns, ...(tables.find((x) => x.name === t.name)?.style ? { style: t.style } : {}) }))).toEqual(tables);
  });

  it.each(layout.sheets.map((s) => [s.name, s] as const))('%s: visibility, protection, view, sizes, rules, merges, charts and page layout as laid out', (name, sheet) => {
    const written = sheetOf(name);
    expect(written.visibility).toBe(sheet.hidden ? 'Hidden' : 'Visible');
    expect(written.protection.protected).toBe(sheet.protected);
    if (sheet.tabColor) expect(written.tabColor.toUpperCase()).toBe(`#${sheet.tabColor.toUpperCase()}`);
    expect(written.freezePanes).toEqual(sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : null);
    expect([...written.merges].sort()).toEqual([...sheet.merges].sort());
    for (const column of sheet.columns) expect(written.columnWidths[columnLetter(column.index)]).toBeCloseTo(column.width, 1);
    for (const row of sheet.rows) if (row.height !== undefined) expect(written.rowHeights[String(row.index)]).toBeCloseTo(row.height, 1);
    expect(written.dataValidations.map((v) => v.address)).toEqual(sheet.dataValidations.map((v) => single(v.range)));
    expect(written.conditionalFormats.map((c) => ({ address: c.address, formula: c.formula }))).toEqual(sheet.conditionalFormats.map((c) => ({ address: single(c.range), formula: `=${c.formula}` })));
    expect(written.charts.map((c) => ({ title: c.title, position: c.position, series: c.series.map((s) => ({ values: s.values, xValues: s.xValues })) }))).toEqual(
      sheet.charts.map((c) => ({
        title: c.title,
        position: { start: c.from, end: c.to },
        series: c.series.map((s) => ({ values: plain(s.values), xValues: plain(s.categories) })),
      })),
    );
    for (const chart of written.charts) expect(chart.series.every((s) => s.name !== '' && !/^Series\d/.test(s.name))).toBe(true);
    const page = written.pageLayout;
    expect(page.orientation).toBe(sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    expect(page.paperSize).toBe('A4');
    expect(page.zoom).toEqual(sheet.print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: sheet.print.fitToHeight ? 1 : 0 } : { scale: 100 });
    if (sheet.print.margins) expect(page.leftMargin).toBe(sheet.print.margins.left);
    expect(page.defaultForAllPages.leftHeader).toBe(sheet.print.headerFooter.odd.header.left ?? '');
    expect(page.defaultForAllPages.rightFooter).toBe(sheet.print.headerFooter.odd.footer.right ?? '');
    expect(page.printArea).toBe(sheet.print.printArea ?? null);
    expect(page.printTitleRows).toBe(sheet.print.printTitleRows ? `$${sheet.print.printTitleRows.replace(/\$/g, '').replace(':', ':$')}` : null);
    expect(written.pageBreaksAboveRows).toEqual((sheet.print.hints?.rowBreaks ?? []).map((r) => r + 1));
    expect(page.printTitleColumns).toBeNull();
  });

  it('writes styles by rectangle, never one range per cell', async () => {
    // A worksheet that only counts the ranges asked of it.
    const ranges: string[] = [];
    const sink: object = new Proxy(function () {}, { get: () => sink, set: () => true, apply: () => sink });
    const ws = { getRange: (address: string) => (ranges.push(address), sink) } as unknown as Excel.Worksheet;
    const batch = new Batch(sink as Excel.RequestContext, { suspendScreenUpdating: false });
    for (const sheet of layout.sheets) await writeStyles(batch, ws, sheet.cells);
    const styled = layout.sheets.reduce((n, s) => n + s.cells.filter((c) => c.style && Object.keys(c.style).some((k) => k !== 'numberFormat')).length, 0);
    console.log(`${styled} styled cells formatted through ${ranges.length} ranges`);
    expect(ranges.length).toBeLessThan(styled / 2);
  });
});

describe('a contribution matrix wider than a page, as written into Excel', () => {
  it('prints Kuntaosuudet at full size with the id and name columns and the header row repeated', async () => {
    const laidOut = layOutPlan(widePlan(examplePlan(), { municipalities: 40, pools: 8, seed: 4 }));
    const host = newHost({ sheets: ['Sheet1'] });
    await liveOn(host).generate(laidOut);
    const page = host.snapshot().sheets.find((s) => s.name === 'Kuntaosuudet')?.pageLayout;
    expect(page).toMatchObject({ zoom: { scale: 100 }, printTitleColumns: '$A:$B', printTitleRows: '$3:$3' });
  });
});
