import { EXAMPLE, runCli } from '../support/cli';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'plansheets-build-'));

describe('plansheets build', () => {
  it('writes the workbook and says what it wrote', async () => {
    const out = join(dir, 'nested', 'kaustinen.xlsx');
    const { code, stdout, stderr } = await run('build', EXAMPLE, '-o', out);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Työkirja kirjoitettu: .*kaustinen\.xlsx \(12 välilehteä, \d+ kt, \d+,\d s\)\. Tarkistukset: 0 virhettä, 12 varoitusta, 0 huomiota\.\n$/);
    // An .xlsx is a zip package.
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    ['no output', ['build', EXAMPLE], /build: puuttuu -o <out.xlsx>/],
    ['no input', ['build', '-o', 'x.xlsx'], /build: puuttuu <plan.json\|workbook.xlsx>/],
    ['a plan that is not there', ['build', '/nonexistent/plan.json', '-o', join(dir, 'x.xlsx')], /tiedostoa \/nonexistent\/plan.json ei löydy/],
    ['an output over its own source', ['build', join(dir, 'same.xlsx'), '-o', join(dir, 'same.xlsx')], /ei kirjoiteta lähdetyökirjan .*same.xlsx päälle/],
  ])('exits 2 with one line for %s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('plansheets export without LibreOffice', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it.each([
    ['fi', /PDF-vientiin tarvitaan LibreOffice.*asenna Debian-paketti libreoffice-calc-nogui/],
    ['en', /exporting PDF needs LibreOffice.*install the Debian package libreoffice-calc-nogui/],
  ])('says what to install (%s), exits 2 and writes nothing', async (lang, message) => {
    process.env.PATH = join(dir, 'empty-path');
    const pdf = join(dir, `appendix-${lang}.pdf`);
    const { code, stdout, stderr } = await run('export', EXAMPLE, '--pdf', pdf, '--lang', lang);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(pdf)).toBe(false);
  });

  it('names the sheets a workbook has when --sheets asks for one it lacks', async () => {
    const { code, stderr } = await run('export', EXAMPLE, '--pdf', join(dir, 'x.pdf'), '--sheets', 'Liite 9');
    expect(code).toBe(2);
    expect(stderr).toMatch(/työkirjassa ei ole välilehteä "Liite 9"; välilehdet ovat: Yhteenveto, Kunnat, Talousarvio, /);
  }, 30_000);
});
