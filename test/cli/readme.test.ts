import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentedRules, rulesMarkdownTable } from '../../src/cli/rule-catalogue';
import { LANGUAGES } from '../../src/model/language';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README.md', () => {
  it('documents every rule, exactly as `plansheets rules --lang en` lists them (run `npm run docs` to update)', () => {
    const between = README.slice(README.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, README.indexOf('<!-- rules:end -->'));
    expect(between.trim()).toBe(rulesMarkdownTable(documentedRules(), 'en'));
  });

  it('has unique rule ids, each described in every language', () => {
    const rules = documentedRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
      for (const language of LANGUAGES) expect(rule.description[language].trim()).not.toBe('');
    }
  });

  it('lists the languages', () => {
    expect(README).toMatch(/\*\*Languages:\*\* Finnish \(`fi`\), Swedish \(`sv`\) and English \(`en`\)/);
    expect(LANGUAGES).toEqual(['fi', 'sv', 'en']);
  });

  it('documents the progress figures: how they are counted, and summary.progress with each of its fields', () => {
    expect(README).toContain('### Progress of the plan (toteutumisaste)');
    expect(README).toContain('`summary.progress`');
    for (const field of ['"plan"', '"teams"', '"goals"', '"metrics"', '"done"', '"counted"', '"percent"', '"reached"', '"notReached"', '"noData"']) {
      expect(README).toContain(field);
    }
    for (const status of ['`done`', '`planned`', '`inProgress`', '`cancelled`']) expect(README).toContain(status);
  });

  it.each(['npm ci', 'npm run demo', 'npx plansheets validate <plan.json|workbook.xlsx>', 'npm test'])('gives the command `%s`', (command) => {
    expect(README).toContain(command);
  });
});
