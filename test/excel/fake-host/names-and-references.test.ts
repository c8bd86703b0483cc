/// <reference types="office-js" />
import { deleteSheetInFormula, renameSheetInFormula } from '../../../src/excel/fake-host/formula-references';
import { newHost, read, rejection } from './helpers';

describe('names.add (semantic 5)', () => {
  it('without a leading "=" the reference is stored as text; with "=" it is a reference', async () => {
    const host = newHost({ sheets: ['Kunnat'] });
    await host.run(async (context) => {
      const names = context.workbook.names;
      names.add('AsText', 'Kunnat!$B$2');
      names.add('AsRef', '=Kunnat!$B$2', 'Seats total');
      names.add('FromRange', context.workbook.worksheets.getItem('Kunnat').getRange('B2:C3'));
      await context.sync();
      const items = names.load('items/name,items/formula,items/value,items/type,items/comment');
      await context.sync();
      expect(items.items.map((n) => [n.name, n.formula, n.value, n.type])).toEqual([
        ['AsText', '="Kunnat!$B$2"', 'Kunnat!$B$2', 'String'],
        ['AsRef', '=Kunnat!$B$2', 'Kunnat!$B$2', 'Range'],
        ['FromRange', '=Kunnat!$B$2:$C$3', 'Kunnat!$B$2:$C$3', 'Range'],
      ]);
      expect(items.items[1]?.comment).toBe('Seats total');
    });
  });

  it('getItemOrNullObject, delete, and duplicate names', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.names.add('Vuosi', '=2026');
      await context.sync();
      const found = context.workbook.names.getItemOrNullObject('VUOSI').load('value,type');
      await context.sync();
      expect([found.isNullObject, found.value, found.type]).toEqual([false, 2026, 'Double']);
      context.workbook.names.add('vuosi', '=1');
      expect((await rejection(context.sync())).code).toBe('ItemAlreadyExists');
      found.delete();
      const gone = context.workbook.names.getItemOrNullObject('Vuosi');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(host.snapshot().names).toEqual([]);
  });
});

describe('deleting and renaming sheets (semantic 6)', () => {
  it('deleting a sheet turns references to it into #REF!, in cells and names; quoted names too', async () => {
    const host = newHost({ sheets: ['Kunnat', 'Action plan', 'Yhteenveto'] });
    await host.run(async (context) => {
      const summary = context.workbook.worksheets.getItem('Yhteenveto');
      summary.getRange('A1:C1').formulas = [['=Kunnat!B2*2', "='Action plan'!A1&\"Kunnat!B2\"", '=SUM(Kunnat!B2:B9)+Kunnat!$C$1']];
      context.workbook.names.add('Paikat', '=Kunnat!$B$2');
      context.workbook.names.add('Suunnitelma', "='Action plan'!$A$1:$B$4");
      await context.sync();
      context.workbook.worksheets.getItem('Kunnat').delete();
      context.workbook.worksheets.getItem('Action plan').delete();
    });
    const back = await read(host, 'Yhteenveto', 'A1:C1');
    expect(back.formulas).toEqual([['=#REF!*2', '=#REF!&"Kunnat!B2"', '=SUM(#REF!)+#REF!']]);
    expect(host.snapshot().names.map((n) => n.formula)).toEqual(['=#REF!', '=#REF!']);
  });

  it('renaming a sheet rewrites references (quoting when needed), in cells, names and conditional formats', async () => {
    const host = newHost({ sheets: ['Kunnat', 'Yhteenveto'] });
    await host.run(async (context) => {
      const summary = context.workbook.worksheets.getItem('Yhteenveto');
      summary.getRange('A1').formulas = [['=Kunnat!B2*2+kunnat!C3']];
      context.workbook.names.add('Paikat', '=Kunnat!$B$2');
      const cf = summary.getRange('A1').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=Kunnat!$B$2>0';
      await context.sync();
      context.workbook.worksheets.getItem('Kunnat').name = 'Member municipalities';
    });
    expect((await read(host, 'Yhteenveto', 'A1')).formulas).toEqual([["='Member municipalities'!B2*2+'Member municipalities'!C3"]]);
    const snap = host.snapshot();
    expect(snap.names[0]?.formula).toBe("='Member municipalities'!$B$2");
    expect(snap.sheets[1]?.conditionalFormats[0]?.formula).toBe("='Member municipalities'!$B$2>0");
  });

  it('list validation sources follow a rename; charts on a deleted source keep a #REF! source', async () => {
    const host = newHost({ sheets: ['Listat', 'Toimet', 'Data'] });
    await host.run(async (context) => {
      const toimet = context.workbook.worksheets.getItem('Toimet');
      toimet.getRange('B2:B9').dataValidation.rule = { list: { inCellDropDown: true, source: '=Listat!$A$1:$A$4' } };
      toimet.charts.add('Pie', context.workbook.worksheets.getItem('Data').getRange('A1:B3'), 'Columns');
      await context.sync();
      context.workbook.worksheets.getItem('Listat').name = 'Valintalistat';
      context.workbook.worksheets.getItem('Data').delete();
    });
    const toimet = host.snapshot().sheets.find((s) => s.name === 'Toimet');
    expect(toimet?.dataValidations[0]?.rule).toEqual({ list: { inCellDropDown: true, source: '=Valintalistat!$A$1:$A$4' } });
    expect(toimet?.charts[0]?.source).toBe('#REF!');
  });

  it('objects bound to a sheet follow it through a rename', async () => {
    const host = newHost({ sheets: ['Kunnat'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kunnat');
      await context.sync();
      sheet.name = 'Jäsenkunnat';
      sheet.getRange('A1').values = [['still here']];
      const range = sheet.getRange('A1').load('address');
      await context.sync();
      expect(range.address).toBe('Jäsenkunnat!A1');
    });
  });

  it.each([
    ['=Kunnat!B2', 'Kunnat', '=#REF!'],
    ['="Kunnat!B2"', 'Kunnat', '="Kunnat!B2"'],
    ['=OtherKunnat!B2', 'Kunnat', '=OtherKunnat!B2'],
    ["='It''s'!A1+1", "It's", '=#REF!+1'],
    ['=SUM(Kunnat!A:A)', 'Kunnat', '=SUM(#REF!)'],
    ['=#REF!+Kunnat!A1', 'REF', '=#REF!+Kunnat!A1'],
  ])('deleteSheetInFormula(%s, %s) = %s', (formula, sheet, expected) => {
    expect(deleteSheetInFormula(formula, sheet)).toBe(expected);
  });

  it.each([
    ['=Kunnat!B2', 'Kunnat', 'Kunnat 2026', "='Kunnat 2026'!B2"],
    ["='Action plan'!A1", 'Action plan', 'Toimet', '=Toimet!A1'],
    ['=Kunnat!B2', 'Kunnat', "It's", "='It''s'!B2"],
    ['=Kunnat!B2', 'Kunnat', 'A1', "='A1'!B2"],
  ])('renameSheetInFormula(%s, %s → %s) = %s', (formula, from, to, expected) => {
    expect(renameSheetInFormula(formula, from, to)).toBe(expected);
  });
});
