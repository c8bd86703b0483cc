import JSZip from 'jszip';
import { worksheetParts } from '../../src/xlsx/package-parts';
import { withOnlySheetsVisible } from '../../src/xlsx/printed-sheets';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { cell, PRINT, sheet, text, workbook } from './layout-fixtures';

const layout = workbook(
  [
    sheet('Yhteenveto', { cells: [cell('A1', text('a'))], print: { ...PRINT, printArea: 'A1:C10' } }),
    sheet('Kuntaosuudet', { cells: [cell('A1', text('b'))], print: { ...PRINT, printArea: 'A1:P31', printTitleRows: '2:2' } }),
    sheet('Toimintasuunnitelma', { cells: [cell('A1', text('c'))], print: { ...PRINT, printTitleRows: '4:4' } }),
  ],
  { definedNames: [{ name: 'ContributionsTotal', ref: "'Kuntaosuudet'!$I$24" }] },
);

async function printed(visible: string[]): Promise<{ workbookXml: string; states: Record<string, string> }> {
  const zip = await JSZip.loadAsync(await withOnlySheetsVisible(await writeWorkbook(layout), visible));
  const parts = await worksheetParts(zip);
  return {
    workbookXml: await zip.file('xl/workbook.xml')!.async('string'),
    states: Object.fromEntries(parts.map((p) => [p.name, p.state])),
  };
}

describe('withOnlySheetsVisible', () => {
  it('hides every sheet not chosen and opens on the first chosen one', async () => {
    const { workbookXml, states } = await printed(['Toimintasuunnitelma']);
    expect(states).toEqual({ Yhteenveto: 'hidden', Kuntaosuudet: 'hidden', Toimintasuunnitelma: 'visible' });
    expect(workbookXml).toMatch(/<workbookView[^>]*activeTab="2"/);
  });

  it('takes the print areas off hidden sheets, which LibreOffice would print all the same', async () => {
    const { workbookXml } = await printed(['Toimintasuunnitelma', 'Yhteenveto']);
    expect(workbookXml).not.toContain('Print_Area" localSheetId="1"');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">');
    // Names other than print areas stay: the printed sheets' formulas may use them.
    expect(workbookXml).toContain('<definedName name="ContributionsTotal">');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">');
  });

  it('leaves no empty list of names behind', async () => {
    const bare = workbook([
      sheet('A', { cells: [cell('A1', text('a'))], print: { ...PRINT, printArea: 'A1:B2' } }),
      sheet('B', { cells: [cell('A1', text('b'))] }),
    ]);
    const zip = await JSZip.loadAsync(await withOnlySheetsVisible(await writeWorkbook(bare), ['B']));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).not.toContain('Print_Area');
    expect(xml).not.toMatch(/<definedNames\s*\/?>(\s*<\/definedNames>)?/);
  });

  it('refuses a choice of no sheet in the workbook', async () => {
    await expect(withOnlySheetsVisible(await writeWorkbook(layout), ['Muu'])).rejects.toThrow(/none of the sheets/);
  });
});
