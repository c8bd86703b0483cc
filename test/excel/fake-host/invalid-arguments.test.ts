/// <reference types="office-js" />
import { newHost, rejection } from './helpers';

type Batch = (context: Excel.RequestContext) => void;
const sheet1 = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1');

describe('errors at sync (semantic 4)', () => {
  it.each<[string, Batch, string]>([
    ['values array with too few rows', (c) => (sheet1(c).getRange('A1:B2').values = [[1, 2]]), 'InvalidArgument'],
    ['values array with too many columns', (c) => (sheet1(c).getRange('A1:B1').values = [[1, 2, 3]]), 'InvalidArgument'],
    ['formulas array of the wrong size', (c) => (sheet1(c).getRange('A1:A2').formulas = [['=1']]), 'InvalidArgument'],
    ['numberFormat array of the wrong size', (c) => (sheet1(c).getRange('A1:B1').numberFormat = [['0'], ['0']]), 'InvalidArgument'],
    ['a bad address', (c) => sheet1(c).getRange('A0'), 'InvalidArgument'],
    ['an address past the grid', (c) => sheet1(c).getRange('XFE1'), 'InvalidArgument'],
    ['an address on another sheet', (c) => sheet1(c).getRange('Other!A1'), 'InvalidArgument'],
    ['a duplicate sheet name (ItemAlreadyExists, as Excel reports it)', (c) => c.workbook.worksheets.add('sheet1'), 'ItemAlreadyExists'],
    ['renaming a sheet to a taken name', (c) => {
      c.workbook.worksheets.add('Other');
      sheet1(c).name = 'OTHER';
    }, 'ItemAlreadyExists'],
    ['a sheet name with a forbidden character', (c) => c.workbook.worksheets.add('a/b'), 'InvalidArgument'],
    ['a sheet name over 31 characters', (c) => c.workbook.worksheets.add('x'.repeat(32)), 'InvalidArgument'],
    ['a table overlapping another table', (c) => {
      sheet1(c).getRange('A1:B1').values = [['a', 'b']];
      sheet1(c).tables.add('A1:B3', true);
      sheet1(c).tables.add('B2:C4', true);
    }, 'InvalidArgument'],
    ['a duplicate table name', (c) => {
      sheet1(c).tables.add('A1:B3', true).name = 'Kunnat';
      sheet1(c).tables.add('D1:E3', true).name = 'kunnat';
    }, 'InvalidArgument'],
    ['a table name equal to a defined name', (c) => {
      c.workbook.names.add('Kunnat', '=Sheet1!$A$1');
      sheet1(c).tables.add('D1:E3', true).name = 'Kunnat';
    }, 'InvalidArgument'],
    ['a table name that looks like a cell', (c) => (sheet1(c).tables.add('A1:B3', true).name = 'AB12'), 'InvalidArgument'],
    ['a table added on a protected sheet', (c) => {
      sheet1(c).protection.protect();
      sheet1(c).tables.add('A1:B3', true);
    }, 'InvalidArgument'],
    ['writing locked cells of a protected sheet (AccessDenied, see range-binding.ts)', (c) => {
      sheet1(c).protection.protect();
      sheet1(c).getRange('A1').values = [['x']];
    }, 'AccessDenied'],
    ['formatting cells of a protected sheet', (c) => {
      sheet1(c).protection.protect();
      sheet1(c).getRange('A1').format.font.bold = true;
    }, 'AccessDenied'],
    ['a color Excel does not know', (c) => (sheet1(c).getRange('A1').format.fill.color = 'not-a-color'), 'InvalidArgument'],
  ])('%s', async (_what, batch, code) => {
    const host = newHost();
    await host.run(async (context) => {
      expect(() => batch(context)).not.toThrow();
      const error = await rejection(context.sync());
      expect(error.code).toBe(code);
      expect(typeof error.message).toBe('string');
      expect(error.debugInfo.code).toBe(code);
    });
  });

  it('the overlap message is Excel\'s', async () => {
    const host = newHost();
    await host.run(async (context) => {
      sheet1(context).tables.add('A1:B3', true);
      sheet1(context).tables.add('A3:A5', true);
      expect((await rejection(context.sync())).message).toBe("A table can't overlap another table.");
    });
  });

  it('unlocked cells of a protected sheet can be written', async () => {
    const host = newHost();
    await host.run(async (context) => {
      sheet1(context).getRange('B2:C2').format.protection.locked = false;
      sheet1(context).protection.protect();
      sheet1(context).getRange('B2:C2').values = [['ok', 1]];
      await context.sync();
      sheet1(context).getRange('B2:D2').values = [['no', 2, 3]];
      expect((await rejection(context.sync())).code).toBe('AccessDenied');
    });
    expect(host.snapshot().sheets[0]?.cells.B2?.value).toBe('ok');
    expect(host.snapshot().sheets[0]?.protection.protected).toBe(true);
  });
});

describe('Excel specification limits', () => {
  it.each([
    ['text of 32 767 characters is fine', 'x'.repeat(32_767), undefined],
    ['text of 32 768 characters is refused', 'x'.repeat(32_768), 'InvalidArgument'],
    ['a formula of 8 192 characters is fine', `=${'1+'.repeat(4_095)}1`, undefined],
    ['a formula of 8 193 characters is refused', `=${'1+'.repeat(4_095)}12`, 'InvalidArgument'],
  ])('%s', async (_what, text, code) => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
      if (code === undefined) await context.sync();
      else expect((await rejection(context.sync())).code).toBe(code);
    });
  });
});

describe('getRange with a defined name', () => {
  it('resolves a name that refers to a range on the sheet; other names are bad addresses', async () => {
    const host = newHost({ sheets: ['Kunnat', 'Muu'] });
    await host.run(async (context) => {
      context.workbook.names.add('Paikat', '=Kunnat!$B$2:$B$9');
      context.workbook.names.add('Vuosi', '=2026');
      const range = context.workbook.worksheets.getItem('Kunnat').getRange('Paikat').load('address');
      await context.sync();
      expect(range.address).toBe('Kunnat!B2:B9');
      context.workbook.worksheets.getItem('Muu').getRange('Paikat');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('Kunnat').getRange('Vuosi');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
