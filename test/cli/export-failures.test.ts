import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { EXAMPLE, runCli } from '../support/cli';
import { fakeSoffice, fakeSofficePids, runningAfter } from '../support/fake-soffice';

/**
 * LibreOffice hanging or crashing: export stops it and everything it
 * started, says so in one line, exits 2, and leaves the target as it was.
 */
const dir = mkdtempSync(join(tmpdir(), 'plansheets-export-fail-'));
const path = process.env.PATH;
const variable = process.env.PLANSHEETS_SOFFICE_TIMEOUT;

afterEach(() => {
  process.env.PATH = path;
  if (variable === undefined) delete process.env.PLANSHEETS_SOFFICE_TIMEOUT;
  else process.env.PLANSHEETS_SOFFICE_TIMEOUT = variable;
});

function withSoffice(folder: string): void {
  process.env.PATH = `${folder}${delimiter}${path}`;
}

describe('export when LibreOffice hangs', () => {
  it.each([
    ['--timeout', 'fi', ['--timeout', '1'], undefined, /^plansheets: PDF-vienti keskeytettiin: LibreOffice ei valmistunut 1 sekunnissa ja se pysäytettiin \(aikaraja on 90 s \+ 5 ms työkirjan solua kohden; .*--timeout <sekuntia>.*PLANSHEETS_SOFFICE_TIMEOUT\)\n$/],
    ['PLANSHEETS_SOFFICE_TIMEOUT', 'en', [], '1', /^plansheets: PDF export stopped: LibreOffice did not finish within 1 s and was stopped \(the limit is 90 s \+ 5 ms per cell of the workbook; .*\)\n$/],
  ])('stops it at the limit set by %s (%s): one line, exit 2, no process left, the old PDF kept', async (_how, lang, options, environment, message) => {
    const fake = fakeSoffice(join(dir, `hang-${lang}`), 'hangs');
    withSoffice(fake.folder);
    if (environment !== undefined) process.env.PLANSHEETS_SOFFICE_TIMEOUT = environment;
    const out = join(dir, `hang-${lang}`, 'out');
    mkdirSync(out);
    const pdf = join(out, 'appendices.pdf');
    const old = Buffer.from('%PDF-1.4 an older export\n');
    writeFileSync(pdf, old);

    const started = Date.now();
    const { code, stdout, stderr } = await runCli('export', EXAMPLE, '--pdf', pdf, '--lang', lang, ...options);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(Date.now() - started).toBeLessThan(15_000);
    const pids = fakeSofficePids(fake.pidFile);
    expect(pids).toHaveLength(2); // the launcher and its child
    expect(await runningAfter(pids)).toEqual([]);
    expect(readFileSync(pdf)).toEqual(old);
    expect(readdirSync(out)).toEqual(['appendices.pdf']);
  }, 30_000);
});

describe('export when LibreOffice crashes', () => {
  it('says what soffice said in one line, exits 2 and writes no PDF', async () => {
    const fake = fakeSoffice(join(dir, 'crash'), 'crashes');
    withSoffice(fake.folder);
    const pdf = join(dir, 'crash', 'appendices.pdf');
    const { code, stdout, stderr } = await runCli('export', EXAMPLE, '--pdf', pdf, '--lang', 'en');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^plansheets: PDF export failed: LibreOffice did not convert .* to pdf \(exit code null, output folder: empty\)\. soffice said: soffice\.bin: crashed\n$/);
    expect(existsSync(pdf)).toBe(false);
    expect(await runningAfter(fakeSofficePids(fake.pidFile))).toEqual([]);
  }, 30_000);
});

describe('export usage', () => {
  it.each([
    ['a time limit that is no number of seconds', ['--timeout', 'soon'], /export: --timeout "soon" ei kelpaa: anna kokonaiset sekunnit/],
    ['a time limit of zero', ['--timeout', '0'], /export: --timeout "0" ei kelpaa/],
  ])('exits 2 with one line for %s', async (_name, options, message) => {
    const { code, stderr } = await runCli('export', EXAMPLE, '--pdf', join(dir, 'x.pdf'), ...options);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('never writes the PDF over its own source', async () => {
    const source = join(dir, 'source.xlsx');
    writeFileSync(source, 'not really a workbook');
    const { code, stderr } = await runCli('export', source, '--pdf', source);
    expect(code).toBe(2);
    expect(stderr).toMatch(/PDF:ää ei kirjoiteta lähdetiedoston .*source\.xlsx päälle/);
    expect(readFileSync(source, 'utf8')).toBe('not really a workbook');
  });
});
