/// <reference types="office-js" />
import { newHost, read, rejection } from './helpers';

describe('worksheets', () => {
  it('add, position, visibility, tabColor, activate, getActiveWorksheet', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.add('Kunnat');
      sheets.add('Piilotettu').visibility = 'VeryHidden';
      a.position = 0;
      a.tabColor = '#00ff00';
      a.activate();
      const active = sheets.getActiveWorksheet().load('name,position,tabColor');
      await context.sync();
      expect([active.name, active.position, active.tabColor]).toEqual(['Kunnat', 0, '#00FF00']);
    });
    expect(host.snapshot().sheets.map((s) => [s.name, s.position, s.visibility])).toEqual([
      ['Kunnat', 0, 'Visible'],
      ['Sheet1', 1, 'Visible'],
      ['Piilotettu', 2, 'VeryHidden'],
    ]);
  });

  it('the last visible sheet can be neither deleted nor hidden', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').delete();
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('copy (1.7) names the copy "Name (2)", then "Name (3)", right after the source; formulas and tables follow', async () => {
    const host = newHost({ sheets: ['Kunnat', 'Loppu'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kunnat');
      sheet.getRange('A1:B2').formulas = [['Nimi', 'x'], ['=Kunnat!B1', '=Loppu!A1']];
      sheet.tables.add('A1:B2', true).name = 'KuntaTaulu';
      const copy = sheet.copy();
      const copy2 = sheet.copy('End');
      copy.load('name,position');
      copy2.load('name,position');
      await context.sync();
      expect([copy.name, copy.position, copy2.name, copy2.position]).toEqual(['Kunnat (2)', 1, 'Kunnat (3)', 3]);
    });
    const copied = await read(host, 'Kunnat (2)', 'A2:B2');
    expect(copied.formulas).toEqual([["='Kunnat (2)'!B1", '=Loppu!A1']]);
    expect(host.snapshot().tables.map((t) => [t.name, t.sheet])).toEqual([
      ['KuntaTaulu', 'Kunnat'],
      ['KuntaTaulu2', 'Kunnat (2)'],
      ['KuntaTaulu3', 'Kunnat (3)'],
    ]);
  });

  it('protection: protect, protected, unprotect with password', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const protection = context.workbook.worksheets.getItem('Sheet1').protection;
      protection.protect({ allowFormatColumns: true }, 'salasana');
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(true);
      context.workbook.worksheets.getItem('Sheet1').getRange('A:A').format.columnWidth = 100; // allowed by the option
      await context.sync();
      protection.unprotect('väärä');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      protection.unprotect('salasana');
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(false);
    });
    expect(host.snapshot().sheets[0]?.columnWidths).toEqual({ A: 100 });
  });

  it('freeze panes', async () => {
    const host = newHost({ sheets: ['A', 'B', 'C'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').freezePanes.freezeRows(2);
      context.workbook.worksheets.getItem('B').freezePanes.freezeAt(context.workbook.worksheets.getItem('B').getRange('A1:B3'));
      const c = context.workbook.worksheets.getItem('C').freezePanes;
      c.freezeRows(1);
      c.unfreeze();
    });
    expect(host.snapshot().sheets.map((s) => s.freezePanes)).toEqual([{ rows: 2, columns: 0 }, { rows: 3, columns: 2 }, null]);
  });

  it('used range: values only or with formatting; an empty sheet gives A1', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const empty = sheet.getUsedRange().load('address');
      await context.sync();
      expect(empty.address).toBe('Sheet1!A1');
      sheet.getRange('B2:C3').values = [[1, 2], [3, 4]];
      sheet.getRange('E6').format.fill.color = '#FFFF00';
      const withFormats = sheet.getUsedRange().load('address');
      const valuesOnly = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect([withFormats.address, valuesOnly.address]).toEqual(['Sheet1!B2:E6', 'Sheet1!B2:C3']);
    });
  });
});

describe('range formatting and structure', () => {
  it('fill, font, alignment, wrap, indent, width, height, borders, locked; mixed ranges read null', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const r = sheet.getRange('A1:B2');
      r.format.fill.color = '#DDEBF7';
      r.format.font.bold = true;
      r.format.font.italic = true;
      r.format.font.size = 14;
      r.format.font.color = '#1F4E78';
      r.format.font.name = 'Arial';
      r.format.wrapText = true;
      r.format.horizontalAlignment = 'Center';
      r.format.verticalAlignment = 'Top';
      r.format.indentLevel = 1;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      const top = r.format.borders.getItem('EdgeTop');
      top.style = 'Continuous';
      top.weight = 'Medium';
      top.color = '#000000';
      sheet.getRange('B2').format.fill.clear();
      const loaded = r.load('format/fill/color,format/font/bold,format/font/size,format/font/name,format/wrapText,format/horizontalAlignment,format/indentLevel,format/columnWidth,format/rowHeight');
      const topRead = r.format.borders.getItem('EdgeTop').load('style,weight');
      const bottomRead = r.format.borders.getItem('EdgeBottom').load('style');
      const a1 = sheet.getRange('A1').load('format/fill/color,format/protection/locked');
      await context.sync();
      expect(loaded.format.fill.color).toBeNull(); // B2 differs
      expect(a1.format.fill.color).toBe('#DDEBF7');
      expect(a1.format.protection.locked).toBe(true);
      expect([loaded.format.font.bold, loaded.format.font.size, loaded.format.font.name]).toEqual([true, 14, 'Arial']);
      expect([loaded.format.wrapText, loaded.format.horizontalAlignment, loaded.format.indentLevel]).toEqual([true, 'Center', 1]);
      expect([loaded.format.columnWidth, loaded.format.rowHeight]).toEqual([120, 30]);
      expect([topRead.style, topRead.weight, bottomRead.style]).toEqual(['Continuous', 'Medium', 'None']);
    });
    const snap = host.snapshot().sheets[0];
    expect(snap?.cells.A1?.format).toMatchObject({ fillColor: '#DDEBF7', fontBold: true, borders: { EdgeTop: { style: 'Continuous', weight: 'Medium', color: '#000000' } } });
    expect(snap?.cells.B2?.format?.fillColor).toBeUndefined();
    expect(snap?.columnWidths).toEqual({ A: 120, B: 120 });
    expect(snap?.rowHeights).toEqual({ 1: 30, 2: 30 });
  });

  it('merge keeps the top-left value; merge(across) merges each row; unmerge; clear', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['kept', 'lost']];
      sheet.getRange('A1:B1').merge();
      sheet.getRange('A3:C4').merge(true);
      sheet.getRange('A6:B7').merge();
      sheet.getRange('A6:B7').unmerge();
      sheet.getRange('D1:D2').values = [['x'], ['y']];
      sheet.getRange('D1:D2').format.font.bold = true;
      sheet.getRange('D1').clear('Contents');
      sheet.getRange('D2').clear();
    });
    const snap = host.snapshot().sheets[0];
    expect(snap?.merges).toEqual(['A1:B1', 'A3:C3', 'A4:C4']);
    expect(snap?.cells.A1?.value).toBe('kept');
    expect(snap?.cells.B1).toBeUndefined();
    expect(snap?.cells.D1).toEqual({ value: '', valueType: 'Empty', format: { fontBold: true } });
    expect(snap?.cells.D2).toBeUndefined();
  });

  it('getCell, getResizedRange, getOffsetRange, entire rows/columns hidden', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      const cell = base.getCell(1, 1).load('address');
      const resized = base.getResizedRange(2, -1).load('address,rowCount,columnCount');
      const offset = base.getOffsetRange(-1, 1).load('address,rowIndex,columnIndex');
      base.getEntireColumn().columnHidden = true;
      base.getCell(0, 0).getEntireRow().rowHidden = true;
      const hidden = base.load('columnHidden,rowHidden');
      await context.sync();
      expect(cell.address).toBe('Sheet1!C3');
      expect([resized.address, resized.rowCount, resized.columnCount]).toEqual(['Sheet1!B2:B5', 4, 1]);
      expect([offset.address, offset.rowIndex, offset.columnIndex]).toEqual(['Sheet1!C1:D2', 0, 2]);
      expect([hidden.columnHidden, hidden.rowHidden]).toEqual([true, null]);
      base.getOffsetRange(-5, 0); // above row 1
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    const snap = host.snapshot().sheets[0];
    expect([snap?.hiddenColumns, snap?.hiddenRows]).toEqual([['B', 'C'], [2]]);
  });

  it('select, getSelectedRange, getActiveCell', async () => {
    const host = newHost({ sheets: ['A', 'B'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect([selected.address, active.address]).toEqual(['B!C3:D4', 'B!C3']);
    });
    expect(host.snapshot().selection).toEqual({ sheet: 'B', address: 'C3:D4' });
  });
});

describe('validation, conditional formats, charts, page setup', () => {
  it('data validation list rule, error alert, clear', async () => {
    const host = newHost({ sheets: ['Toimenpiteet', 'Listat'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Toimenpiteet');
      const dv = sheet.getRange('C2:C20').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '=Listat!$A$1:$A$5' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Virhe', message: 'Valitse listasta' };
      const other = sheet.getRange('D2:D3').dataValidation;
      other.rule = { list: { inCellDropDown: false, source: context.workbook.worksheets.getItem('Listat').getRange('B1:B3') } };
      await context.sync();
      other.clear();
      dv.load('rule,type');
      await context.sync();
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: '=Listat!$A$1:$A$5' } });
      expect(dv.type).toBe('list');
    });
    expect(host.snapshot().sheets[0]?.dataValidations).toEqual([
      { address: 'C2:C20', rule: { list: { inCellDropDown: true, source: '=Listat!$A$1:$A$5' } }, errorAlert: { showAlert: true, style: 'Stop', title: 'Virhe', message: 'Valitse listasta' } },
    ]);
  });

  it('custom conditional formats and clearAll', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A2:D10');
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$D2<0';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.bold = true;
      cf.custom.format.font.color = '#9C0006';
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      context.workbook.worksheets.getItem('Sheet1').getRange('A2:D10').conditionalFormats.add('Custom').custom.rule.formula = 'no equals sign';
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats[0]).toEqual({ address: 'A2:D10', type: 'Custom', formula: '=$D2<0', fillColor: '#FFC7CE', fontBold: true, fontColor: '#9C0006' });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:Z100').conditionalFormats.clearAll();
    });
    expect(host.snapshot().sheets[0]?.conditionalFormats).toEqual([]);
  });

  it('charts record type, source, series, title and position', async () => {
    const host = newHost({ sheets: ['Kaaviot'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kaaviot');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B5'), 'Columns');
      chart.title.text = 'Paikat';
      chart.setPosition('D2', 'K20');
      const charts = sheet.charts.load('items/name');
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(['Chart 1']);
    });
    expect(host.snapshot().sheets[0]?.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        source: 'Kaaviot!A1:B5',
        seriesBy: 'Columns',
        title: 'Paikat',
        position: { start: 'D2', end: 'K20' },
        series: [
          { name: 'Series1', values: 'Kaaviot!A1:A5', xValues: null },
          { name: 'Series2', values: 'Kaaviot!B1:B5', xValues: null },
        ],
      },
    ]);
  });

  it('page layout, headers/footers, print area and titles, page breaks', async () => {
    const host = newHost({ locale: 'fi-FI' });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const layout = sheet.pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.leftMargin = 36;
      layout.rightMargin = 36;
      layout.topMargin = 54;
      layout.bottomMargin = 54;
      layout.headerMargin = 20;
      layout.footerMargin = 20;
      layout.centerHorizontally = true;
      layout.headersFooters.state = 'Default';
      layout.headersFooters.defaultForAllPages.centerHeader = '&"-,Bold"Toimintasuunnitelma';
      layout.headersFooters.defaultForAllPages.rightFooter = 'Sivu &P / &N';
      layout.setPrintArea('A1:F40');
      layout.setPrintTitleRows('$1:$2');
      layout.setPrintTitleColumns('$A:$B');
      sheet.horizontalPageBreaks.add('A21');
      sheet.horizontalPageBreaks.add(sheet.getRange('A11:F11'));
      layout.load('orientation,zoom,leftMargin');
      await context.sync();
      expect([layout.orientation, layout.zoom, layout.leftMargin]).toEqual(['Landscape', { horizontalFitToPages: 1, verticalFitToPages: 0 }, 36]);
      layout.zoom = { scale: 5 };
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    const snap = host.snapshot().sheets[0];
    expect(snap?.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      centerHorizontally: true,
      printArea: 'A1:F40',
      printTitleRows: '$1:$2',
      printTitleColumns: '$A:$B',
      defaultForAllPages: { centerHeader: '&"-,Bold"Toimintasuunnitelma', rightFooter: 'Sivu &P / &N' },
    });
    expect(snap?.pageBreaksAboveRows).toEqual([11, 21]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').horizontalPageBreaks.removePageBreaks();
    });
    expect(host.snapshot().sheets[0]?.pageBreaksAboveRows).toEqual([]);
  });
});

describe('workbook settings, application, runtime', () => {
  it('settings add/getItem/getItemOrNullObject/items/delete, values through JSON', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add('plansheets.version', 3);
      settings.add('plansheets.plan', { year: 2026, members: ['Kaustinen'] });
      const version = settings.getItem('plansheets.version').load('value');
      const missing = settings.getItemOrNullObject('nope');
      await context.sync();
      expect(version.value).toBe(3);
      expect(missing.isNullObject).toBe(true);
      version.value = 4;
      const all = settings.load('items/key,items/value');
      await context.sync();
      expect(all.items.map((s) => [s.key, s.value])).toEqual([
        ['plansheets.version', 4],
        ['plansheets.plan', { year: 2026, members: ['Kaustinen'] }],
      ]);
      settings.getItem('plansheets.version').delete();
    });
    expect(host.snapshot().settings).toEqual({ 'plansheets.plan': { year: 2026, members: ['Kaustinen'] } });
  });

  it('calculationMode, suspend calls and enableEvents', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      context.application.calculationMode = 'Manual';
      context.runtime.enableEvents = false;
      await context.sync();
      context.application.load('calculationMode');
      context.runtime.load('enableEvents');
      await context.sync();
      expect([context.application.calculationMode, context.runtime.enableEvents]).toEqual(['Manual', false]);
    });
    expect([host.snapshot().calculationMode, host.snapshot().enableEvents]).toEqual(['Manual', false]);
  });
});
