/// <reference types="office-js" />
import { FakeOfficeError, installFakeOffice } from '../../../src/excel/fake-host';
import { newHost } from './helpers';

/** What a browser page sees: the globals office.js would have installed. */
interface PageGlobals {
  Office: typeof Office;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

describe('installFakeOffice', () => {
  it('installs Office, Excel and OfficeExtension so page code runs unchanged', async () => {
    const host = newHost({ profile: 'excel2019', locale: 'en-US' });
    const page = {} as PageGlobals;
    installFakeOffice(page, host, { displayLanguage: 'fi-FI' });
    const { Office: office, Excel: excel, OfficeExtension: ext } = page;

    const info = await office.onReady();
    expect(info.host).toBe('Excel');
    expect(office.context.displayLanguage).toBe('fi-FI');
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);

    const address = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.conditionalFormats.add(excel.ConditionalFormatType.custom).custom.rule.formula = '=A1>0';
      context.workbook.worksheets.add('Hidden').visibility = excel.SheetVisibility.hidden;
      range.load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe('Sheet1!A1:B2');
    expect(host.snapshot().sheets[1]?.visibility).toBe('Hidden');

    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ext.Error);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as OfficeExtension.Error).code).toBe(excel.ErrorCodes.itemNotFound);
  });

  it('onReady also calls a callback; the enums carry office.js string values', async () => {
    const host = newHost();
    const page = {} as PageGlobals;
    installFakeOffice(page, host);
    const seen: string[] = [];
    await page.Office.onReady((info) => seen.push(String(info.host)));
    expect(seen).toEqual(['Excel']);
    expect(page.Office.context.displayLanguage).toBe('fi-FI');
    expect([page.Excel.ConditionalFormatType.custom, page.Excel.SheetVisibility.veryHidden, page.Excel.ClearApplyTo.contents]).toEqual(['Custom', 'VeryHidden', 'Contents']);
  });
});
