import { widthInPoints } from '../../src/layout/column-width';
import { PageFlow, pageHeights } from '../../src/layout/page-flow';
import type { PrintLayout } from '../../src/layout/workbook-layout';

const PRINT: PrintLayout = {
  orientation: 'landscape',
  paperSize: 'A4',
  fitToWidth: true,
  headerFooter: { odd: { header: {}, footer: {} } },
  margins: { left: 36, right: 36, top: 64.8, bottom: 43.2, header: 21.6, footer: 21.6 },
};
/** Columns of these widths in character units. */
const columns = (...widths: number[]) => widths.map((width, i) => ({ index: i + 1, width: widthInPoints(width) }));

describe('pageHeights', () => {
  it('gives the council appendix\'s page in sheet points for Excel (94 %) and for LibreOffice with DejaVu Sans (70 %)', () => {
    // A4 landscape is 595.28 pt high; 1.5 in of margins leave 487.28 pt; 2 % is kept spare.
    const [excel, libreOffice] = pageHeights(PRINT, columns(36, 84, 36));
    expect(excel).toBeCloseTo((487.28 / 0.94) * 0.98, 1);
    expect(libreOffice).toBeCloseTo((487.28 / 0.7) * 0.98, 1);
  });

  it.each([
    ['a sheet narrower than the page is not enlarged', { ...PRINT, orientation: 'portrait' } as PrintLayout, columns(10, 10), 841.89 - 1.5 * 72],
    ['a sheet not fitted to width prints at 100 %', { ...PRINT, fitToWidth: false } as PrintLayout, columns(400), 595.28 - 1.5 * 72],
    ['Excel\'s default margins where the layout sets none', { ...PRINT, margins: undefined, fitToWidth: false } as PrintLayout, columns(10), 595.28 - 1.5 * 72],
  ])('%s', (_, print, cols, printable) => {
    for (const height of pageHeights(print, cols)) expect(height).toBeCloseTo(printable * 0.98, 1);
  });

  it('leaves hidden columns out of the width', () => {
    const hidden = [...columns(36, 84, 36), { index: 4, width: 200, hidden: true }];
    expect(pageHeights(PRINT, hidden)).toEqual(pageHeights(PRINT, columns(36, 84, 36)));
  });
});

describe('PageFlow', () => {
  it('fits anything on a page that holds nothing yet, and rows up to the page height after that', () => {
    const flow = new PageFlow([100], 10);
    expect(flow.fits([500])).toBe(true);
    flow.place(60);
    expect(flow.fits([40])).toBe(true);
    expect(flow.fits([20, 21])).toBe(false);
  });

  it('moves a row that does not fit to a new page, below the repeated rows', () => {
    const flow = new PageFlow([100], 10);
    flow.place(60);
    flow.place(50); // new page: 10 + 50
    expect(flow.fits([40])).toBe(true);
    expect(flow.fits([41])).toBe(false);
  });

  it('starts an empty page at a manual break', () => {
    const flow = new PageFlow([100], 10);
    flow.place(95);
    flow.breakPage();
    expect(flow.fits([1000])).toBe(true);
    flow.place(80);
    expect(flow.fits([10])).toBe(true);
    expect(flow.fits([11])).toBe(false);
  });

  it('fits only what fits in every program\'s pages', () => {
    const flow = new PageFlow([100, 200]);
    flow.place(90);
    expect(flow.fits([10])).toBe(true);
    expect(flow.fits([20])).toBe(false);
    flow.place(20); // a new page in the first program, not in the second
    expect(flow.fits([80])).toBe(true);
    expect(flow.fits([81])).toBe(false);
    expect(flow.fits([90])).toBe(false);
  });
});
