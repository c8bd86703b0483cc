import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recalculate } from '../../src/xlsx/libreoffice';
import { describeSpellings, editPackage, extraParts, savedByOpenpyxl, type Spelling } from '../support/producer-spellings';

/**
 * The built workbook opened and saved by other programs reads as the same
 * plan and rebuilds: openpyxl writes drawings without the xdr: prefix (on
 * which ExcelJS 4.4 crashed, exceljs#2591) and inline strings; LibreOffice
 * Calc writes its own spelling of every part. Each program runs once, in
 * the suite's beforeAll.
 */

jest.setTimeout(180_000);

const SPELLINGS: Spelling[] = [
  ['saved by openpyxl', 'openpyxl.xlsx', async (file) => savedByOpenpyxl(file)],
  [
    'saved by LibreOffice Calc',
    'libreoffice.xlsx',
    async (_file, path) => {
      const out = join(path, '..', 'libreoffice.xlsx');
      await recalculate(path, out);
      return readFileSync(out);
    },
  ],
  ['saved by openpyxl after a picture, a chart, comments and a pivot table were added', 'extras-openpyxl.xlsx', async (file) => savedByOpenpyxl(await editPackage(file, extraParts('Kunnat', 'C9:C13')))],
];

describeSpellings('workbooks saved by other programs', SPELLINGS);
