import ExcelJS from 'exceljs';
import { countCells, parseTimeLimitSeconds, TIME_LIMIT, timeLimitMs } from '../../src/xlsx/libreoffice';

describe("LibreOffice's time limit scales with the workbook", () => {
  it('is a floor of 90 s plus 5 ms a cell', () => {
    expect(TIME_LIMIT).toEqual({ floorMs: 90_000, perCellMs: 5 });
  });

  it.each([
    ['no cells', 0, 90_000],
    ['one cell', 1, 90_005],
    ['the Kaustinen example (3 417 cells)', 3_417, 107_085],
    ['ten times the example', 34_170, 260_850],
    ['a hundred thousand cells', 100_000, 590_000],
    ['a negative count, as none', -5, 90_000],
    ['a fraction, rounded', 2.4, 90_010],
  ])('%s: %d cells → %d ms', (_name, cells, ms) => {
    expect(timeLimitMs(cells)).toBe(ms);
  });

  it.each([
    ['300', 300_000],
    [' 5 ', 5_000],
    ['1', 1_000],
    ['0', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['1e3', undefined],
    ['abc', undefined],
    ['', undefined],
    ['99999999999999999999', undefined],
  ])('--timeout / PLANSHEETS_SOFFICE_TIMEOUT "%s" → %s ms', (text, ms) => {
    expect(parseTimeLimitSeconds(text)).toBe(ms);
  });

  it('counts the cells of every worksheet, hidden ones too', async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('A');
    first.getCell('A1').value = 'x';
    first.getCell('B2').value = 2;
    first.getCell('C3').value = { formula: 'B2*2' };
    const hidden = workbook.addWorksheet('B', { state: 'hidden' });
    hidden.getCell('A1').value = 'y';
    hidden.getCell('Z100').value = 1;
    expect(await countCells(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe(5);
  });

  it('counts no cells in what is no workbook, so the floor applies', async () => {
    expect(await countCells(Buffer.from('not a zip'))).toBe(0);
  });
});
