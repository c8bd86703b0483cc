/// <reference types="office-js" />
import { dateSerial, parseTypedInput } from '../../../src/excel/fake-host/locale-input';
import { FakeLocale } from '../../../src/excel/fake-host';
import { TODAY, newHost, read } from './helpers';

const feb1 = dateSerial(2026, 2, 1);
const mar4 = dateSerial(2026, 3, 4);

describe('typing in the user locale (semantic 7)', () => {
  it.each<[FakeLocale, string, unknown, string]>([
    // locale, typed, stored value, number format
    ['fi-FI', '1,5', 1.5, 'General'],
    ['en-US', '1.5', 1.5, 'General'],
    ['fi-FI', '1.2', feb1, 'd-mmm'], // a date: 1 Feb of the current year
    ['en-US', '1.2', 1.2, 'General'],
    ['en-US', '3/4', mar4, 'd-mmm'], // March 4
    ['fi-FI', '3/4', '3/4', 'General'],
    ['fi-FI', '12 %', 0.12, '0%'],
    ['fi-FI', '12%', 0.12, '0%'],
    ['en-US', '12%', 0.12, '0%'],
    ['fi-FI', '12,5 %', 0.125, '0.00%'],
    ['en-US', 'TRUE', true, 'General'],
    ['en-US', 'false', false, 'General'],
    ['fi-FI', 'TOSI', true, 'General'],
    ['fi-FI', 'EPÄTOSI', false, 'General'],
    ['fi-FI', 'TRUE', 'TRUE', 'General'],
    ['fi-FI', '+1', 1, 'General'],
    ['fi-FI', '-1', -1, 'General'],
    ['fi-FI', "'=x", '=x', 'General'],
    ['en-US', "'1.5", '1.5', 'General'],
    ['fi-FI', '1 234,5', 1234.5, '#,##0.00'],
    ['en-US', '1,234', 1234, '#,##0'],
    ['fi-FI', '31.2', '31.2', 'General'], // not a date: stays text
    ['fi-FI', '1.2.2025', dateSerial(2025, 2, 1), 'm/d/yyyy'],
    ['fi-FI', 'Kaustinen', 'Kaustinen', 'General'],
  ])('%s: "%s" is stored as %p with format %s', async (locale, typed, value, numberFormat) => {
    const host = newHost({ locale });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[typed]];
    });
    const back = await read(host, 'Sheet1', 'A1');
    expect(back.values).toEqual([[value]]);
    expect(back.numberFormat).toEqual([[numberFormat]]);
  });

  it.each<[FakeLocale, string, string]>([
    ['fi-FI', '=1+1', '=1+1'],
    ['en-US', '=SUM(A2:A3)', '=SUM(A2:A3)'],
    ['fi-FI', '+A1', '=+A1'],
    ['fi-FI', '-A1', '=-A1'],
    ['en-US', '@SUM(A2)', '=SUM(A2)'],
  ])('%s: "%s" starts a formula, stored as %s', async (locale, typed, formula) => {
    const host = newHost({ locale });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[typed]];
    });
    const back = await read(host, 'Sheet1', 'A1');
    expect(back.formulas).toEqual([[formula]]);
    expect(back.valueTypes).toEqual([['Error']]); // not calculated (semantic 8)
  });

  it('a dated input without a year uses "today"', () => {
    expect(parseTypedInput('1.2', { locale: 'fi-FI', today: TODAY })).toEqual({ kind: 'number', value: feb1, numberFormat: 'd-mmm' });
    expect(parseTypedInput('1.2', { locale: 'fi-FI', today: new Date(2030, 0, 1) })).toEqual({ kind: 'number', value: dateSerial(2030, 2, 1), numberFormat: 'd-mmm' });
  });

  it('dateSerial matches Excel (1 Jan 1900 = 1 after the leap-year quirk: 1 Mar 1900 = 61; 1 Jan 2026 = 46023)', () => {
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2026, 1, 1)).toBe(46023);
  });
});

describe('values and formulas read back (semantic 7)', () => {
  it('formulas give the formula for formula cells and the value (no apostrophe) for constants', async () => {
    const host = newHost({ locale: 'fi-FI' });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
      range.formulas = [['=B1*2', "'=teksti", '1,5', 'x']];
    });
    const back = await read(host, 'Sheet1', 'A1:D1');
    expect(back.formulas).toEqual([['=B1*2', '=teksti', 1.5, 'x']]);
    expect(back.values).toEqual([['#UNCALCULATED!', '=teksti', 1.5, 'x']]);
    expect(back.valueTypes).toEqual([['Error', 'String', 'Double', 'String']]);
    // A formula cell is one whose formulas entry starts with "=" and differs from its value.
    const isFormula = back.formulas[0]?.map((f, i) => typeof f === 'string' && f.startsWith('=') && f !== back.values[0]?.[i]);
    expect(isFormula).toEqual([true, false, false, false]);
  });

  it('null leaves a cell unchanged, "" clears it', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.values = [['a', 'b', 'c']];
      await context.sync();
      range.values = [[null, '', 'z']] as unknown as Excel.Range['values'];
    });
    const back = await read(host, 'Sheet1', 'A1:C1');
    expect(back.values).toEqual([['a', '', 'z']]);
    expect(back.valueTypes).toEqual([['String', 'Empty', 'String']]);
  });

  it('numbers and booleans are stored as they are; text shows them in the locale', async () => {
    const host = newHost({ locale: 'fi-FI' });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.values = [[1234.5, true, 0.25]];
      range.numberFormat = [['#,##0.00', 'General', '0%']];
    });
    const back = await read(host, 'Sheet1', 'A1:C1');
    expect(back.values).toEqual([[1234.5, true, 0.25]]);
    expect(back.valueTypes).toEqual([['Double', 'Boolean', 'Double']]);
    expect(back.text).toEqual([['1\u00A0234,50', 'TOSI', '25\u00A0%']]);
  });
});

describe('formula values (semantic 8)', () => {
  it('without an evaluator a formula cell reads as the #UNCALCULATED! error', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=1+1']];
    });
    const back = await read(host, 'Sheet1', 'A1');
    expect(back.values).toEqual([['#UNCALCULATED!']]);
    expect(back.valueTypes).toEqual([['Error']]);
  });

  it('an evaluator supplies values; undefined from it still means uncalculated', async () => {
    const calls: string[] = [];
    const host = newHost({
      evaluate: (sheet, address, formula) => {
        calls.push(`${sheet}!${address} ${formula}`);
        return formula === '=1+1' ? 2 : undefined;
      },
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').formulas = [['=1+1', '=NOPE()']];
    });
    const back = await read(host, 'Sheet1', 'A1:B1');
    expect(back.values).toEqual([[2, '#UNCALCULATED!']]);
    expect(back.valueTypes).toEqual([['Double', 'Error']]);
    expect(calls).toContain('Sheet1!A1 =1+1');
  });
});

describe('text shows values in the locale (approximate formatter)', () => {
  it.each<[FakeLocale, string, string]>([
    ['fi-FI', '1.2', '1.helmi'],
    ['en-US', '3/4', '4-Mar'],
    ['fi-FI', '1.2.2025', '1.2.2025'],
    ['en-US', '2/1/2025', '2/1/2025'],
    ['fi-FI', '0,5', '0,5'],
    ['en-US', '12.5%', '12.50%'],
  ])('%s: typed "%s" shows as "%s"', async (locale, typed, shown) => {
    const host = newHost({ locale });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[typed]];
    });
    expect((await read(host, 'Sheet1', 'A1')).text).toEqual([[shown]]);
  });
});

describe('switching the locale', () => {
  it('applies to the next run', async () => {
    const host = newHost({ locale: 'fi-FI' });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['1.5']];
    });
    host.locale = 'en-US';
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['1.5']];
    });
    expect((await read(host, 'Sheet1', 'A1:A2')).values).toEqual([[dateSerial(2026, 5, 1)], [1.5]]);
  });
});
