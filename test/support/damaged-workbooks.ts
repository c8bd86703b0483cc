import { createDeflateRaw } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ValidationReport } from '../../src/cli/validation-report';
import { EXAMPLE, runCli } from './cli';
import { editWorkbook } from './edit-workbook';

/**
 * Workbooks damaged the ways they get damaged, each made by code from the
 * built example (test/cli/damaged-*.test.ts run them through `plansheets
 * validate` and a rebuild): each must give a finding at a cell or one clear
 * line (exit 2), never a stack trace.
 */

const dir = mkdtempSync(join(tmpdir(), 'plansheets-damaged-'));
const built = join(dir, 'built.xlsx');

/** Builds the example workbook the cases are made from; once per test file. */
export async function buildExample(): Promise<void> {
  const run = await runCli('build', EXAMPLE, '-o', built);
  if (run.code !== 0) throw new Error(run.stderr);
}

async function editXml(target: string, edits: Record<string, (xml: string) => string>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(built));
  for (const [path, edit] of Object.entries(edits)) zip.file(path, edit(await (zip.file(path) as JSZip.JSZipObject).async('string')));
  writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Kunnat is xl/worksheets/sheet2.xml with the table Municipalities (A8:G13) in xl/tables/table1.xml. */
const KUNNAT = 'xl/worksheets/sheet2.xml';
const MUNICIPALITIES = 'xl/tables/table1.xml';

/** A zip whose one entry says it unpacks to 4 GB. */
function declaredBomb(): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = Buffer.from([0x03, 0x00]);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(0xfffffffe, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(0xfffffffe, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** The built workbook with a shared strings part that declares 1 KB but inflates to 110 MB of spaces. */
async function lyingBomb(): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < 110; i += 1) deflater.write(block);
  deflater.end();
  await done;
  const compressed = Buffer.concat(chunks);
  // Swap the compressed bytes into a one-entry package by hand: JSZip would record the true size.
  const name = Buffer.from('xl/sharedStrings.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(1024, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + compressed.length, 16);
  return Buffer.concat([local, name, compressed, central, name, end]);
}

/**
 * An encrypted workbook's outer shape as Excel and LibreOffice write it: an
 * OLE compound file whose directory holds the streams EncryptionInfo and
 * EncryptedPackage. The streams are left empty: the reader looks only at
 * the signature and the stream names, never decrypts.
 */
function encryptedShape(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(0x1000, 56);
  header.writeInt32LE(-2, 60);
  header.writeInt32LE(-2, 68);
  for (let i = 0; i < 109; i += 1) header.writeInt32LE(i === 0 ? 0 : -1, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeInt32LE(-3, 0);
  fat.writeInt32LE(-2, 4);
  const directory = Buffer.alloc(512);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((entryName, i) => {
    const at = i * 128;
    const nameBytes = Buffer.from(`${entryName}\0`, 'utf16le');
    nameBytes.copy(directory, at);
    directory.writeUInt16LE(nameBytes.length, at + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 66);
    directory.writeInt32LE(-1, at + 68);
    directory.writeInt32LE(i === 1 ? 2 : -1, at + 72);
    directory.writeInt32LE(i === 0 ? 1 : -1, at + 76);
    directory.writeInt32LE(-2, at + 116);
  });
  return Buffer.concat([header, fat, directory]);
}

export interface Outcome {
  /** line: the one line on stderr; findings: the workbook-reading findings [rule, cell]; samePlan: the report's figures are the built workbook's. */
  validate: { code: number; line?: RegExp; findings?: Array<[string, string]>; samePlan?: boolean };
  /** line: the one line on stderr; note: a line the rebuild says. */
  rebuild: { code: number; line?: RegExp; note?: RegExp };
}

export type DamagedCase = [string, (target: string) => Promise<void>, Outcome];

export const CASES: DamagedCase[] = [
  [
    'a table deleted (its cells left)',
    async (t) => {
      // As Excel's "Convert to Range": the table part and its links go, the cells stay.
      await editXml(t, {
        [KUNNAT]: (xml) => xml.replace(/<tableParts[\s\S]*<\/tableParts>/, ''),
        'xl/worksheets/_rels/sheet2.xml.rels': (xml) => xml.replace(/<Relationship [^>]*tables\/table1\.xml"\/>/, ''),
        '[Content_Types].xml': (xml) => xml.replace(/<Override PartName="\/xl\/tables\/table1\.xml"[^>]*\/>/, ''),
      });
      const zip = await JSZip.loadAsync(readFileSync(t));
      zip.remove(MUNICIPALITIES);
      writeFileSync(t, await zip.generateAsync({ type: 'nodebuffer' }));
    },
    { validate: { code: 0, findings: [['workbook.table-by-header', 'Kunnat!A8']], samePlan: true }, rebuild: { code: 0, note: /\[workbook.table-by-header\] Kunnat!A8: The table Municipalities is no longer an Excel table/ } },
  ],
  [
    'a header renamed',
    async (t) => {
      await editWorkbook(built, t, (e) => e.set('Kunnat', 'C8', 'Väkiluku'));
      const zip = await JSZip.loadAsync(readFileSync(t));
      const table = await (zip.file(MUNICIPALITIES) as JSZip.JSZipObject).async('string');
      zip.file(MUNICIPALITIES, table.replace('name="Asukasluku"', 'name="Väkiluku"'));
      writeFileSync(t, await zip.generateAsync({ type: 'nodebuffer' }));
    },
    { validate: { code: 2, line: /no plan can be read from the workbook .*: Kunnat!A8: The table Municipalities \(Kunnat\) has no column "Asukasluku"/ }, rebuild: { code: 2, line: /Kunnat!A8: The table Municipalities \(Kunnat\) has no column "Asukasluku"/ } },
  ],
  [
    'cells merged over a table',
    (t) => editXml(t, { [KUNNAT]: (xml) => xml.replace('<conditionalFormatting', '<mergeCells count="1"><mergeCell ref="B9:B10"/></mergeCells><conditionalFormatting') }),
    { validate: { code: 1, findings: [['workbook.required', 'Kunnat!B10']] }, rebuild: { code: 2, line: /is not rebuilt, because some of its rows or values would be left out: Kunnat!B10: The cell Kunnat!B10 \(column Kunta\) is empty/ } },
  ],
  [
    'columns reordered',
    async (t) => {
      await editWorkbook(built, t, (e) => {
        const table = e.table('Municipalities');
        for (let row = table.top; row <= table.bottom; row += 1) {
          const a = table.sheet.getCell(row, 1).value;
          table.sheet.getCell(row, 1).value = table.sheet.getCell(row, 2).value;
          table.sheet.getCell(row, 2).value = a;
        }
      });
      const zip = await JSZip.loadAsync(readFileSync(t));
      const table = await (zip.file(MUNICIPALITIES) as JSZip.JSZipObject).async('string');
      zip.file(MUNICIPALITIES, table.replace('name="Tunnus"', 'name="@@"').replace('name="Kunta"', 'name="Tunnus"').replace('name="@@"', 'name="Kunta"'));
      writeFileSync(t, await zip.generateAsync({ type: 'nodebuffer' }));
    },
    { validate: { code: 0, findings: [], samePlan: true }, rebuild: { code: 0 } },
  ],
  [
    '10 000 blank rows in a table',
    (t) => editXml(t, { [MUNICIPALITIES]: (xml) => xml.replace(/A8:G13/g, 'A8:G10013') }),
    { validate: { code: 0, findings: [], samePlan: true }, rebuild: { code: 0 } },
  ],
  [
    'a 32 767-character cell',
    (t) => editWorkbook(built, t, (e) => e.set('Kunnat', 'G9', 'x'.repeat(32_767))),
    { validate: { code: 0, findings: [], samePlan: true }, rebuild: { code: 0 } },
  ],
  [
    '#REF! in a derived cell',
    (t) =>
      editWorkbook(built, t, (e) => {
        const sheet = e.worksheet('Kuntaosuudet');
        let done = false;
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (!done && cell.formula) {
              cell.value = { formula: '#REF!', result: { error: '#REF!' } } as never;
              done = true;
            }
          }),
        );
      }),
    { validate: { code: 0, findings: [['workbook.formula-broken', 'Kuntaosuudet!C4']] }, rebuild: { code: 0, note: /\[workbook.formula-broken\] Kuntaosuudet!C4: .*Restore the formula: =O31/ } },
  ],
  [
    'a number typed as text in every number column',
    (t) =>
      editWorkbook(built, t, (e) => {
        for (const name of ['Kunnat', 'Talousarvio', 'Kustannuserät', 'Mittarit']) {
          e.worksheet(name).eachRow((row) =>
            row.eachCell((cell) => {
              if (typeof cell.value === 'number' && Number(cell.row) > 1) cell.value = String(cell.value);
            }),
          );
        }
      }),
    { validate: { code: 0, findings: [], samePlan: true }, rebuild: { code: 0 } },
  ],
  ['a password-protected (encrypted) file', async (t) => writeFileSync(t, encryptedShape()), { validate: { code: 2, line: /: the workbook is password-protected \(encrypted\), so PlanSheets cannot read it: remove the password/ }, rebuild: { code: 2, line: /password-protected/ } }],
  ['a zip bomb that declares its size', async (t) => writeFileSync(t, declaredBomb()), { validate: { code: 2, line: /: the file unpacks to more than the 100 MB PlanSheets reads of a workbook; it was not unpacked/ }, rebuild: { code: 2, line: /more than the 100 MB/ } }],
  ['a zip bomb that hides its size', async (t) => writeFileSync(t, await lyingBomb()), { validate: { code: 2, line: /: the file unpacks to more than the 100 MB PlanSheets reads of a workbook; it was not unpacked/ }, rebuild: { code: 2, line: /more than the 100 MB/ } }],
  [
    'a DOCTYPE with an external entity',
    (t) =>
      editXml(t, {
        'xl/sharedStrings.xml': (xml) =>
          xml.replace('<sst ', '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]><sst ').replace('<t>Tunnus</t>', '<t>&xxe;</t>'),
      }),
    {
      validate: { code: 2, line: /: its part xl\/sharedStrings.xml has a document type declaration \(DOCTYPE\), which Excel never writes; the file is not read, and nothing in it was expanded or fetched/ },
      rebuild: { code: 2, line: /DOCTYPE/ },
    },
  ],
];

/** Runs the cases through `plansheets validate` and a rebuild and checks each outcome. */
export function describeDamaged(title: string, cases: readonly DamagedCase[]): void {
  describe(title, () => {
    let original: ValidationReport;
    beforeAll(async () => {
      await buildExample();
      original = JSON.parse((await runCli('validate', built, '--format', 'json', '--lang', 'en')).stdout) as ValidationReport;
    });

    it.each(cases)('%s', async (name, make, outcome) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
      await make(file);
      const validate = await runCli('validate', file, '--format', 'json', '--lang', 'en');
      const rebuild = await runCli('build', file, '-o', join(dir, 'rebuilt.xlsx'), '--lang', 'en');
      for (const run of [validate, rebuild]) {
        expect(run.stderr).not.toMatch(/\n\s+at |internal error|TypeError|RangeError/);
        expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
      }
      expect(validate.code).toBe(outcome.validate.code);
      if (outcome.validate.line) {
        expect(validate.stderr).toMatch(outcome.validate.line);
        expect(validate.stdout).toBe('');
      } else {
        const report = JSON.parse(validate.stdout) as ValidationReport;
        const reading = report.findings.filter((f) => f.rule.startsWith('workbook.'));
        const at = (f: ValidationReport['findings'][number]): [string, string] => [f.rule, 'sheet' in f.location ? `${f.location.sheet}!${f.location.cell}` : ''];
        if (outcome.validate.findings) expect(reading.map(at)).toEqual(outcome.validate.findings);
        if (outcome.validate.samePlan) expect([report.summary, report.shares]).toEqual([original.summary, original.shares]);
      }
      expect(rebuild.code).toBe(outcome.rebuild.code);
      if (outcome.rebuild.line) expect(rebuild.stderr).toMatch(outcome.rebuild.line);
      if (outcome.rebuild.note) expect(rebuild.stdout).toMatch(outcome.rebuild.note);
      if (outcome.rebuild.code === 0) expect(rebuild.stdout).toMatch(/Workbook written: /);
    });
  });
}
