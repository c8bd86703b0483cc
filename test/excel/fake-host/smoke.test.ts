/// <reference types="office-js" />
import { FakeExcelHost } from '../../../src/excel/fake-host';

describe('fake host smoke', () => {
  it('writes and reads back', async () => {
    const host = new FakeExcelHost({ locale: 'fi-FI' });
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Kunnat');
      const range = sheet.getRange('A1:B2');
      range.values = [['Nimi', '1,5'], ['x', '=A1']];
      range.load('values,formulas,address,valueTypes');
      await context.sync();
      return { values: range.values, formulas: range.formulas, address: range.address, types: range.valueTypes };
    });
    expect(out).toEqual({
      values: [['Nimi', 1.5], ['x', '#UNCALCULATED!']],
      formulas: [['Nimi', 1.5], ['x', '=A1']],
      address: 'Kunnat!A1:B2',
      types: [['String', 'Double'], ['String', 'Error']],
    });
    expect(host.syncCount).toBe(1);
  });
});
