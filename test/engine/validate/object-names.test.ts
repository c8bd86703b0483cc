import { englishOrdinal, finnishDate, shortTitle, titleOrId } from '../../../src/engine/validate/object-names';

describe('object names', () => {
  it.each([
    ['Talous on tasapainossa', 'Talous on tasapainossa'],
    ['  Rivit\n ja   välit  ', 'Rivit ja välit'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['x'.repeat(61), `${'x'.repeat(59)}…`],
    // Short texts whose whitespace still changes (the fast path must not skip them).
    ['a\tb', 'a b'],
    [' a', 'a'],
    ['a ', 'a'],
    ['a  b', 'a b'],
    ['a\u00a0b', 'a b'],
    [`${'x'.repeat(30)}  ${'y'.repeat(30)}`, `${'x'.repeat(30)} ${'y'.repeat(28)}…`],
  ])('shortTitle(%j) is %j', (text, expected) => {
    expect(shortTitle(text)).toBe(expected);
    expect(Array.from(shortTitle(text)).length).toBeLessThanOrEqual(60);
  });

  it('does not cut a character made of two UTF-16 units in half', () => {
    const title = `${'x'.repeat(58)}😀😀😀`;
    expect(shortTitle(title)).toBe(`${'x'.repeat(58)}😀…`);
  });

  it('names an object without a title by its id', () => {
    expect(titleOrId(' ', 'g-3')).toBe('g-3');
    expect(titleOrId('Seutu tunnetaan', 'g-3')).toBe('Seutu tunnetaan');
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('englishOrdinal(%i) is %s', (n, expected) => {
    expect(englishOrdinal(n)).toBe(expected);
  });

  it.each([
    ['2025-12-11', '11.12.2025'],
    ['2025-01-05', '5.1.2025'],
    ['not a date', 'not a date'],
  ])('finnishDate(%s) is %s', (iso, expected) => {
    expect(finnishDate(iso)).toBe(expected);
  });
});
