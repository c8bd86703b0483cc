import { columnIndex, columnLetters, parseRect } from '../../src/preview/a1';

test('column letters and back', () => {
  for (const [index, letters] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA'], [16_383, 'XFD']] as const) {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  }
});

test('cells, ranges, absolute and sheet-qualified addresses, whole columns and rows', () => {
  expect(parseRect('B3')).toEqual({ row: 2, column: 1, rowCount: 1, columnCount: 1 });
  expect(parseRect('$B$3:$D$7')).toEqual({ row: 2, column: 1, rowCount: 5, columnCount: 3 });
  expect(parseRect("'Kunnat 2026'!C5")).toEqual({ row: 4, column: 2, rowCount: 1, columnCount: 1 });
  expect(parseRect('D7:B3')).toEqual({ row: 2, column: 1, rowCount: 5, columnCount: 3 });
  expect(parseRect('A:C')).toEqual({ row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 });
  expect(parseRect('2:4', { rows: 100, columns: 10 })).toEqual({ row: 1, column: 0, rowCount: 3, columnCount: 10 });
  expect(parseRect('')).toBeUndefined();
  expect(parseRect('#REF!')).toBeUndefined();
  expect(parseRect('Taulukko')).toBeUndefined();
});
