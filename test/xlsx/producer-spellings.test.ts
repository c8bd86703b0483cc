import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookGrid } from '../../src/app/read-workbook-grid';
import { recalculate } from '../../src/xlsx/libreoffice';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { EXAMPLE, runCli } from '../support/cli';
import { defaultNamespaces, editPackage, extraParts, macroEnabled, savedByOpenpyxl, sdkPrefixed } from '../support/producer-spellings';

/**
 * A built workbook written back by other producers reads as the same plan
 * and rebuilds: how a producer spells valid XML, and the parts it or a
 * person adds, never make the workbook unreadable (exceljs#2591: a drawing
 * without the xdr: prefix crashed ExcelJS; openpyxl writes such drawings).
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'plansheets-producers-'));
const files = new Map<string, string>();
let original: Buffer;

/** Kunnat has no drawing of its own; C9:C13 are its populations. */
const withExtras = extraParts('Kunnat', 'C9:C13');

const SPELLINGS: Array<[string, string, (file: Buffer, path: string) => Promise<Buffer>]> = [
  ['saved by openpyxl (drawings without xdr:, inline strings)', 'openpyxl.xlsx', async (file) => savedByOpenpyxl(file)],
  [
    'saved by LibreOffice Calc',
    'libreoffice.xlsx',
    async (_file, path) => {
      const out = join(dir, 'libreoffice.xlsx');
      await recalculate(path, out);
      return readFileSync(out);
    },
  ],
  ['with the Open XML SDK x: prefix on every SpreadsheetML part', 'sdk-prefixed.xlsx', (file) => editPackage(file, sdkPrefixed)],
  ['with default namespaces in drawings and charts and another relationships prefix', 'default-namespaces.xlsx', (file) => editPackage(file, defaultNamespaces)],
  ['with a picture, a chart, comments and a pivot table added', 'extra-parts.xlsx', (file) => editPackage(file, withExtras)],
  ['as a macro-enabled .xlsm with a VBA project part', 'macros.xlsm', (file) => editPackage(file, macroEnabled)],
  ['saved by openpyxl after parts were added', 'extras-openpyxl.xlsx', async (file) => savedByOpenpyxl(await editPackage(file, withExtras))],
];

beforeAll(async () => {
  const built = join(dir, 'built.xlsx');
  const build = await runCli('build', EXAMPLE, '-o', built);
  if (build.code !== 0) throw new Error(build.stderr);
  original = readFileSync(built);
  for (const [, name, make] of SPELLINGS) {
    const path = join(dir, name);
    writeFileSync(path, await make(original, built));
    files.set(name, path);
  }
});

async function readPlanOf(file: Buffer) {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(`${read.reason}: ${read.detail}`);
  const reading = readWorkbookGrid(read.grid);
  if (!reading.ok) throw new Error(JSON.stringify(reading.findings));
  return reading;
}

describe('workbooks from other producers', () => {
  it.each(SPELLINGS.map(([what, name]) => [what, name]))('%s: reads as the same plan with the same findings', async (_what, name) => {
    const expected = await readPlanOf(original);
    const reading = await readPlanOf(readFileSync(files.get(name) as string));
    expect(reading.plan).toEqual(expected.plan);
    expect(reading.findings.map((f) => [f.rule, f.location])).toEqual(expected.findings.map((f) => [f.rule, f.location]));
  });

  it.each(SPELLINGS.map(([what, name]) => [what, name]))('%s: validates and rebuilds through the command line', async (_what, name) => {
    const path = files.get(name) as string;
    const validate = await runCli('validate', path, '--format', 'json');
    expect([validate.code, validate.stderr]).toEqual([0, '']);
    const rebuild = await runCli('build', path, '-o', join(dir, `rebuilt-${name.replace(/\.xlsm$/, '.xlsx')}`), '--lang', 'en');
    expect([rebuild.code, rebuild.stderr]).toEqual([0, '']);
    expect(rebuild.stdout).toMatch(/Workbook written: /);
  });

  it('says on a rebuild what the added parts are that it does not carry over', async () => {
    const rebuild = await runCli('build', files.get('extra-parts.xlsx') as string, '-o', join(dir, 'rebuilt-extras.xlsx'), '--lang', 'en');
    expect(rebuild.code).toBe(0);
    const notes = rebuild.stdout.split('\n').filter((line) => line.startsWith('Note:'));
    expect(notes).toEqual([
      expect.stringMatching(/the sheet "Kunnat" has a chart \("Oma kaavio"\)/),
      expect.stringMatching(/the sheet "Kunnat" has a picture/),
      expect.stringMatching(/the sheet "Kunnat" has 2 comments/),
      expect.stringMatching(/the sheet "Pivot" was not made by PlanSheets/),
      expect.stringMatching(/the sheet "Pivot" has a pivot table/),
    ]);
  });

  it('says on a rebuild of an .xlsm that the VBA project is not carried over', async () => {
    const rebuild = await runCli('build', files.get('macros.xlsm') as string, '-o', join(dir, 'rebuilt-macros.xlsx'), '--lang', 'en');
    expect(rebuild.code).toBe(0);
    expect(rebuild.stdout).toMatch(/Note: the workbook's macros \(VBA project\) are not carried into the new workbook/);
  });
});
