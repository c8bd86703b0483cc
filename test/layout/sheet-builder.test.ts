import { SheetBuilder, text } from '../../src/layout/sheet-builder';
import { charactersPerLine, rowHeightFor, textLineCount } from '../../src/layout/text-lines';
import type { CellStyle } from '../../src/layout/workbook-layout';

/** A sheet with one cell at B2 in a column 20 units wide, fitted. */
function fitted(value: string, style: CellStyle, existing?: number): number | undefined {
  const b = new SheetBuilder('goals', 'Tavoitteet', 'editable');
  b.width(2, 20);
  b.set(2, 2, text(value), style);
  if (existing !== undefined) b.height(2, existing);
  b.fitRowHeights(1, 3);
  return b.rowHeight(2);
}

const LONG = 'Seutukunnan kunnat sopivat yhteisestä toimintamallista ja sen rahoituksesta.';

describe('SheetBuilder.fitRowHeights', () => {
  it.each<[string, string, CellStyle, number | undefined, number | undefined]>([
    ['a wrapped text of several lines gets their height (11 pt, the default font)', LONG, { wrap: true }, undefined, rowHeightFor(textLineCount(LONG, charactersPerLine(20, 11)), 11)],
    ['bold text takes more lines', LONG, { wrap: true, bold: true }, undefined, rowHeightFor(textLineCount(LONG, charactersPerLine(20, 11, true)), 11)],
    ['an indent narrows the line', LONG, { wrap: true, indent: 2 }, undefined, rowHeightFor(textLineCount(LONG, charactersPerLine(14, 11)), 11)],
    ['line breaks count', 'Johtoryhmä\nSeutuvaltuusto', { wrap: true }, undefined, rowHeightFor(2, 11)],
    ['a text that fits one line keeps the default height', 'Lyhyt', { wrap: true }, undefined, undefined],
    ['a text that is not wrapped runs on, one line', LONG, { vertical: 'top' }, undefined, undefined],
    ['a larger height already set stays', LONG, { wrap: true }, 200, 200],
  ])('%s', (_title, value, style, existing, expected) => {
    expect(fitted(value, style, existing)).toBe(expected);
  });

  it('takes the tallest cell of a row, and only rows in the range', () => {
    const b = new SheetBuilder('goals', 'Tavoitteet', 'editable');
    b.width(1, 40);
    b.width(2, 10);
    b.set(1, 2, text(LONG), { wrap: true });
    b.set(2, 2, text(LONG), { wrap: true });
    b.set(2, 5, text(LONG), { wrap: true });
    b.fitRowHeights(1, 3);
    expect(b.rowHeight(2)).toBe(rowHeightFor(textLineCount(LONG, charactersPerLine(10, 11)), 11));
    expect(b.rowHeight(5)).toBeUndefined();
  });
});
