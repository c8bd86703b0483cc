import { join } from 'node:path';
import { runCli } from '../support/cli';
import { defaultNamespaces, describeSpellings, editPackage, extraParts, macroEnabled, sdkPrefixed, type Spelling } from '../support/producer-spellings';

/**
 * A built workbook in other valid spellings, and with parts people add,
 * reads as the same plan and rebuilds (the files resaved by openpyxl and
 * LibreOffice are in producers-resaved.test.ts). A rebuild says what it
 * does not carry over.
 */

jest.setTimeout(120_000);

/** Kunnat has no drawing of its own; C9:C13 are its populations. */
const withExtras = extraParts('Kunnat', 'C9:C13');

const SPELLINGS: Spelling[] = [
  ['with the Open XML SDK x: prefix on every SpreadsheetML part', 'sdk-prefixed.xlsx', (file) => editPackage(file, sdkPrefixed)],
  ['with default namespaces in drawings and charts and another relationships prefix', 'default-namespaces.xlsx', (file) => editPackage(file, defaultNamespaces)],
  ['with a picture, a chart, comments, a pivot table and a chartsheet added', 'extra-parts.xlsx', (file) => editPackage(file, withExtras)],
  ['as a macro-enabled .xlsm with a VBA project part', 'macros.xlsm', (file) => editPackage(file, macroEnabled)],
];

const files = describeSpellings('workbooks in other spellings and with added parts', SPELLINGS);

describe('what a rebuild does not carry over', () => {
  it('names the added chart, picture, comments, pivot table and chartsheet', async () => {
    const source = files.get('extra-parts.xlsx') as string;
    const rebuild = await runCli('build', source, '-o', join(source, '..', 'rebuilt-extras.xlsx'), '--lang', 'en');
    expect(rebuild.code).toBe(0);
    const notes = rebuild.stdout.split('\n').filter((line) => line.startsWith('Note:'));
    expect(notes).toEqual([
      expect.stringMatching(/^Note: the sheet "Kunnat" has a chart \("Oma kaavio"\), not carried into the new workbook \(it is still in .*extra-parts.xlsx\)\.$/),
      expect.stringMatching(/^Note: the sheet "Kunnat" has a picture, not carried/),
      expect.stringMatching(/^Note: the sheet "Kunnat" has 2 comments, not carried/),
      expect.stringMatching(/^Note: the sheet "Pivot" was not made by PlanSheets/),
      expect.stringMatching(/^Note: the sheet "Pivot" has a pivot table, not carried/),
      expect.stringMatching(/^Note: the sheet "Kaaviolehti" has a chart \("Kaaviolehti"\), not carried/),
    ]);
  });

  it('says so in Finnish too', async () => {
    const source = files.get('extra-parts.xlsx') as string;
    const rebuild = await runCli('build', source, '-o', join(source, '..', 'rebuilt-extras-fi.xlsx'));
    expect(rebuild.stdout).toMatch(/Huomio: välilehden "Kunnat" sisältöä ei siirretty uuteen työkirjaan: kaavio \("Oma kaavio"\)/);
    expect(rebuild.stdout).toMatch(/Huomio: välilehden "Kunnat" sisältöä ei siirretty uuteen työkirjaan: 2 kommenttia/);
  });

  it("names an .xlsm's macros", async () => {
    const source = files.get('macros.xlsm') as string;
    const rebuild = await runCli('build', source, '-o', join(source, '..', 'rebuilt-macros.xlsx'), '--lang', 'en');
    expect(rebuild.code).toBe(0);
    expect(rebuild.stdout).toMatch(/Note: the workbook's macros \(VBA project\) are not carried into the new workbook, which is an \.xlsx/);
  });

  it("does not name PlanSheets' own charts", async () => {
    const source = files.get('sdk-prefixed.xlsx') as string;
    const rebuild = await runCli('build', source, '-o', join(source, '..', 'rebuilt-sdk.xlsx'), '--lang', 'en');
    expect(rebuild.stdout).not.toMatch(/Note:/);
  });
});
