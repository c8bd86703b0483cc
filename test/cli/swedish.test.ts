import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedRules } from '../../src/cli/rule-catalogue';
import { runCli } from '../support/cli';

/**
 * `--lang sv` for every command: the Swedish example validated and built,
 * the rules table, usage errors and the export's messages, all in Swedish.
 * (The Swedish PDF itself is printed in test/integration/appendix-pdf.)
 */
const SWEDISH = join(__dirname, '..', '..', 'examples', 'exempelregionen-2026.plan.json');
const dir = mkdtempSync(join(tmpdir(), 'plansheets-sv-'));

describe('plansheets --lang sv', () => {
  it('validate prints a Swedish report with Swedish figures', async () => {
    const { code, stdout, stderr } = await runCli('validate', SWEDISH, '--lang', 'sv');
    expect([code, stderr]).toEqual([0, '']);
    for (const text of [
      'Kontrollerad: ',
      '4 kommuner · 4 team och avsnitt · 5 mål · 13 åtgärder (delåtgärder medräknade) · 8 mätare',
      'Fullmäktige: 19 platser enligt invånarantalen, angiven storlek 19',
      'Kommunandelar 2026:',
      '812 450,00 €',
      'Resultat: 0 fel, 0 varningar, 0 anmärkningar.',
    ]) {
      expect(stdout).toContain(text);
    }
    const order = ['Fel (', 'Varningar (', 'Anmärkningar ('].map((h) => stdout.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('validate --format json gives Swedish finding messages', async () => {
    const plan = JSON.parse(readFileSync(SWEDISH, 'utf8'));
    plan.council.declaredSize = 18;
    const file = join(dir, 'fel.plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const { code, stdout } = await runCli('validate', file, '--format', 'json', '--lang', 'sv');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'council.seats', message: expect.stringMatching(/^Fullmäktiges storlek anges till 18 ledamöter, men invånarantalen/) }),
    );
  });

  it('build writes a Swedish workbook and says so in Swedish', async () => {
    const out = join(dir, 'exempel.xlsx');
    const { code, stdout, stderr } = await runCli('build', SWEDISH, '-o', out, '--lang', 'sv');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Arbetsboken skriven: .*exempel\.xlsx \(12 blad, \d+ kB, \d+,\d s\)\. Kontroller: 0 fel, 0 varningar, 0 anmärkningar\.\n$/);
    expect(existsSync(out)).toBe(true);
    // The workbook read back is the Swedish plan: its sheets are found in Swedish.
    const again = await runCli('validate', out, '--lang', 'sv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Kommunandelar 2026:');
  }, 60_000);

  it('rules lists every rule with its Swedish meaning', async () => {
    const { code, stdout } = await runCli('rules', '--lang', 'sv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('| regel | allvarlighet | betydelse |');
    expect(lines.slice(2)).toHaveLength(documentedRules().length);
    expect(stdout).toContain('| `plan.period` | error | Planperioden ska börja med budgetåret');
    const json = await runCli('rules', '--format', 'json', '--lang', 'sv');
    const rules = JSON.parse(json.stdout) as Array<{ rule: string; description: string }>;
    expect(rules.find((r) => r.rule === 'goal.no-metric')?.description).toBe(
      'Ett mål har inga mätare, så dess måluppfyllelse kan inte följas upp.',
    );
  });

  it.each([
    ['a missing file', ['validate', '/nonexistent/plan.json', '--lang', 'sv'], /^plansheets: filen \/nonexistent\/plan.json finns inte\n$/],
    ['a missing output', ['build', SWEDISH, '--lang', 'sv'], /build: -o <out.xlsx> saknas; se plansheets --help/],
    ['an unknown option', ['rules', '--lang', 'sv', '--bogus'], /rules: okänt alternativ --bogus/],
  ])('usage errors speak Swedish: %s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('offers sv among the languages, and refuses one it does not speak', async () => {
    const { code, stderr } = await runCli('rules', '--lang', 'de');
    expect(code).toBe(2);
    // The language asked for is not one the CLI speaks, so the message is in Finnish, the default.
    expect(stderr).toMatch(/"de" ei kelpaa; sallitut: fi, sv, en/);
  });

  it('export without LibreOffice says what to install, in Swedish', async () => {
    const path = process.env.PATH;
    process.env.PATH = join(dir, 'empty-path');
    try {
      const pdf = join(dir, 'bilagor.pdf');
      const { code, stderr } = await runCli('export', SWEDISH, '--pdf', pdf, '--lang', 'sv');
      expect(code).toBe(2);
      expect(stderr).toMatch(/PDF-export kräver LibreOffice.*installera Debianpaketet libreoffice-calc-nogui/);
      expect(existsSync(pdf)).toBe(false);
    } finally {
      process.env.PATH = path;
    }
  });
});
