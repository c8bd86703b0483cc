import { CASES, describeDamaged } from '../support/damaged-workbooks';

/** Files that are no readable workbook through the command line: encrypted, zip bombs, a DOCTYPE */

jest.setTimeout(120_000);

const NAMES = ['a password-protected (encrypted) file', 'a zip bomb that declares its size', 'a zip bomb that hides its size', 'a DOCTYPE with an external entity'];

describeDamaged('Files that are no readable workbook through the command line: encrypted, zip bombs, a DOCTYPE', CASES.filter(([name]) => NAMES.includes(name)));

it('runs every case it names', () => {
  expect(CASES.filter(([name]) => NAMES.includes(name)).length).toBe(NAMES.length);
});
