import { widthInPoints } from '../../src/layout/column-width';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { bool, cell, contributionsWorkbook, date, formula, num, PRINT, sheet, text, workbook } from './layout-fixtures';

async function parts(layout: WorkbookLayout): Promise<(path: string) => Promise<string>> {
  const zip = await JSZip.loadAsync(await writeWorkbook(layout));
  return async (path) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}; parts: ${Object.keys(zip.files).join(', ')}`);
    return file.async('string');
  };
}

async function grid(layout: WorkbookLayout) {
  const result = await readWorkbook(await writeWorkbook(layout));
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.grid;
}

/** The <c> element of one cell in a worksheet part. */
function cellXml(sheetXml: string, ref: string): string {
  const match = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml);
  if (!match) throw new Error(`no cell ${ref}`);
  return match[0];
}

const LOOKS_LIKE_FORMULA = ['=HYPERLINK("x","y")', '+1+1', '-2+3', '@SUM(1,2)', '=1/0', '#N/A', '  sisennys ', 'rivi 1\nrivi 2', 'a_x0041_b', 'ohjaus\u0001merkki'];

describe('writeWorkbook: cells', () => {
  const layout = workbook([
    sheet('Solut', {
      cells: [
        ...LOOKS_LIKE_FORMULA.map((t, i) => cell(`A${i + 1}`, text(t))),
        cell('B1', num('1234.56')),
        cell('B2', num('-0.5')),
        cell('B3', num('1000000')),
        cell('B4', date('2025-11-27'), { numberFormat: 'd.m.yyyy' }),
        cell('B5', bool(true)),
        cell('B6', text(''), { fill: 'F2F2F2' }),
        cell('C1', formula('SUM(B1:B3)', { kind: 'number', value: '1001234.06' })),
        cell('C2', formula('B1*2', { kind: 'number', value: '2469.12' })),
        cell('C3', formula('RANK.EQ(B1,B1:B3)&IF(A1="RANK.EQ(1)","a","b")', { kind: 'text', text: '2b' })),
        cell('C4', formula('COUNTIFS(B1:B3,">0")+IFERROR(1/0,0)', { kind: 'number', value: '2' })),
        cell('C5', formula('IF(B1>0,"","x")', { kind: 'text', text: '' })),
        cell('C6', formula('B1>0', { kind: 'boolean', value: true })),
        cell('C7', formula('1/0', { kind: 'error', error: '#DIV/0!' })),
        cell('C8', formula('B1/3', { kind: 'number', value: '411.52' })),
      ],
    }),
  ]);

  it.each(LOOKS_LIKE_FORMULA.map((t, i) => [t, `A${i + 1}`]))('stores %s as text, not a formula', async (value, ref) => {
    const part = await parts(layout);
    const xml = cellXml(await part('xl/worksheets/sheet1.xml'), ref);
    expect(xml).toContain('t="s"');
    expect(xml).not.toContain('<f>');
    const cells = (await grid(layout)).sheets[0]?.cells;
    expect(cells?.[ref]).toEqual({ value: value });
  });

  it.each([
    ['B1', 1234.56],
    ['B2', -0.5],
    ['B3', 1000000],
    ['B5', true],
  ])('writes %s as the value %s', async (ref, value) => {
    expect((await grid(layout)).sheets[0]?.cells[ref]).toEqual({ value });
  });

  it('writes a date as a serial number with its date format', async () => {
    const part = await parts(layout);
    expect(cellXml(await part('xl/worksheets/sheet1.xml'), 'B4')).toMatch(/<v>45988<\/v>/);
    expect((await grid(layout)).sheets[0]?.cells.B4).toEqual({ value: 45988, numberFormat: 'd.m.yyyy' });
  });

  it('leaves an empty text cell empty but styled', async () => {
    const part = await parts(layout);
    const xml = cellXml(await part('xl/worksheets/sheet1.xml'), 'B6');
    expect(xml).toMatch(/^<c r="B6" s="\d+"\s*\/>$/);
    expect((await grid(layout)).sheets[0]?.cells.B6).toBeUndefined();
  });

  it.each([
    ['C1', 'SUM(B1:B3)', '<v>1001234.06</v>', undefined],
    ['C2', 'B1*2', '<v>2469.12</v>', undefined],
    ['C3', '_xlfn.RANK.EQ(B1,B1:B3)&amp;IF(A1=&quot;RANK.EQ(1)&quot;,&quot;a&quot;,&quot;b&quot;)', '<v>2b</v>', 'str'],
    ['C4', 'COUNTIFS(B1:B3,&quot;&gt;0&quot;)+IFERROR(1/0,0)', '<v>2</v>', undefined],
    ['C5', 'IF(B1&gt;0,&quot;&quot;,&quot;x&quot;)', '<v></v>', 'str'],
    ['C6', 'B1&gt;0', '<v>1</v>', 'b'],
    ['C7', '1/0', '<v>#DIV/0!</v>', 'e'],
  ])('writes the formula of %s with its cached result', async (ref, fileFormula, cached, type) => {
    const part = await parts(layout);
    const xml = cellXml(await part('xl/worksheets/sheet1.xml'), ref);
    expect(xml).toContain(`<f>${fileFormula}</f>${cached}`);
    if (type === undefined) expect(xml).not.toMatch(/ t="/);
    else expect(xml).toContain(` t="${type}"`);
  });

  it('asks for a full calculation on load', async () => {
    const part = await parts(layout);
    expect(await part('xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('reads formulas back as written, without file prefixes and with their cached values', async () => {
    const cells = (await grid(layout)).sheets[0]?.cells;
    expect(cells?.C2).toEqual({ value: 2469.12, formula: 'B1*2' });
    expect(cells?.C3).toEqual({ value: '2b', formula: 'RANK.EQ(B1,B1:B3)&IF(A1="RANK.EQ(1)","a","b")' });
    expect(cells?.C6).toEqual({ value: true, formula: 'B1>0' });
    expect(cells?.C3?.formula).toBe('RANK.EQ(B1,B1:B3)&IF(A1="RANK.EQ(1)","a","b")');
  });

  it('refuses a number that is not a decimal string', async () => {
    await expect(writeWorkbook(workbook([sheet('S', { cells: [cell('A1', num('12,5'))] })]))).rejects.toThrow(/not a number/);
    await expect(writeWorkbook(workbook([sheet('S', { cells: [cell('A1', formula('1+1', { kind: 'number', value: 'x' }))] })]))).rejects.toThrow(
      /result "x" is not a number/,
    );
  });
});

describe('writeWorkbook: styles and sheet structure', () => {
  const styled = sheet('Tyylit', {
    cells: [
      cell('A1', text('Otsikko'), { bold: true, italic: true, fontSize: 14, fontColor: '1F3864' }),
      cell('A2', text('Täyttö'), { fill: 'DCE6F1', border: { bottom: 'thin', top: 'medium' } }),
      cell('A3', text('Rivitys'), { wrap: true, horizontal: 'right', vertical: 'top', indent: 2 }),
      cell('A4', num('0.125'), { numberFormat: '0.0 %', locked: false }),
      cell('A5', num('1234.5'), { numberFormat: '#,##0.00 "€"' }),
      cell('B1', text('Yhdistetty')),
    ],
    columns: [
      { index: 1, width: widthInPoints(30) },
      { index: 3, width: widthInPoints(12), hidden: true },
    ],
    rows: [
      { index: 1, height: 24 },
      { index: 7, hidden: true },
    ],
    merges: ['B1:D1'],
    freeze: { rows: 3, columns: 1 },
    tabColor: '1F3864',
  });
  const hidden = sheet('Metatiedot', { kind: 'metadata', hidden: true, cells: [cell('A1', text('schema 1'))] });
  const layout = workbook([styled, hidden]);

  it('transcribes fonts, fills, borders, alignment, number formats and locking', async () => {
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await writeWorkbook(layout)) as unknown as ExcelJS.Buffer);
    const ws = loaded.getWorksheet('Tyylit') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, italic: true, size: 14, color: { argb: 'FF1F3864' }, name: 'Calibri' });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } });
    expect(ws.getCell('A2').border).toMatchObject({ bottom: { style: 'thin' }, top: { style: 'medium' } });
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true, horizontal: 'right', vertical: 'top', indent: 2 });
    expect(ws.getCell('A4').numFmt).toBe('0.0 %');
    expect(ws.getCell('A4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('A5').numFmt).toBe('#,##0.00 "€"');
  });

  it.each([
    ['column width', /<col min="1" max="1" width="30"/],
    ['hidden column', /<col min="3" max="3" width="12" hidden="1"/],
    ['row height', /<row r="1"[^>]*ht="24"[^>]*customHeight="1"/],
    ['hidden row', /<row r="7"[^>]*hidden="1"/],
    ['merge', /<mergeCell ref="B1:D1"\/>/],
    ['frozen panes', /<pane xSplit="1" ySplit="3" topLeftCell="B4"[^>]*state="frozen"/],
    ['tab colour', /<tabColor rgb="FF1F3864"\/>/],
  ])('writes the %s', async (_, pattern) => {
    const part = await parts(layout);
    expect(await part('xl/worksheets/sheet1.xml')).toMatch(pattern);
  });

  it('hides a hidden sheet and opens on a visible one', async () => {
    const part = await parts(workbook([hidden, styled]));
    const xml = await part('xl/workbook.xml');
    expect(xml).toMatch(/<sheet [^>]*name="Metatiedot" state="hidden"/);
    expect(xml).toMatch(/activeTab="1"/);
    const sheets = (await grid(layout)).sheets;
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Tyylit', false],
      ['Metatiedot', true],
    ]);
  });

  it('writes the workbook properties', async () => {
    const part = await parts(layout);
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Talousarvio 2026</dc:title>');
    expect(core).toContain('<dc:subject>Toimintasuunnitelma</dc:subject>');
    expect(core).toContain('<dc:creator>PlanSheets</dc:creator>');
    expect(core).toContain('<dc:language>fi</dc:language>');
  });
});

describe('writeWorkbook: protection, print setup and names', () => {
  const derived = sheet("Kunta'osuudet", {
    kind: 'derived',
    protected: true,
    cells: [cell('A1', text('Otsikko')), cell('A2', num('1'), { locked: false })],
    print: {
      ...PRINT,
      orientation: 'landscape',
      printTitleRows: '1:3',
      printArea: 'A1:F20',
      headerFooter: {
        odd: {
          header: { left: '&8Kaustisen seutukunta\nseutuvaltuusto 11.12.2025 § xx', right: '&8Talousarvio && suunnitelma' },
          footer: { center: '&8Sivu &P / &N' },
        },
      },
      margins: { left: 36, right: 43.2, top: 64.8, bottom: 50.4, header: 21.6, footer: 18 },
      hints: { rowBreaks: [12, 40] },
    },
  });
  const editable = sheet('Kunnat', { cells: [cell('A1', text('x'))], print: { ...PRINT, fitToWidth: false } });
  const layout = workbook([editable, derived], {
    definedNames: [
      { name: 'TotalMunicipalFunding', ref: "'Kunnat'!$A$1" },
      { name: 'Contributions', ref: "'Kunta''osuudet'!$A$2:$A$6" },
    ],
  });

  it('protects a derived sheet without a password', async () => {
    const part = await parts(layout);
    const xml = await part('xl/worksheets/sheet2.xml');
    const protection = /<sheetProtection[^>]*\/>/.exec(xml)?.[0];
    expect(protection).toBe('<sheetProtection sheet="1"/>');
    expect(await part('xl/worksheets/sheet1.xml')).not.toContain('<sheetProtection');
  });

  it('unlocks the cells people may edit on a protected sheet', async () => {
    const part = await parts(layout);
    const styles = await part('xl/styles.xml');
    expect(styles).toMatch(/<protection locked="0"\/>/);
  });

  it.each([
    ['A4 landscape, fitted to width', 'sheet2', /<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/],
    ['fit-to-page flag', 'sheet2', /<pageSetUpPr fitToPage="1"\/>/],
    ['margins', 'sheet2', /<pageMargins left="0.5" right="0.6" top="0.9" bottom="0.7" header="0.3" footer="0.25"\/>/],
    ['header', 'sheet2', /<oddHeader>&amp;L&amp;8Kaustisen seutukunta\nseutuvaltuusto 11.12.2025 § xx&amp;R&amp;8Talousarvio &amp;&amp; suunnitelma<\/oddHeader>/],
    ['footer', 'sheet2', /<oddFooter>&amp;C&amp;8Sivu &amp;P \/ &amp;N<\/oddFooter>/],
    ['A4 portrait on an editable sheet', 'sheet1', /<pageSetup[^>]*paperSize="9"[^>]*orientation="portrait"/],
  ])('writes the %s', async (_, part, pattern) => {
    expect(await (await parts(layout))(`xl/worksheets/${part}.xml`)).toMatch(pattern);
  });

  it('writes manual page breaks after the rows the layout names, and none where it names none', async () => {
    const part = await parts(layout);
    const breaks = /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(await part('xl/worksheets/sheet2.xml'));
    expect(breaks?.[0]).toMatch(/count="2" manualBreakCount="2"/);
    expect([...(breaks?.[1] ?? '').matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => m[1])).toEqual(['12', '40']);
    expect(await part('xl/worksheets/sheet1.xml')).not.toContain('<rowBreaks');
  });

  it.each([
    ['columns and rows', { printTitleColumns: 'A:B', printTitleRows: '3:3' }, "&apos;Leveä&apos;!$A:$B,&apos;Leveä&apos;!$3:$3"],
    ['columns only', { printTitleColumns: '$A:$B' }, "&apos;Leveä&apos;!$A:$B"],
  ])('repeats print title %s on every page in one _xlnm.Print_Titles name', async (_, titles, value) => {
    const wide = workbook([sheet('Leveä', { cells: [cell('A1', text('x'))], print: { ...PRINT, fitToWidth: false, ...titles } })]);
    expect(await (await parts(wide))('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">${value}</definedName>`);
  });

  it('fits a one-page sheet to one page tall as well as wide', async () => {
    const onePage = workbook([sheet('Yhteenveto', { cells: [cell('A1', text('x'))], print: { ...PRINT, fitToHeight: true } })]);
    expect(await (await parts(onePage))('xl/worksheets/sheet1.xml')).toMatch(/<pageSetup[^>]*fitToWidth="1" fitToHeight="1"/);
  });

  it('does not fit to page when the layout does not ask', async () => {
    const xml = await (await parts(layout))('xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('fitToPage="1"');
    expect(xml).not.toContain('fitToWidth');
  });

  it.each([
    ['TotalMunicipalFunding', undefined, "&apos;Kunnat&apos;!$A$1"],
    ['Contributions', undefined, "&apos;Kunta&apos;&apos;osuudet&apos;!$A$2:$A$6"],
    ['_xlnm.Print_Area', '1', "&apos;Kunta&apos;&apos;osuudet&apos;!$A$1:$F$20"],
    ['_xlnm.Print_Titles', '1', "&apos;Kunta&apos;&apos;osuudet&apos;!$1:$3"],
  ])('defines the name %s', async (name, localSheetId, value) => {
    const xml = await (await parts(layout))('xl/workbook.xml');
    const scope = localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`;
    expect(xml).toContain(`<definedName name="${name}"${scope}>${value}</definedName>`);
    expect(xml.indexOf('<definedNames>')).toBeGreaterThan(xml.indexOf('</sheets>'));
    expect(xml.indexOf('<definedNames>')).toBeLessThan(xml.indexOf('<calcPr'));
  });
});

describe('writeWorkbook: validations and conditional formats', () => {
  const layout = workbook([
    sheet('Toimenpiteet', {
      cells: [cell('A1', text('Tila'))],
      dataValidations: [
        { range: 'C5:C200', list: { values: ['Suunniteltu', 'Käynnissä', 'Toteutunut'] }, allowBlank: true, error: { title: 'Tuntematon tila', message: 'Valitse tila listalta.' } },
        { range: 'D5:D200', list: { formula: "='Tiimit'!$A$2:$A$20" }, allowBlank: false },
      ],
      conditionalFormats: [{ range: 'E5:E200', formula: 'AND($E5<>"",COUNTIF($C$5:$C$200,$E5)=0)', style: { fill: 'F8CBAD', fontColor: '9C0006', bold: true } }],
    }),
  ]);

  it('writes a list of values with its error message', async () => {
    const xml = await (await parts(layout))('xl/worksheets/sheet1.xml');
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Tuntematon tila" error="Valitse tila listalta." sqref="C5:C200"><formula1>&quot;Suunniteltu,Käynnissä,Toteutunut&quot;<\/formula1><\/dataValidation>/,
    );
  });

  it('writes a list from a range', async () => {
    const xml = await (await parts(layout))('xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<dataValidation type="list" showErrorMessage="1" errorStyle="stop" sqref="D5:D200"><formula1>&apos;Tiimit&apos;!\$A\$2:\$A\$20<\/formula1>/);
  });

  it('refuses a literal list value with a comma', async () => {
    const bad = workbook([sheet('S', { dataValidations: [{ range: 'A1:A2', list: { values: ['a,b'] }, allowBlank: true }] })]);
    await expect(writeWorkbook(bad)).rejects.toThrow(/comma/);
  });

  it('writes an expression rule with its differential style', async () => {
    const part = await parts(layout);
    const xml = await part('xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<conditionalFormatting sqref="E5:E200"><cfRule type="expression" dxfId="0" priority="1"><formula>AND\(\$E5&lt;&gt;&quot;&quot;,COUNTIF\(\$C\$5:\$C\$200,\$E5\)=0\)<\/formula><\/cfRule>/);
    const dxf = /<dxfs count="1">(.*)<\/dxfs>/.exec(await part('xl/styles.xml'))?.[1] ?? '';
    expect(dxf).toContain('<b/>');
    expect(dxf).toContain('FF9C0006');
    expect(dxf).toContain('FFF8CBAD');
  });
});

describe('writeWorkbook: tables', () => {
  const layout = contributionsWorkbook();

  it('writes the table part with its columns, calculated formulas and style', async () => {
    const xml = await (await parts(layout))('xl/tables/table1.xml');
    expect(xml).toMatch(/<table [^>]*id="1" name="Municipalities" displayName="Municipalities" ref="A1:E6"/);
    expect(xml).toContain('<autoFilter ref="A1:E6"/>');
    expect(xml).toContain('<tableColumns count="5"><tableColumn id="1" name="Tunnus"/><tableColumn id="2" name="Kunta"/><tableColumn id="3" name="Asukasluku"/>');
    expect(xml).toContain(
      '<tableColumn id="4" name="Väestöosuus"><calculatedColumnFormula>Municipalities[[#This Row],[Asukasluku]]/SUM(Municipalities[Asukasluku])</calculatedColumnFormula></tableColumn>',
    );
    expect(xml).toContain('<calculatedColumnFormula>_xlfn.RANK.EQ(Municipalities[[#This Row],[Asukasluku]],Municipalities[Asukasluku])</calculatedColumnFormula>');
    expect(xml).toContain('<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>');
  });

  it('links the table to its sheet and registers its content type', async () => {
    const part = await parts(layout);
    expect(await part('xl/worksheets/sheet1.xml')).toMatch(/<tableParts count="1"><tablePart r:id="(rId\d+)"\/><\/tableParts><\/worksheet>$/);
    const rels = await part('xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/table" Target="..\/tables\/table1.xml"/);
    expect(await part('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    );
  });

  it('writes this-row references in cells the way the file format needs', async () => {
    const xml = await (await parts(layout))('xl/worksheets/sheet1.xml');
    expect(cellXml(xml, 'D2')).toContain('<f>Municipalities[[#This Row],[Asukasluku]]/SUM(Municipalities[Asukasluku])</f>');
  });

  it('reads the table and its formulas back', async () => {
    const kunnat = (await grid(layout)).sheets[0];
    expect(kunnat?.tables).toEqual([{ name: 'Municipalities', ref: 'A1:E6', columns: ['Tunnus', 'Kunta', 'Asukasluku', 'Väestöosuus', 'Sija'] }]);
    // The fixture's placeholder result, as cached.
    expect(kunnat?.cells.D3).toEqual({ value: 0, formula: '[@Asukasluku]/SUM([Asukasluku])', numberFormat: '0.0000' });
    expect(kunnat?.cells.E3?.formula).toBe('RANK.EQ([@Asukasluku],[Asukasluku])');
  });

  it('numbers tables across sheets and keeps line breaks and escape-like text in column names', async () => {
    const second: SheetLayout = sheet('Toinen', {
      cells: [cell('B2', text('Muutos\n%')), cell('C2', text('a_x0041_b')), cell('B3', num('1'))],
      tables: [{ name: 'Changes', ref: 'B2:C3', columns: [{ name: 'Muutos\n%' }, { name: 'a_x0041_b' }] }],
    });
    const part = await parts({ ...layout, sheets: [...layout.sheets, second] });
    const xml = await part('xl/tables/table2.xml');
    expect(xml).toMatch(/id="2" name="Changes"/);
    expect(xml).toContain('<tableColumn id="1" name="Muutos_x000A_%"/><tableColumn id="2" name="a_x005F_x0041_b"/>');
    const back = (await grid({ ...layout, sheets: [...layout.sheets, second] })).sheets[3];
    expect(back?.tables[0]?.columns).toEqual(['Muutos\n%', 'a_x0041_b']);
  });

  it.each([
    ['a header cell that differs from the column name', [cell('A1', text('Id'))], /header cell S!A1 must hold the text "Tunnus"/],
    ['a missing header cell', [], /header cell S!A1 must hold the text "Tunnus"/],
  ])('refuses %s', async (_, cells, message) => {
    const bad = workbook([sheet('S', { cells, tables: [{ name: 'T', ref: 'A1:A2', columns: [{ name: 'Tunnus' }] }] })]);
    await expect(writeWorkbook(bad)).rejects.toThrow(message);
  });
});

describe('writeWorkbook: charts', () => {
  const layout = contributionsWorkbook();
  const target = layout.sheets[2] as SheetLayout;
  target.charts = [
    {
      kind: 'column',
      title: 'Kuntaosuudet 2026',
      from: 'E2',
      to: 'L16',
      series: [{ name: { ref: "'Kuntaosuudet'!$B$1" }, categories: "'Kuntaosuudet'!$A$2:$A$6", values: "'Kuntaosuudet'!$B$2:$B$6" }],
      valueFormat: '#,##0 "€"',
    },
    {
      kind: 'line',
      title: 'Alaspäin & pyöristetty',
      from: 'E18',
      to: 'L30',
      series: [{ name: { text: 'Alaspäin' }, categories: "'Kuntaosuudet'!$A$2:$A$6", values: "'Kuntaosuudet'!$C$2:$C$6" }],
      valueRange: { min: 0, max: 1 },
    },
  ];

  it.each([
    ['clustered columns', 'xl/charts/chart1.xml', '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'],
    ['a series name from a cell', 'xl/charts/chart1.xml', "<c:tx><c:strRef><c:f>&apos;Kuntaosuudet&apos;!$B$1</c:f></c:strRef></c:tx>"],
    ['categories', 'xl/charts/chart1.xml', "<c:cat><c:strRef><c:f>&apos;Kuntaosuudet&apos;!$A$2:$A$6</c:f></c:strRef></c:cat>"],
    ['values', 'xl/charts/chart1.xml', "<c:val><c:numRef><c:f>&apos;Kuntaosuudet&apos;!$B$2:$B$6</c:f></c:numRef></c:val>"],
    ['the title', 'xl/charts/chart1.xml', '<a:t>Kuntaosuudet 2026</a:t>'],
    ['the value format', 'xl/charts/chart1.xml', '<c:numFmt formatCode="#,##0 &quot;€&quot;" sourceLinked="0"/>'],
    ['axes', 'xl/charts/chart1.xml', '<c:catAx><c:axId val="500000001"/>'],
    ['a legend', 'xl/charts/chart1.xml', '<c:legend><c:legendPos val="b"/>'],
    ['a fixed value axis', 'xl/charts/chart2.xml', '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'],
    ['no fixed value axis unless asked', 'xl/charts/chart1.xml', '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'],
    ['a line chart', 'xl/charts/chart2.xml', '<c:lineChart><c:grouping val="standard"/>'],
    ['a literal series name', 'xl/charts/chart2.xml', '<c:tx><c:v>Alaspäin</c:v></c:tx>'],
    ['an escaped title', 'xl/charts/chart2.xml', '<a:t>Alaspäin &amp; pyöristetty</a:t>'],
    [
      'the anchor of the first chart',
      'xl/drawings/drawing1.xml',
      '<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row>',
    ],
    ['the drawing → chart link', 'xl/drawings/_rels/drawing1.xml.rels', 'Target="../charts/chart2.xml"'],
    ['the sheet → drawing link', 'xl/worksheets/_rels/sheet3.xml.rels', 'relationships/drawing" Target="../drawings/drawing1.xml"'],
    ['the chart content type', '[Content_Types].xml', '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'],
    ['the drawing content type', '[Content_Types].xml', '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'],
  ])('writes %s', async (_, path, expected) => {
    expect(await (await parts(layout))(path)).toContain(expected);
  });

  it('places the drawing after the page setup in the sheet', async () => {
    const xml = await (await parts(layout))('xl/worksheets/sheet3.xml');
    expect(xml).toMatch(/<\/headerFooter><drawing r:id="rId\d+"\/><\/worksheet>$/);
  });

  it('draws a horizontal bar chart with categories on the left', async () => {
    const bars = contributionsWorkbook();
    (bars.sheets[2] as SheetLayout).charts = [{ ...(target.charts[0] as SheetLayout['charts'][number]), kind: 'bar' }];
    const xml = await (await parts(bars))('xl/charts/chart1.xml');
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:axPos val="l"\/>.*<\/c:catAx><c:valAx>.*<c:axPos val="b"\/>/);
  });
});
