import { structureRules } from '../../../src/engine/validate/structure';
import { SEVERITIES } from '../../../src/model/finding';
import { documentCases } from './document.cases';
import { goalsCases } from './goals.cases';
import { idsCases } from './ids.cases';
import { municipalitiesCases } from './municipalities.cases';
import { periodCases } from './period.cases';
import { referencesCases } from './references.cases';
import { staffCases } from './staff.cases';
import { planWith, structurePlan, type RuleCases } from './structure-fixtures';
import { textsCases } from './texts.cases';

const allCases: RuleCases[] = [
  idsCases,
  referencesCases,
  municipalitiesCases,
  textsCases,
  periodCases,
  goalsCases,
  staffCases,
  documentCases,
];

const declared = structureRules.flatMap((group) => group.rules);

describe('structure rules', () => {
  it('accept the fixture plan without a finding', () => {
    const plan = structurePlan();
    expect(structureRules.flatMap((group) => group.check(plan))).toEqual([]);
  });

  it('are all tested: the case tables cover exactly the groups in structureRules', () => {
    expect(new Set(allCases.map((c) => c.group))).toEqual(new Set(structureRules));
  });

  it('declare each rule id once', () => {
    const ids = declared.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(declared)('$id has a severity and a description in Finnish and English', (rule) => {
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.description.fi.trim()).not.toBe('');
    expect(rule.description.en.trim()).not.toBe('');
  });

  it.each(declared)('$id is produced by at least one test case, with its declared severity', (rule) => {
    const produced = allCases.flatMap(({ group, triggers }) =>
      triggers.flatMap((trigger) => group.check(planWith(trigger.change)).filter((f) => f.rule === rule.id)),
    );
    expect(produced.length).toBeGreaterThan(0);
    for (const finding of produced) expect(finding.severity).toBe(rule.severity);
  });

  it('has no test case for a rule that its group does not declare', () => {
    for (const { group, triggers, nearMisses } of allCases) {
      const ids = group.rules.map((rule) => rule.id);
      for (const c of [...triggers, ...nearMisses]) expect(ids).toContain(c.rule);
    }
  });

  it('do not throw on an empty plan skeleton', () => {
    const plan = planWith((p) => {
      p.municipalities = [];
      p.sections = [];
      p.basicTasks = [];
      p.planYears = [];
      p.document.meetings = [];
      p.contributions = { pools: [] };
      p.budget = { years: [] };
      delete p.chapters;
      delete p.narrativeFigures;
      delete p.staff;
    });
    const rules = structureRules.flatMap((group) => group.check(plan)).map((f) => f.rule);
    expect(rules.sort()).toEqual(['municipality.none', 'municipality.unknown', 'plan.period']);
  });
});
