import { workbookLayout } from '../support/layouts';
import { OPTIONAL_SHEETS, SHEET_NAMES, SHEET_ORDER } from '../../src/layout/schema/tables';
import type { WorkbookLayout } from '../../src/layout/workbook-layout';
import type { Finding } from '../../src/model/finding';
import { minimalPlan } from '../support/plan-builder';
import { examplePlan } from './sheets/sheet-queries';

const findings: Finding[] = [{ rule: 'x', severity: 'warning', message: { fi: 'x', sv: 'x', en: 'x' }, location: { path: '$' } }];

function formulas(layout: WorkbookLayout): Array<{ sheet: string; ref: string; formula: string }> {
  return layout.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((c) => (c.value.kind === 'formula' ? [{ sheet: sheet.name, ref: c.ref, formula: c.value.formula }] : [])),
  );
}

/** Formula text without its string literals, which may hold anything. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

describe.each([
  ['the example', examplePlan()],
  ['a minimal plan', minimalPlan()],
  ['an English plan', { ...examplePlan(), language: 'en' as const }],
])('buildWorkbookLayout: %s', (_, plan) => {
  const layout = workbookLayout(plan, findings);
  const language = plan.language;

  it('has every sheet in SHEET_ORDER but the optional ones, named in the plan\'s language', () => {
    const roles = SHEET_ORDER.filter((role) => !OPTIONAL_SHEETS.includes(role));
    expect(layout.sheets.map((s) => s.role)).toEqual(roles);
    expect(layout.sheets.map((s) => s.name)).toEqual(roles.map((role) => SHEET_NAMES[role][language]));
    expect(layout.language).toBe(language);
  });

  it('gives sheet names Excel accepts', () => {
    for (const sheet of layout.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it('protects the derived sheets and Kuntaosuudet, and prints every sheet on A4', () => {
    const protectedRoles = layout.sheets.filter((s) => s.protected).map((s) => s.role);
    expect(protectedRoles).toEqual(expect.arrayContaining(['summary', 'contributions', 'actionPlan', 'findings']));
    for (const sheet of layout.sheets) expect(sheet.print.paperSize).toBe('A4');
  });

  it('defines each workbook name once, and defines every name a formula uses', () => {
    const names = layout.definedNames.map((n) => n.name);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['ContributionsTotal', 'CouncilDeclaredSize']));
    const known = new Set(names);
    for (const { formula } of formulas(layout)) {
      for (const name of code(formula).replace(/\[[^\]]*\]/g, '[]').match(/\b(?:Contribution[A-Za-z_.]*|Council[A-Za-z]+)\b/g) ?? []) expect(known).toContain(name);
    }
  });

  it('refers only to tables and columns that exist', () => {
    const columns = new Map(layout.sheets.flatMap((s) => s.tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))] as const)));
    const references = formulas(layout).flatMap(({ formula }) => [
      ...code(formula).matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[(?:\[)?([^[\]]+)\]/g),
      // INDIRECT("Table[Column]") in validations hides the reference in a string.
    ]);
    const validations = layout.sheets.flatMap((s) =>
      s.dataValidations.flatMap((v) => ('formula' in v.list ? [...v.list.formula.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[([^[\]]+)\]/g)] : [])),
    );
    expect(references.length).toBeGreaterThan(0);
    for (const [, tableName, column] of [...references, ...validations]) {
      if (column!.startsWith('#')) continue;
      expect({ table: tableName, known: columns.get(tableName!)?.has(column!) ?? false }).toEqual({ table: tableName, known: true });
    }
  });

  it('refers only to sheets that exist, in formulas, names and charts', () => {
    const sheets = new Set(layout.sheets.map((s) => s.name));
    const quoted = (text: string): string[] => [...text.matchAll(/'((?:[^']|'')+)'!/g)].map((m) => m[1]!.replace(/''/g, "'"));
    const texts = [
      ...formulas(layout).map((f) => code(f.formula)),
      ...layout.definedNames.map((n) => n.ref),
      ...layout.sheets.flatMap((s) => s.charts.flatMap((c) => c.series.flatMap((series) => [series.categories, series.values, 'ref' in series.name ? series.name.ref : '']))),
    ];
    for (const text of texts) for (const name of quoted(text)) expect(sheets).toContain(name);
  });

  it('writes conditional formats Excel accepts: no structured references (Excel refuses them there)', () => {
    const rules = layout.sheets.flatMap((sheet) => sheet.conditionalFormats.map((cf) => ({ sheet: sheet.name, formula: code(cf.formula) })));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => /\[/.test(rule.formula))).toEqual([]);
  });

  it('carries the document title and the organisation as workbook properties', () => {
    expect(layout.properties).toEqual({ title: plan.document.title, subject: plan.organisation.name, creator: 'PlanSheets' });
  });
});
