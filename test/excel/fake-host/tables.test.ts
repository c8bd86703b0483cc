/// <reference types="office-js" />
import { newHost, read, rejection } from './helpers';

describe('tables (semantic 13)', () => {
  it('uses the first row as headers; blank and repeated headers are renamed as Excel does', async () => {
    const host = newHost({ sheets: ['Kunnat'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kunnat');
      sheet.getRange('A1:E1').values = [['Kunta', '', 'Kunta', 2026, 'kunta']];
      const table = sheet.tables.add('A1:E3', true);
      table.name = 'Kunnat';
      const columns = table.columns.load('items/name');
      const header = table.getHeaderRowRange().load('values,address');
      const body = table.getDataBodyRange().load('address');
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(['Kunta', 'Column2', 'Kunta2', '2026', 'kunta3']);
      expect(header.values).toEqual([['Kunta', 'Column2', 'Kunta2', '2026', 'kunta3']]);
      expect(header.address).toBe('Kunnat!A1:E1');
      expect(body.address).toBe('Kunnat!A2:E3');
    });
    expect(host.snapshot().tables).toEqual([{ name: 'Kunnat', sheet: 'Kunnat', ref: 'A1:E3', columns: ['Kunta', 'Column2', 'Kunta2', '2026', 'kunta3'], style: 'TableStyleMedium2', showBandedRows: true }]);
  });

  it('grows with rows.add, at the end or at an index, shifting cells below within its columns', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B2').values = [['Nimi', 'Määrä'], ['a', 1]];
      sheet.getRange('A4:C4').values = [['below', 'below', 'outside']];
      const table = sheet.tables.add('A1:B2', true);
      table.rows.add(undefined, [['b', 2]]);
      table.rows.add(0, [['first', '1,5']]);
      const range = table.getRange().load('address');
      const count = table.rows.getCount();
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:B4');
      expect(count.value).toBe(3);
    });
    const back = await read(host, 'Sheet1', 'A1:C6');
    expect(back.values).toEqual([
      ['Nimi', 'Määrä', ''],
      ['first', 1.5, ''],
      ['a', 1, ''],
      ['b', 2, 'outside'], // C4 is outside the table's columns and does not move
      ['', '', ''],
      ['below', 'below', ''],
    ]);
  });

  it('rows.add with values of the wrong width fails at sync and moves nothing', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true);
      await context.sync();
      table.rows.add(undefined, [['only one']]);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    expect(host.snapshot().tables[0]?.ref).toBe('A1:B2');
  });

  it('a one-row range with headers gets one empty data row; hasHeaders=false inserts a header row', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['x', 'y']];
      sheet.tables.add('A1:B1', true);
      sheet.getRange('D1:E2').values = [[1, 2], [3, 4]];
      sheet.tables.add('D1:E2', false);
    });
    const snap = host.snapshot();
    expect(snap.tables.map((t) => [t.ref, t.columns])).toEqual([
      ['A1:B2', ['x', 'y']],
      ['D1:E3', ['Column1', 'Column2']],
    ]);
    expect((await read(host, 'Sheet1', 'D1:E3')).values).toEqual([['Column1', 'Column2'], [1, 2], [3, 4]]);
  });

  it('can not be added over another table, nor over merged cells', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.tables.add('B2:C4', true);
      await context.sync();
      sheet.tables.add('A1:B2', true);
      expect((await rejection(context.sync())).message).toBe("A table can't overlap another table.");
      sheet.getRange('F1:G1').merge();
      sheet.tables.add('F1:G3', true);
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('writing a header cell renames its column; duplicates are still made unique', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['a', 'b']];
      sheet.tables.add('A1:B3', true);
      await context.sync();
      sheet.getRange('B1').values = [['a']];
    });
    expect(host.snapshot().tables[0]?.columns).toEqual(['a', 'a2']);
  });

  it('resize (1.13), style, banding, workbook.tables.add, getItem, items, delete and convertToRange', async () => {
    const host = newHost({ sheets: ['Tiimit', 'Muut'] });
    await host.run(async (context) => {
      const t = context.workbook.tables.add("'Tiimit'!A1:B3", true);
      t.name = 'Tiimit';
      t.style = 'TableStyleLight9';
      t.showBandedRows = false;
      t.resize('A1:C5');
      const other = context.workbook.worksheets.getItem('Muut').tables.add('A1:A2', true);
      other.name = 'Muut';
      await context.sync();
      const items = context.workbook.tables.load('items/name');
      const onSheet = context.workbook.worksheets.getItem('Tiimit').tables.load('items/name');
      const found = context.workbook.tables.getItem('TIIMIT').load('name,style,showBandedRows');
      const ws = found.worksheet.load('name');
      await context.sync();
      expect(items.items.map((x) => x.name)).toEqual(['Tiimit', 'Muut']);
      expect(onSheet.items.map((x) => x.name)).toEqual(['Tiimit']);
      expect([found.name, found.style, found.showBandedRows, ws.name]).toEqual(['Tiimit', 'TableStyleLight9', false, 'Tiimit']);
      t.resize('A2:C5');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      other.convertToRange();
      found.delete();
    });
    const snap = host.snapshot();
    expect(snap.tables).toEqual([]);
    expect(snap.sheets[0]?.cells).toEqual({});
    expect(snap.sheets[1]?.cells.A1?.value).toBe('Column1');
  });
});
