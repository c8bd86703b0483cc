import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { contributionsWorkbook } from './layout-fixtures';

async function excelJsFile(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function readOk(buffer: Buffer) {
  const result = await readWorkbook(buffer);
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.grid;
}

describe('readWorkbook: files that are not readable workbooks', () => {
  const damagedCases: Array<[string, () => Promise<Buffer>, 'empty' | 'not-xlsx' | 'damaged', RegExp]> = [
    ['an empty buffer', async () => Buffer.alloc(0), 'empty', /empty/],
    ['plain text', async () => Buffer.from('Kunta;Asukasluku\nHalsua;985\n', 'utf8'), 'not-xlsx', /not a zip/],
    ['an .xls (compound file)', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'not-xlsx', /97–2003/],
    ['a zip of other files', () => zipOf({ 'notes.txt': 'hello', 'data/a.csv': '1,2' }), 'not-xlsx', /without an Excel workbook/],
    [
      'a word-processing package',
      () =>
        zipOf({
          '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          '_rels/.rels':
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
        }),
      'not-xlsx',
      /without an Excel workbook/,
    ],
    [
      'a truncated .xlsx',
      async () => {
        const full = await writeWorkbook(contributionsWorkbook());
        return full.subarray(0, Math.floor(full.length / 2));
      },
      'damaged',
      /zip package cannot be opened/,
    ],
    [
      'an .xlsx with a damaged worksheet',
      async () => {
        const zip = await JSZip.loadAsync(await writeWorkbook(contributionsWorkbook()));
        zip.file('xl/worksheets/sheet1.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheet');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'damaged',
      /cannot be read/,
    ],
    [
      'an .xlsx with corrupted compressed data',
      async () => {
        const full = Buffer.from(await writeWorkbook(contributionsWorkbook()));
        // Overwrite the middle of the compressed stream, leaving the zip directory intact.
        full.fill(0x41, Math.floor(full.length * 0.3), Math.floor(full.length * 0.6));
        return full;
      },
      'damaged',
      /./,
    ],
  ];

  it.each(damagedCases)('reports %s', async (_, make, reason, detail) => {
    const result = await readWorkbook(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.detail).toMatch(detail);
    }
  });
});

describe('readWorkbook: cell values', () => {
  it('expands shared formulas to each cell', async () => {
    const buffer = await excelJsFile((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = 3;
      ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]);
    });
    const zip = await JSZip.loadAsync(buffer);
    expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).toContain('t="shared"');
    const cells = (await readOk(buffer)).sheets[0]?.cells;
    expect([cells?.B1, cells?.B2, cells?.B3]).toEqual([
      { value: 2, formula: 'A1*2' },
      { value: 4, formula: 'A2*2' },
      { value: 6, formula: 'A3*2' },
    ]);
  });

  it.each<[string, ExcelJS.CellValue, object]>([
    ['rich text, flattened', { richText: [{ text: 'Kaustisen ' }, { font: { bold: true }, text: 'seutukunta' }] }, { value: 'Kaustisen seutukunta' }],
    ['a hyperlink, as its text', { text: 'Tarkistukset', hyperlink: '#Tarkistukset!A1' }, { value: 'Tarkistukset' }],
    ['an error value', { error: '#DIV/0!' } as ExcelJS.CellErrorValue, { value: null, error: '#DIV/0!' }],
    ['a formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue, { value: null, formula: '1/0', error: '#DIV/0!' }],
    ['a formula with a text result', { formula: 'A9&"x"', result: 'ax' }, { value: 'ax', formula: 'A9&"x"' }],
    ['a formula with a cached number', { formula: '_xlfn.RANK.EQ(1,A9:A10)', result: 1 }, { value: 1, formula: 'RANK.EQ(1,A9:A10)' }],
    ['a formula without a cached value', { formula: 'SUM(A9:A10)' }, { value: null, formula: 'SUM(A9:A10)' }],
    ['a boolean', false, { value: false }],
    ['text that looks like a number', '0123', { value: '0123' }],
  ])('reads %s', async (_, value, expected) => {
    const buffer = await excelJsFile((wb) => {
      wb.addWorksheet('S').getCell('B2').value = value;
    });
    expect((await readOk(buffer)).sheets[0]?.cells.B2).toEqual(expected);
  });

  it('reads dates as 1900-system serial numbers, also from a 1904-system file', async () => {
    for (const date1904 of [false, true]) {
      const buffer = await excelJsFile((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = new Date(Date.UTC(2025, 10, 27));
        ws.getCell('A1').numFmt = 'd.m.yyyy';
        ws.getCell('A2').value = new Date(Date.UTC(2026, 0, 1, 12));
        ws.getCell('A2').numFmt = 'd.m.yyyy h:mm';
      });
      const cells = (await readOk(buffer)).sheets[0]?.cells;
      expect(cells?.A1).toEqual({ value: 45988, numberFormat: 'd.m.yyyy' });
      expect(cells?.A2).toEqual({ value: 46023.5, numberFormat: 'd.m.yyyy h:mm' });
    }
  });

  it('reads only the top-left cell of a merged range and skips empty cells', async () => {
    const buffer = await excelJsFile((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Otsikko';
      ws.mergeCells('A1:C2');
      ws.getCell('E5').value = '';
      ws.getCell('F6').style = { font: { bold: true } };
    });
    expect((await readOk(buffer)).sheets[0]?.cells).toEqual({ A1: { value: 'Otsikko' } });
  });

  it('reads sheets in workbook order with their hidden state', async () => {
    const buffer = await excelJsFile((wb) => {
      wb.addWorksheet('Yhteenveto').getCell('A1').value = 1;
      wb.addWorksheet('Metatiedot', { state: 'veryHidden' });
      wb.addWorksheet('Kunnat', { state: 'hidden' });
    });
    const sheets = (await readOk(buffer)).sheets;
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Yhteenveto', false],
      ['Metatiedot', true],
      ['Kunnat', true],
    ]);
  });
});

describe('readWorkbook: tables', () => {
  it('reads tables that ExcelJS wrote, with their refs and header names', async () => {
    const buffer = await excelJsFile((wb) => {
      const ws = wb.addWorksheet('Kunnat');
      ws.addTable({
        name: 'Municipalities',
        ref: 'B3',
        columns: [{ name: 'Kunta' }, { name: 'Asukasluku' }],
        rows: [
          ['Halsua', 985],
          ['Veteli', 2931],
        ],
      });
    });
    const kunnat = (await readOk(buffer)).sheets[0];
    expect(kunnat?.tables).toEqual([{ name: 'Municipalities', ref: 'B3:C5', columns: ['Kunta', 'Asukasluku'] }]);
    expect(kunnat?.cells.C5).toEqual({ value: 2931 });
  });

  it('reads a table part whose elements carry a namespace prefix', async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(contributionsWorkbook()));
    zip.file(
      'xl/tables/table1.xml',
      '<?xml version="1.0"?><x:table xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Table1" displayName="Municipalities" ref="A1:E6">' +
        '<x:tableColumns count="5"><x:tableColumn id="1" name="Tunnus"/><x:tableColumn id="2" name="Kunta"/><x:tableColumn id="3" name="Asukas&amp;luku"/>' +
        '<x:tableColumn id="4" name="Väestöosuus"><x:calculatedColumnFormula>1</x:calculatedColumnFormula></x:tableColumn><x:tableColumn id="5" name="Sija"/></x:tableColumns></x:table>',
    );
    const grid = await readOk(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(grid.sheets[0]?.tables).toEqual([{ name: 'Municipalities', ref: 'A1:E6', columns: ['Tunnus', 'Kunta', 'Asukas&luku', 'Väestöosuus', 'Sija'] }]);
  });
});
