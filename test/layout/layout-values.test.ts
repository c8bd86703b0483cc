import { canonicalDecimal, canonicalMoney } from '../../src/layout/decimal-text';
import { isoToSerial, serialToIso } from '../../src/layout/excel-date';
import { columnRef, escapeColumnName, formulaString, thisRowRef } from '../../src/layout/structured-ref';

describe('canonical money and decimals', () => {
  it.each([
    ['2157119', '2157119'],
    ['2157119.00', '2157119'],
    ['1234.5', '1234.50'],
    ['1234.50', '1234.50'],
    ['-0', '0'],
    ['-0.00', '0'],
    ['-12.3', '-12.30'],
    ['0.05', '0.05'],
  ])('money %s → %s', (value, expected) => {
    expect(canonicalMoney(value)).toBe(expected);
  });

  it.each([
    ['2.40', '2.4'],
    ['54', '54'],
    ['5.000', '5'],
    ['-0.0', '0'],
    ['0.125', '0.125'],
  ])('decimal %s → %s', (value, expected) => {
    expect(canonicalDecimal(value)).toBe(expected);
  });
});

describe('Excel date serials', () => {
  it.each([
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2024-12-31', 45657],
    ['2000-02-29', 36585],
    ['9999-12-31', 2958465],
  ])('%s is serial %i, and back', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each([['1900-02-28'], ['2025-02-29'], ['31.12.2024']])('%s has no serial', (iso) => {
    expect(isoToSerial(iso)).toBeNull();
  });

  it('every day from 1900-03-01 to 2200 goes there and back', () => {
    for (let serial = 61; serial < 110000; serial += 7) {
      expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
    }
  });
});

describe('structured references', () => {
  it.each([
    ['Asukasluku', 'Goals[Asukasluku]', 'Goals[[#This Row],[Asukasluku]]'],
    ['Muutos €', 'Goals[Muutos €]', 'Goals[[#This Row],[Muutos €]]'],
    ['Kuntarahoitus %', 'Goals[Kuntarahoitus %]', 'Goals[[#This Row],[Kuntarahoitus %]]'],
    ['Lähde [TA]', "Goals[[Lähde '[TA']]]", "Goals[[#This Row],[Lähde '[TA']]]"],
    ["Nro #1's", "Goals[[Nro '#1''s]]", "Goals[[#This Row],[Nro '#1''s]]"],
    ['A.B', 'Goals[[A.B]]', 'Goals[[#This Row],[A.B]]'],
  ])('%s', (header, column, row) => {
    expect(columnRef('Goals', header)).toBe(column);
    expect(thisRowRef('Goals', header)).toBe(row);
  });

  it('escapes quotes in formula strings', () => {
    expect(formulaString('sanoi "ok"')).toBe('"sanoi ""ok"""');
    expect(escapeColumnName('plain')).toBe('plain');
  });
});
