import { CASES, describeDamaged } from '../support/damaged-workbooks';

/** Damaged cells through the command line: columns reordered, a 32 767-character cell, #REF! in a derived cell, numbers typed as text */

jest.setTimeout(120_000);

const NAMES = ['columns reordered', 'a 32 767-character cell', '#REF! in a derived cell', 'a number typed as text in every number column'];

describeDamaged('Damaged cells through the command line: columns reordered, a 32 767-character cell, #REF! in a derived cell, numbers typed as text', CASES.filter(([name]) => NAMES.includes(name)));

it('runs every case it names', () => {
  expect(CASES.filter(([name]) => NAMES.includes(name)).length).toBe(NAMES.length);
});
