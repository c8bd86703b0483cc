import { CASES, describeDamaged } from '../support/damaged-workbooks';

/** Damaged tables through the command line: deleted, a header renamed, cells merged, 10 000 blank rows */

jest.setTimeout(120_000);

const NAMES = ['a table deleted (its cells left)', 'a header renamed', 'cells merged over a table', '10 000 blank rows in a table'];

describeDamaged('Damaged tables through the command line: deleted, a header renamed, cells merged, 10 000 blank rows', CASES.filter(([name]) => NAMES.includes(name)));

it('runs every case it names', () => {
  expect(CASES.filter(([name]) => NAMES.includes(name)).length).toBe(NAMES.length);
});
