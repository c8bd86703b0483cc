import { EXAMPLE, runCli, type CliRun } from '../support/cli';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ValidationReport } from '../../src/cli/validation-report';
import { address } from '../../src/layout/a1';
import { contributionsOf } from '../support/layouts';
import { COUNCIL_RULE_ROWS, COUNCIL_VALUE_COLUMN } from '../../src/layout/schema/council-rule-cells';
import { parsePlanText } from '../../src/model/parse-plan';
import type { Plan } from '../../src/model/plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { editWorkbook, type WorkbookEditor } from '../support/edit-workbook';

/**
 * `plansheets validate` on workbooks damaged the ways files get damaged: by
 * edits in Excel (a column deleted, a sheet renamed, text where a number
 * belongs, a formula typed over) and on their way (empty, not an .xlsx at
 * all, truncated, corrupted). Each gives findings at their cells, or exit 2
 * with one line on stderr; never a stack trace.
 */

jest.setTimeout(60_000);

const DECLARED_SIZE_CELL = address(COUNCIL_VALUE_COLUMN, COUNCIL_RULE_ROWS.declaredSize);

function examplePlan(): Plan {
  const parsed = parsePlanText(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.plan;
}


const run = runCli;

let dir: string;
let base: string;
let count = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plansheets-damaged-'));
  base = join(dir, 'kaustinen-2026.xlsx');
  expect(await run('build', EXAMPLE, '-o', base)).toMatchObject({ code: 0, stderr: '' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(): string {
  count += 1;
  return join(dir, `damaged-${count}.xlsx`);
}

/** The base workbook edited in Excel's ways. */
async function edited(edit: (editor: WorkbookEditor) => void): Promise<string> {
  const target = file();
  await editWorkbook(base, target, edit);
  return target;
}

/** A file of these bytes, named .xlsx. */
async function bytes(content: () => Buffer | Promise<Buffer>): Promise<string> {
  const target = file();
  writeFileSync(target, await content());
  return target;
}

/** The base workbook's package with its parts changed. */
async function repackaged(change: (zip: JSZip) => Promise<void> | void): Promise<string> {
  return bytes(async () => {
    const zip = await JSZip.loadAsync(readFileSync(base));
    await change(zip);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  });
}

/** The package with 200 bytes of one entry's compressed data flipped (found by its local file header). */
function corrupted(zip: Buffer, entry: string): Buffer {
  const damaged = Buffer.from(zip);
  const name = damaged.indexOf(Buffer.from(entry, 'utf8'));
  const header = name - 30;
  expect(damaged.readUInt32LE(header)).toBe(0x04034b50);
  const data = name + damaged.readUInt16LE(header + 26) + damaged.readUInt16LE(header + 28);
  for (let i = data + 100; i < data + 300; i += 1) damaged[i] = (damaged[i] as number) ^ 0x5a;
  return damaged;
}

/** Where a table column's cell stands on its sheet, as the editor finds it: the row whose `key` column holds `id`. */
function cellOf(e: WorkbookEditor, table: string, key: string, id: string | number, header: string): string {
  return address(e.column(table, header), e.rowWhere(table, key, id));
}

/** Nothing on stderr but at most one line, and no stack frame anywhere. */
function expectNoTrace({ stdout, stderr }: CliRun): void {
  expect(stderr.trimEnd().split('\n').filter((line) => line !== '').length).toBeLessThanOrEqual(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(`${stdout}${stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

interface ExpectedFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  cell: string;
}

describe('validate on a workbook damaged in Excel reports findings at their cells', () => {
  const cases: Array<[string, (e: WorkbookEditor, at: (finding: ExpectedFinding) => void) => void, number]> = [
    [
      'the Huomautus column deleted from the Municipalities table',
      (e, at) => {
        e.deleteTableColumn('Municipalities', 'Huomautus');
        at({ rule: 'workbook.column-missing', severity: 'error', sheet: 'Kunnat', cell: 'A8' });
      },
      1,
    ],
    [
      'the calculated Valtuustopaikat column deleted from the Municipalities table',
      (e, at) => {
        e.deleteTableColumn('Municipalities', 'Valtuustopaikat');
        at({ rule: 'workbook.column-missing', severity: 'error', sheet: 'Kunnat', cell: 'A8' });
      },
      1,
    ],
    [
      'text in a population cell ("noin tuhat")',
      (e, at) => {
        const cell = cellOf(e, 'Municipalities', 'Tunnus', 'halsua', 'Asukasluku');
        e.set('Kunnat', cell, 'noin tuhat');
        at({ rule: 'workbook.not-a-number', severity: 'error', sheet: 'Kunnat', cell });
      },
      1,
    ],
    [
      'a council seats cell on Kunnat typed over with a number (a warning, exit 0)',
      (e, at) => {
        const cell = cellOf(e, 'Municipalities', 'Tunnus', 'halsua', 'Valtuustopaikat');
        e.set('Kunnat', cell, 1);
        at({ rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Kunnat', cell });
      },
      0,
    ],
    [
      'a population share cell on Kunnat cleared',
      (e, at) => {
        const cell = cellOf(e, 'Municipalities', 'Tunnus', 'veteli', 'Väestöosuus');
        e.set('Kunnat', cell, null);
        at({ rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Kunnat', cell });
      },
      0,
    ],
    [
      'a budget check cell on Talousarvio typed over with 0',
      (e, at) => {
        const cell = cellOf(e, 'BudgetYears', 'Vuosi', 2026, 'Tarkistus');
        e.set('Talousarvio', cell, 0);
        at({ rule: 'workbook.formula-overwritten', severity: 'warning', sheet: 'Talousarvio', cell });
      },
      0,
    ],
    [
      'Kunnat renamed "Kunnat 2026", and a population changed on it',
      (e, at) => {
        e.renameSheet('Kunnat', 'Kunnat 2026');
        e.set('Kunnat 2026', cellOf(e, 'Municipalities', 'Tunnus', 'veteli', 'Asukasluku'), 3004);
        at({ rule: 'council.seats', severity: 'error', sheet: 'Kunnat 2026', cell: DECLARED_SIZE_CELL });
      },
      1,
    ],
  ];

  it.each(cases)('%s', async (_title, damage, exitCode) => {
    const expected: ExpectedFinding[] = [];
    const target = await edited((e) => damage(e, (finding) => expected.push(finding)));
    const result = await run('validate', target, '--format', 'json');
    expectNoTrace(result);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(exitCode);
    const report = JSON.parse(result.stdout) as ValidationReport;
    for (const { rule, severity, sheet, cell } of expected) {
      expect(report.findings).toContainEqual(expect.objectContaining({ rule, severity, location: { sheet, cell } }));
    }
    // Every finding points at a cell of a sheet that the workbook has.
    const read = await readWorkbook(readFileSync(target));
    if (!read.ok) throw new Error(read.detail);
    const sheets = read.grid.sheets.map((s) => s.name);
    for (const finding of report.findings) {
      expect(finding.location).toEqual({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]{1,3}\d+$/) });
      expect(sheets).toContain((finding.location as { sheet: string }).sheet);
    }
  });

  it('a sheet renamed alone ("Kunnat 2026") is still read through its table, with no finding and exit 0', async () => {
    const target = await edited((e) => e.renameSheet('Kunnat', 'Kunnat 2026'));
    const result = await run('validate', target, '--format', 'json');
    expectNoTrace(result);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(report.findings.filter((f) => f.rule.startsWith('workbook.') || f.severity === 'error')).toEqual([]);
    expect(report.summary).toMatchObject({ municipalities: 5, councilSeats: 15, councilSize: 15 });
  });

  it('a table part missing from the package: the table is read from its header row (info), exit 0', async () => {
    const target = await repackaged(async (zip) => {
      for (const path of Object.keys(zip.files).filter((p) => p.startsWith('xl/tables/'))) {
        const xml = await zip.file(path)?.async('string');
        if (xml?.includes('name="Actions"')) zip.remove(path);
      }
    });
    const result = await run('validate', target, '--format', 'json');
    expectNoTrace(result);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'workbook.table-by-header', severity: 'info', location: { sheet: 'Toimenpiteet', cell: 'A3' } }),
    );
  });

  /**
   * Kuntaosuudet's derived part is made anew by every rebuild: a share typed
   * over there is reported at its cell (as a warning: the plan is intact),
   * and the rebuild restores the formula.
   */
  it('a share cell on Kuntaosuudet typed over with a number: a warning at that cell, exit 0, and the rebuild makes it a formula again', async () => {
    const share = contributionsOf(examplePlan()).shares[0]!.matrixShare;
    const target = await edited((e) => {
      const sheet = e.worksheet('Kuntaosuudet');
      const value = sheet.getCell(share).value;
      expect(value).toEqual(expect.objectContaining({ formula: expect.any(String) }));
      sheet.getCell(share).value = 1000;
    });
    const result = await run('validate', target, '--format', 'json');
    expectNoTrace(result);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ValidationReport;
    expect(report.findings.filter((f) => 'sheet' in f.location && f.location.sheet === 'Kuntaosuudet')).toEqual([
      expect.objectContaining({ rule: 'workbook.formula-overwritten', severity: 'warning', location: { sheet: 'Kuntaosuudet', cell: share } }),
    ]);

    const out = target.replace(/\.xlsx$/, '-rebuilt.xlsx');
    const rebuilt = await run('build', target, '-o', out);
    expect(rebuilt.code).toBe(0);
    const read = await readWorkbook(readFileSync(out));
    if (!read.ok) throw new Error(read.detail);
    expect(read.grid.sheets.find((s) => s.name === 'Kuntaosuudet')?.cells[share]?.formula).toEqual(expect.any(String));
  });
});

describe('validate on a file that gives no plan exits 2 with one line on stderr', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['an empty file', () => bytes(() => Buffer.alloc(0)), /ei ole luettava Excel-työkirja \(\.xlsx\): tiedosto on tyhjä$/],
    ['a text file renamed .xlsx', () => bytes(() => Buffer.from('Kuntaosuudet 2026\nHalsua 112 711,11\n')), /ei ole luettava Excel-työkirja \(\.xlsx\): tiedosto ei ole \.xlsx-työkirja/],
    ['the example plan (.json) renamed .xlsx', () => bytes(() => readFileSync(EXAMPLE)), /ei ole luettava Excel-työkirja \(\.xlsx\): tiedosto ei ole \.xlsx-työkirja/],
    [
      'a zip that is not a workbook',
      () =>
        bytes(async () => {
          const zip = new JSZip();
          zip.file('liitteet/lue-minut.txt', 'Ei työkirja');
          return zip.generateAsync({ type: 'nodebuffer' });
        }),
      /ei ole luettava Excel-työkirja \(\.xlsx\): tiedosto ei ole \.xlsx-työkirja/,
    ],
    [
      'an Excel 97–2003 file renamed .xlsx',
      () => bytes(() => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
      /ei ole luettava Excel-työkirja \(\.xlsx\): tiedosto ei ole \.xlsx-työkirja \(vanha \.xls/,
    ],
    ['a truncated .xlsx (its first half)', () => bytes(() => readFileSync(base).subarray(0, readFileSync(base).length >> 1)), /työkirja on vaurioitunut/],
    ['a .xlsx without its last 100 bytes', () => bytes(() => readFileSync(base).subarray(0, readFileSync(base).length - 100)), /työkirja on vaurioitunut/],
    [
      "a .xlsx with corrupted bytes inside a sheet's compressed data",
      () => bytes(() => corrupted(readFileSync(base), 'xl/worksheets/sheet7.xml')),
      /työkirja on vaurioitunut/,
    ],
    [
      'a sheet part that is not well-formed XML',
      () =>
        repackaged(async (zip) => {
          const path = 'xl/worksheets/sheet7.xml';
          const xml = (await zip.file(path)?.async('string')) ?? '';
          zip.file(path, xml.slice(0, xml.length >> 1));
        }),
      /työkirja on vaurioitunut/,
    ],
    [
      'the Asukasluku column deleted from the Municipalities table',
      () => edited((e) => e.deleteTableColumn('Municipalities', 'Asukasluku')),
      /ei saa suunnitelmaa: Kunnat!A8: Taulukosta Municipalities \(Kunnat\) puuttuu sarake "Asukasluku"/,
    ],
    [
      'the council size typed as text ("viisitoista")',
      () => edited((e) => e.set('Kunnat', DECLARED_SIZE_CELL, 'viisitoista')),
      new RegExp(`ei saa suunnitelmaa: Kunnat!${DECLARED_SIZE_CELL}: .*"viisitoista", joka ei ole luku`),
    ],
    [
      'the hidden PlanSheets sheet renamed',
      () => edited((e) => e.renameSheet('PlanSheets', 'Tiedot')),
      /ei saa suunnitelmaa: PlanSheets!A1: Piilotettu välilehti PlanSheets puuttuu/,
    ],
    [
      "the plan metadata's JSON cut short",
      () => edited((e) => e.set('PlanSheets', 'A2', '{"format": "plansheets-metadata", "version": 1, "schema')),
      /ei saa suunnitelmaa: PlanSheets!A2: .*ei kelvollista JSONia/,
    ],
  ];

  it.each(cases)('%s', async (_title, make, message) => {
    const result = await run('validate', await make(), '--format', 'json');
    expectNoTrace(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plansheets: /);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.endsWith('\n')).toBe(true);
  });
});
