import { gridFromLayout } from '../../../src/layout/layout-grid';
import { gridFingerprint, layoutFingerprint } from '../../../src/layout/sheet-fingerprint';
import { formulaInput } from '../../../src/excel/cell-input';
import { rectangles, rowBands } from '../../../src/excel/cell-rectangles';
import { copyName } from '../../../src/excel/write-layout';
import { sheetRange } from '../../../src/excel/write-sheet';
import { gridCell } from '../../../src/excel/read-grid';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

describe('sheet fingerprints', () => {
  const layout = layOutPlan(examplePlan()).layout;

  it('a layout and its grid fingerprint alike, sheet by sheet', () => {
    const grid = gridFromLayout(layout);
    layout.sheets.forEach((sheet, i) => expect(gridFingerprint(grid.sheets[i] as (typeof grid.sheets)[number])).toBe(layoutFingerprint(sheet)));
  });

  it('a sheet written to Excel and read back unchanged fingerprints equal to its layout', async () => {
    const live = liveOn(newHost());
    await live.generate(layOutPlan(examplePlan()));
    const reading = await live.readGrid();
    if (!reading.ok) throw new Error('unreadable');
    for (const sheet of layout.sheets) {
      const read = reading.grid.sheets.find((s) => s.name === sheet.name);
      expect({ sheet: sheet.name, print: read && gridFingerprint(read) }).toEqual({ sheet: sheet.name, print: layoutFingerprint(sheet) });
    }
    expect(await live.changedDerivedSheets()).toEqual([]);
  });

  it.each([
    ['a value typed over', { B2: { value: 'toinen' } }],
    ['a formula typed over', { B2: { value: 1 } }],
    ['a cell cleared', {}],
  ])('%s changes the fingerprint', (_what, cells) => {
    const base = { cells: { B2: { value: null, formula: 'A1*2' } } };
    expect(gridFingerprint({ cells })).not.toBe(gridFingerprint(base));
  });

  it('a derived cell changed in Excel is found', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Toimintasuunnitelma');
      ws.protection.unprotect();
      ws.getRange('A1').values = [['Oma otsikko']];
      await context.sync();
    });
    expect(await live.changedDerivedSheets()).toEqual(['Toimintasuunnitelma']);
  });
});

describe('cell input', () => {
  it.each([
    [{ kind: 'text', text: '=A1' } as const, "'=A1"],
    [{ kind: 'text', text: '1,5' } as const, "'1,5"],
    [{ kind: 'text', text: '' } as const, ''],
    [{ kind: 'number', value: '1234.50' } as const, 1234.5],
    [{ kind: 'date', iso: '2026-01-02' } as const, 46024],
    [{ kind: 'boolean', value: true } as const, true],
    [{ kind: 'formula', formula: 'SUM(A1:A2)' } as const, '=SUM(A1:A2)'],
  ])('%j is written as %j', (value, input) => expect(formulaInput(value)).toBe(input));
});

describe('rectangles', () => {
  it('cover a set of cells exactly with few rectangles', () => {
    const refs = ['A1', 'B1', 'A2', 'B2', 'D2', 'A3', 'C5'];
    const rects = rectangles(refs.map((ref) => ({ ref })));
    expect(rects.map((r) => [r.top, r.left, r.bottom, r.right])).toEqual([
      [1, 1, 2, 2],
      [2, 4, 2, 4],
      [3, 1, 3, 1],
      [5, 3, 5, 3],
    ]);
  });

  it('are cut into bands of rows within a size', () => {
    const rect = { top: 1, left: 1, bottom: 4, right: 1, items: [[1], [2], [3], [4]] };
    expect(rowBands(rect, () => 10, 25).map((b) => [b.top, b.bottom])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('small parts', () => {
  it('names a copy aside in the workbook language, numbered when taken', () => {
    expect(copyName('Kuntaosuudet', new Set(), 'fi')).toBe('Kuntaosuudet (muokattu)');
    expect(copyName('Contributions', new Set(), 'en')).toBe('Contributions (edited)');
    expect(copyName('Kuntaosuudet', new Set(['KUNTAOSUUDET (MUOKATTU)']), 'fi')).toBe('Kuntaosuudet (muokattu 2)');
    expect(copyName('Toimintasuunnitelma ja talousarvio', new Set(), 'fi').length).toBeLessThanOrEqual(31);
  });

  it('splits a series reference into its sheet and range', () => {
    expect(sheetRange("'Kuntaosuudet'!$A$4:$A$8")).toEqual({ sheet: 'Kuntaosuudet', range: 'A4:A8' });
    expect(sheetRange("'Bob''s'!$B$2")).toEqual({ sheet: "Bob's", range: 'B2' });
  });

  it.each([
    ['a formula', 3, '=A1+2', 'General', 'Double', { value: 3, formula: 'A1+2' }],
    ['text that looks like a formula', '=A1', '=A1', 'General', 'String', { value: '=A1' }],
    ['an error', '#DIV/0!', '=1/0', 'General', 'Error', { value: null, error: '#DIV/0!', formula: '1/0' }],
    ['a number with a format', 5, 5, '0.00', 'Double', { value: 5, numberFormat: '0.00' }],
    ['an empty cell', '', '', 'General', 'Empty', null],
  ])('reads %s', (_what, value, formula, format, type, cell) => expect(gridCell(value, formula, format, type)).toEqual(cell));
});
