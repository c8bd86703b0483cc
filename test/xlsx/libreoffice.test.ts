import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import DecimalJs from 'decimal.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../src/layout/sheet-grid';
import type { SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { convertToPdf, findSoffice, LibreOfficeError, recalculate } from '../../src/xlsx/libreoffice';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { recalculatedWorkbook } from '../support/recalculated-workbook';
import { cell, contributionsWorkbook, MUNICIPALITIES, PRINT, sheet, text } from './layout-fixtures';

jest.setTimeout(60_000);

const run = promisify(execFile);
const Decimal = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansheets-lo-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('finding LibreOffice', () => {
  it('names the Debian package when soffice is not on PATH', () => {
    const lookup = findSoffice('/nonexistent-a:/nonexistent-b');
    expect(lookup.found).toBe(false);
    if (!lookup.found) expect(lookup.message).toMatch(/not installed.*libreoffice-calc-nogui/);
  });

  it('finds soffice here', () => {
    expect(findSoffice()).toEqual({ found: true, path: expect.stringMatching(/(soffice|libreoffice)$/) });
  });

  it('reports a missing executable as not installed', async () => {
    const attempt = recalculate(join(dir, 'x.xlsx'), join(dir, 'y.xlsx'), { soffice: '/nonexistent/soffice' });
    await expect(attempt).rejects.toThrow(LibreOfficeError);
    await writeFile(join(dir, 'x.xlsx'), await writeWorkbook(contributionsWorkbook()));
    await expect(recalculate(join(dir, 'x.xlsx'), join(dir, 'y.xlsx'), { soffice: '/nonexistent/soffice' })).rejects.toMatchObject({
      reason: 'not-installed',
      message: expect.stringContaining('libreoffice-calc-nogui'),
    });
  });

  it('reports a missing input file', async () => {
    await expect(recalculate(join(dir, 'missing.xlsx'), join(dir, 'out.xlsx'))).rejects.toMatchObject({ reason: 'failed', message: expect.stringContaining('does not exist') });
  });

  it('gives up after the timeout', async () => {
    await writeFile(join(dir, 'slow.xlsx'), await writeWorkbook(contributionsWorkbook()));
    await expect(recalculate(join(dir, 'slow.xlsx'), join(dir, 'slow-out.xlsx'), { timeoutMs: 50 })).rejects.toMatchObject({ reason: 'timeout' });
  });
});

describe('LibreOffice recalculates what the writer wrote', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    grid = (await recalculatedWorkbook(contributionsWorkbook())).grid;
  });

  const total = MUNICIPALITIES.reduce((sum, [, , population]) => sum + population, 0);
  const funding = new Decimal('1000000.00');
  const cells = (sheetName: string) => grid.sheets.find((s) => s.name === sheetName)?.cells ?? {};

  it.each(MUNICIPALITIES.map(([, name, population], i) => [name, population, i + 2]))(
    '%s: population share from [@Column]/SUM([Column]) in a calculated column',
    (_, population, row) => {
      const share = cells('Kunnat')[`D${row}`];
      expect(share?.formula).toBe('[@Asukasluku]/SUM([Asukasluku])');
      expect(share?.value).toBeCloseTo(new Decimal(population).div(total).toNumber(), 12);
    },
  );

  it('ranks with RANK.EQ over a table column', () => {
    const ranks = MUNICIPALITIES.map((_, i) => cells('Kunnat')[`E${i + 2}`]?.value);
    const expected = MUNICIPALITIES.map(([, , p]) => 1 + MUNICIPALITIES.filter(([, , q]) => q > p).length);
    expect(ranks).toEqual(expected);
    expect(expected).toEqual([4, 1, 5, 3, 2]);
  });

  it.each(MUNICIPALITIES.map(([, name, population], i) => [name, population, i + 2]))(
    '%s: ROUND of a defined name times a table column, to the cent',
    (_, population, row) => {
      const exact = funding.times(population).div(total);
      expect(cells('Kuntaosuudet')[`B${row}`]?.value).toBe(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber());
      expect(cells('Kuntaosuudet')[`C${row}`]?.value).toBe(exact.toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber());
    },
  );

  it('follows cross-sheet references', () => {
    expect(MUNICIPALITIES.map((_, i) => cells('Kuntaosuudet')[`A${i + 2}`]?.value)).toEqual(MUNICIPALITIES.map(([, name]) => name));
  });

  it('sums the rounded shares and computes SUMPRODUCT over two table columns', () => {
    const rounded = MUNICIPALITIES.map(([, , p]) => funding.times(p).div(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    const sum = rounded.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(cells('Kuntaosuudet').B7?.value).toBeCloseTo(sum.toNumber(), 6);
    const sumproduct = MUNICIPALITIES.reduce((acc, [, , p]) => acc.plus(new Decimal(p).times(p).div(total)), new Decimal(0));
    expect(cells('Kuntaosuudet').C7?.value).toBeCloseTo(sumproduct.toNumber(), 8);
  });

  it('compares with a defined name and joins a table column with TEXTJOIN', () => {
    expect(cells('Kuntaosuudet').B9?.value).toBe('ok');
    expect(cells('Kuntaosuudet').C9?.value).toBe('Halsua, Kaustinen, Lestijärvi, Toholampi, Veteli');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(cells('Kuntaosuudet').A9).toEqual({ value: '=HYPERLINK("x","y")' });
  });

  it('keeps the table and the date', () => {
    const kunnat = grid.sheets.find((s) => s.name === 'Kunnat');
    expect(kunnat?.tables).toEqual([{ name: 'Municipalities', ref: 'A1:E6', columns: ['Tunnus', 'Kunta', 'Asukasluku', 'Väestöosuus', 'Sija'] }]);
    expect(kunnat?.cells.B8).toMatchObject({ value: 45657 });
  });

  it('leaves no #NAME? or other error anywhere', () => {
    const errors = grid.sheets.flatMap((s) => Object.entries(s.cells).filter(([, c]) => c.error !== undefined).map(([ref, c]) => `${s.name}!${ref} ${c.error}`));
    expect(errors).toEqual([]);
  });
});

describe('recalculation is forced', () => {
  it('replaces a stale cached value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 21;
    ws.getCell('A2').value = { formula: 'A1*2', result: 999 };
    const input = join(dir, 'stale.xlsx');
    await writeFile(input, Buffer.from(await wb.xlsx.writeBuffer()));
    await recalculate(input, join(dir, 'stale-out.xlsx'));
    const result = await readWorkbook(await readFile(join(dir, 'stale-out.xlsx')));
    expect(result.ok && result.grid.sheets[0]?.cells.A2).toEqual({ value: 42, formula: 'A1*2' });
  });
});

describe('PDF', () => {
  const titleRows = 'Tavoitteet ja toimenpiteet';
  function printWorkbook(): WorkbookLayout {
    const layout = contributionsWorkbook();
    const appendix: SheetLayout = sheet('Toimintasuunnitelma', {
      kind: 'derived',
      protected: true,
      cells: [
        cell('A1', text(titleRows), { bold: true }),
        cell('A2', text('Tavoite'), { bold: true }),
        cell('B2', text('Toimenpide'), { bold: true }),
        ...Array.from({ length: 150 }, (_, i) => [cell(`A${i + 3}`, text(`Tavoite ${i + 1}`)), cell(`B${i + 3}`, text(`Toimenpide ${i + 1}`))]).flat(),
      ],
      columns: [
        { index: 1, width: 40 },
        { index: 2, width: 60 },
      ],
      print: {
        ...PRINT,
        orientation: 'landscape',
        printTitleRows: '1:2',
        headerFooter: {
          odd: { header: { left: '&8Kaustisen seutukunta\nseutuvaltuusto 11.12.2025 § xx', right: '&8Talousarvio 2026' }, footer: { center: '&8Sivu &P / &N' } },
        },
      },
    });
    const contributions = layout.sheets[2] as SheetLayout;
    contributions.charts = [
      {
        kind: 'column',
        title: 'Kuntaosuudet kaaviona',
        from: 'E2',
        to: 'L18',
        series: [{ name: { ref: "'Kuntaosuudet'!$B$1" }, categories: "'Kuntaosuudet'!$A$2:$A$6", values: "'Kuntaosuudet'!$B$2:$B$6" }],
        valueFormat: '#,##0 "€"',
      },
    ];
    return { ...layout, sheets: [...layout.sheets, appendix] };
  }

  let pages: Array<{ width: number; height: number; text: string }>;
  let pdf: string;
  beforeAll(async () => {
    const input = join(dir, 'print.xlsx');
    await writeFile(input, await writeWorkbook(printWorkbook()));
    pdf = join(dir, 'print.pdf');
    await convertToPdf(input, pdf);
    const info = (await run('pdfinfo', ['-f', '1', '-l', '999', pdf])).stdout;
    pages = [];
    for (const match of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
      const n = match[1] as string;
      const textOfPage = (await run('pdftotext', ['-f', n, '-l', n, '-layout', pdf, '-'])).stdout;
      pages.push({ width: Number(match[2]), height: Number(match[3]), text: textOfPage });
    }
  });

  it('prints every page on A4', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
      expect(short).toBeCloseTo(595.3, 0);
      expect(long).toBeCloseTo(841.9, 0);
    }
  });

  it('prints the appendix landscape with its title rows on every page', () => {
    const appendix = pages.filter((p) => p.text.includes('Toimenpide 1'));
    expect(appendix.length).toBeGreaterThanOrEqual(2);
    for (const page of appendix) {
      expect(page.width).toBeGreaterThan(page.height);
      expect(page.text).toContain(titleRows);
    }
  });

  it('prints the header and footer text', () => {
    expect(pages[0]?.text).toContain('Kaustisen seutukunta');
    expect(pages[0]?.text).toContain('Talousarvio 2026');
    expect(pages[0]?.text).toMatch(/Sivu 1 \/ \d+/);
    const appendix = pages.find((p) => p.text.includes('Toimenpide 1'));
    expect(appendix?.text).toContain('seutuvaltuusto 11.12.2025 § xx');
  });

  it('draws the chart', async () => {
    const index = pages.findIndex((p) => p.text.includes('Kuntaosuudet kaaviona'));
    expect(index).toBeGreaterThanOrEqual(0);
    // Render the page in grey and look for ink right of the cells, where the chart sits
    // (about a quarter of the area is inked with the chart, none without it).
    const prefix = join(dir, 'chart-page');
    await run('pdftoppm', ['-gray', '-r', '40', '-f', String(index + 1), '-l', String(index + 1), pdf, prefix]);
    const image = await readFile(`${prefix}-${index + 1}.pgm`).catch(() => readFile(`${prefix}-${String(index + 1).padStart(2, '0')}.pgm`));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PGM image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = image.subarray(header[0].length);
    let ink = 0;
    let total = 0;
    for (let y = Math.floor(height * 0.12); y < Math.floor(height * 0.28); y += 1) {
      for (let x = Math.floor(width * 0.55); x < Math.floor(width * 0.85); x += 1) {
        total += 1;
        if ((pixels[y * width + x] as number) < 200) ink += 1;
      }
    }
    expect(ink / total).toBeGreaterThan(0.1);
  });

  it('keeps the chart when LibreOffice saves the workbook', async () => {
    const input = join(dir, 'print.xlsx');
    const output = join(dir, 'print-recalculated.xlsx');
    await recalculate(input, output);
    const zip = await JSZip.loadAsync(await readFile(output));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0] as string)?.async('string');
    expect(xml).toContain('Kuntaosuudet!$B$2:$B$6');
    expect(xml).toContain('Kuntaosuudet kaaviona');
  });
});
