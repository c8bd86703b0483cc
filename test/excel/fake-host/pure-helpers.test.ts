import fc from 'fast-check';
import { MAX_COLUMNS, MAX_ROWS, columnIndexOf, columnLetters, parseAddress, qualifiedA1, quoteSheetName, rectA1 } from '../../../src/excel/fake-host/a1-address';
import { deleteSheetInFormula, renameSheetInFormula } from '../../../src/excel/fake-host/formula-references';
import { parseTypedInput } from '../../../src/excel/fake-host/locale-input';
import { isSetSupported } from '../../../src/excel/fake-host/requirement-sets';
import { TODAY } from './helpers';

const rectArb = fc
  .record({ row: fc.integer({ min: 0, max: MAX_ROWS - 1 }), column: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }) })
  .chain(({ row, column }) =>
    fc.record({
      row: fc.constant(row),
      column: fc.constant(column),
      rowCount: fc.integer({ min: 1, max: MAX_ROWS - row }),
      columnCount: fc.integer({ min: 1, max: MAX_COLUMNS - column }),
    }),
  );

const sheetNameArb = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[:\\/?*[\]!"]/.test(s) && !s.startsWith("'") && !s.endsWith("'") && s.trim() === s && s.length > 0);

describe('A1 addresses', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['XFD', 16383],
  ])('column %s is index %d', (letters, index) => {
    expect(columnIndexOf(letters)).toBe(index);
    expect(columnLetters(index)).toBe(letters);
  });

  it('rectA1 and parseAddress round-trip, with and without a sheet', () => {
    fc.assert(
      fc.property(rectArb, sheetNameArb, (rect, sheet) => {
        expect(parseAddress(rectA1(rect))?.rect).toEqual(rect);
        expect(parseAddress(qualifiedA1(sheet, rect))).toEqual({ sheetName: sheet, rect });
      }),
    );
  });

  it.each(['', 'A0', 'XFE1', 'A1048577', '1A', 'A1:B2:C3', "'unclosed!A1", '!A1'])('"%s" is not an address', (text) => {
    expect(parseAddress(text)).toBeUndefined();
  });

  it.each([
    ['Kunnat', 'Kunnat'],
    ['Action plan', "'Action plan'"],
    ["It's", "'It''s'"],
    ['2026', "'2026'"],
    ['A1', "'A1'"],
    ['Jäsenkunnat', 'Jäsenkunnat'],
  ])('sheet name %s is written %s in a reference', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe('formula reference rewriting', () => {
  it('renaming and renaming back gives the formula back; deleting gives #REF!', () => {
    fc.assert(
      fc.property(sheetNameArb, (name) => {
        const formula = `=${quoteSheetName(name)}!B2*2+SUM(${quoteSheetName(name)}!A1:A9)&"${name.replace(/"/g, '""')}!B2"`;
        const renamed = renameSheetInFormula(formula, name, 'Väliaikainen nimi');
        expect(renamed).not.toContain(`${quoteSheetName(name)}!B2*2`);
        expect(renameSheetInFormula(renamed, 'Väliaikainen nimi', name)).toBe(formula);
        expect(deleteSheetInFormula(formula, name)).toBe(`=#REF!*2+SUM(#REF!)&"${name.replace(/"/g, '""')}!B2"`);
      }),
    );
  });
});

describe('typed numbers', () => {
  it('any finite number typed in en-US spelling comes back as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const typed = parseTypedInput(String(n), { locale: 'en-US', today: TODAY });
        expect(typed).toEqual({ kind: 'number', value: n === 0 ? 0 : n });
      }),
    );
  });

  it('any finite number typed with a decimal comma in fi-FI comes back as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const typed = parseTypedInput(String(n).replace('.', ','), { locale: 'fi-FI', today: TODAY });
        expect(typed).toEqual({ kind: 'number', value: n === 0 ? 0 : n });
      }),
    );
  });
});

describe('isSetSupported', () => {
  it.each([
    ['ExcelApi', undefined, true],
    ['excelapi', '1.1', true],
    ['ExcelApi', 1.3, true],
    ['ExcelApi', '1.10', false],
    ['WordApi', '1.1', false],
    ['ExcelApi', '2.0', false],
  ])('excel2016: isSetSupported(%s, %p) = %s', (name, version, expected) => {
    expect(isSetSupported('excel2016', name, version)).toBe(expected);
  });
});
