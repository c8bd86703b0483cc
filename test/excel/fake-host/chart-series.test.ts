import { FakeExcelHost } from '../../../src/excel/fake-host';

describe('chart series', () => {
  it('come from the source, one per column, and take names, values and categories', async () => {
    const host = new FakeExcelHost({ profile: 'current' });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:C2').values = [
        ['a', 1, 2],
        ['b', 3, 4],
      ];
      const chart = ws.charts.add('ColumnClustered', ws.getRange('B1:B2'), 'Columns');
      chart.series.getItemAt(0).name = 'Eka';
      chart.series.getItemAt(0).setXAxisValues(ws.getRange('A1:A2'));
      const second = chart.series.add('Toka');
      second.setValues(ws.getRange('C1:C2'));
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.charts[0]?.series).toEqual([
      { name: 'Eka', values: 'Sheet1!B1:B2', xValues: 'Sheet1!A1:A2' },
      { name: 'Toka', values: 'Sheet1!C1:C2', xValues: null },
    ]);
  });

  it('setValues needs ExcelApi 1.7', async () => {
    const host = new FakeExcelHost({ profile: 'excel2016' });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.charts.add('ColumnClustered', ws.getRange('B1:B2'), 'Columns').series.getItemAt(0).setValues(ws.getRange('C1:C2'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
