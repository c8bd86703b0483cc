import { EXAMPLE, runCli } from '../support/cli';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from '../../src/engine/money';
import type { ValidationReport } from '../../src/cli/validation-report';


const run = runCli;

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('plansheets validate on the Kaustinen example', () => {
  it('exits 0 and prints exactly one JSON object with the contract fields', async () => {
    const { code, stdout, stderr } = await run('validate', EXAMPLE, '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as ValidationReport;
    expect(Object.keys(report)).toEqual(['summary', 'shares', 'findings']);
    expect(Object.keys(report.summary).sort()).toEqual(
      ['organisation', 'budgetYear', 'planYears', 'municipalities', 'teams', 'goals', 'actions', 'metrics', 'councilSeats', 'councilSize', 'progress'].sort(),
    );
    expect(report.summary).toMatchObject({ organisation: 'Kaustisen seutukunta', budgetYear: 2026, municipalities: 5, councilSeats: 15, councilSize: 15 });
    expect(report.summary.planYears).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const key of ['teams', 'goals', 'actions', 'metrics'] as const) expect(typeof report.summary[key]).toBe('number');
  });

  it('gives the progress of the plan: the example reports no statuses and no metric values, so none has progress (null, not 0 %)', async () => {
    const { progress } = (JSON.parse((await run('validate', EXAMPLE, '--format', 'json')).stdout) as ValidationReport).summary;
    expect(progress.plan).toEqual({ done: 0, counted: 0, percent: null });
    expect(progress.teams).toHaveLength(6);
    expect(progress.goals).toHaveLength(43);
    expect([...progress.teams, ...progress.goals].every((p) => p.counted === 0 && p.percent === null)).toBe(true);
    expect(progress.metrics).toEqual({ reached: 0, notReached: 0, noData: 0, values: [] });
  });

  it('gives shares as decimal strings that sum exactly to the municipal funding', async () => {
    const report = JSON.parse((await run('validate', EXAMPLE, '--format', 'json')).stdout) as ValidationReport;
    expect(report.shares.map((s) => s.municipality)).toEqual(['Halsua', 'Kaustinen', 'Lestijärvi', 'Toholampi', 'Veteli']);
    for (const share of report.shares) {
      expect(share.amount).toMatch(/^\d+\.\d{2}$/);
      expect(share.previousAmount).toBeNull();
      expect(share.change).toBeNull();
    }
    const total = report.shares.reduce((acc, s) => acc.plus(s.amount), new Decimal(0));
    expect(total.toFixed(2)).toBe('1003733.00');
  });

  it("reports the seed's own gaps as warnings, among them a goal without a metric", async () => {
    const report = JSON.parse((await run('validate', EXAMPLE, '--format', 'json')).stdout) as ValidationReport;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const rules = new Set(report.findings.filter((f) => f.severity === 'warning').map((f) => f.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['goal.no-metric', 'document.section-pending', 'narrative.unverifiable']));
    for (const finding of report.findings) expect(finding.location).toHaveProperty('path');
  });

  it.each([
    ['fi', 'Kuntaosuudet 2026:', 'Varoitukset (', '1 003 733,00 €'],
    ['en', 'Municipal contributions 2026:', 'Warnings (', '€1,003,733.00'],
  ])('prints a text report for people in %s', async (lang, sharesHeading, warningsHeading, total) => {
    const { code, stdout } = await run('validate', EXAMPLE, '--lang', lang);
    expect(code).toBe(0);
    expect(stdout).toContain(sharesHeading);
    expect(stdout).toContain(warningsHeading);
    expect(stdout).toContain(total);
    // Errors come before warnings, warnings before notes.
    const order = lang === 'fi' ? ['Virheet (', 'Varoitukset (', 'Huomiot ('] : ['Errors (', 'Warnings (', 'Notes ('];
    const positions = order.map((h) => stdout.indexOf(h));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('plansheets validate exit codes', () => {
  it('exits 1 when the plan has errors, and names the finding', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    plan.council.declaredSize = 16;
    const file = tempFile('wrong-size.json', JSON.stringify(plan));
    const { code, stdout } = await run('validate', file, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ValidationReport;
    expect(report.findings[0]).toMatchObject({ rule: 'council.seats', severity: 'error', location: { path: '$.council.declaredSize' } });
  });

  it.each([
    ['no file', ['validate'], /puuttuu <plan.json\|workbook.xlsx>/],
    ['a missing file', ['validate', '/nonexistent/plan.json'], /tiedostoa \/nonexistent\/plan.json ei löydy/],
    ['an unknown option', ['validate', EXAMPLE, '--colour'], /tuntematon valitsin --colour/],
    ['a bad format', ['validate', EXAMPLE, '--format', 'xml'], /"xml" ei kelpaa; sallitut: text, json/],
    ['an unknown command', ['frobnicate'], /tuntematon komento "frobnicate"/],
    ['an extra argument', ['validate', EXAMPLE, 'other.json'], /ylimääräinen argumentti "other.json"/],
  ])('exits 2 with one line on stderr for %s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['invalid JSON', '{"schemaVersion": 1,,}', /virhe rivillä 1, sarakkeessa 21/],
    ['an empty file', '', /Tiedosto on tyhjä/],
    ['a JSON array', '[]', /\$: Väärä tyyppi: odotettiin objektia, mutta arvo on lista/],
    ['a future schema version', '{"schemaVersion": 2}', /tarvitsee uudemman PlanSheetsin: tiedoston schemaVersion on 2/],
    ['a schema version before the first', '{"schemaVersion": 0}', /schemaVersion 0 ei ole mikään PlanSheetsin versio/],
  ])('exits 2 naming what is wrong for %s', async (_name, content, message) => {
    const { code, stderr } = await run('validate', tempFile('bad.json', content));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('speaks English with --lang en, also for usage errors', async () => {
    const { code, stderr } = await run('validate', '/nonexistent/plan.json', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toMatch(/file \/nonexistent\/plan.json not found/);
  });
});
