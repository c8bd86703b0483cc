import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, validatePlan } from '../../../src/engine/validate';
import { parsePlanText } from '../../../src/model/parse-plan';
import type { Plan } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';

function example(): Plan {
  const result = parsePlanText(readFileSync(join(__dirname, '../../../examples/kaustinen-2026.plan.json'), 'utf8'));
  if (!result.ok) throw new Error('the example must parse');
  return result.plan;
}

describe('validatePlan', () => {
  it('finds nothing in a complete, consistent plan', () => {
    expect(validatePlan(minimalPlan())).toEqual([]);
  });

  it("reports exactly the Kaustinen seed's own gaps, as warnings", () => {
    const findings = validatePlan(example()).map((f) => [f.severity, f.rule, 'path' in f.location ? f.location.path : '']);
    expect(findings).toEqual([
      ['warning', 'goal.no-metric', '$.sections[1].goals[7].metrics'],
      ['warning', 'document.section-pending', '$.document.meetings[1].section'],
      ['warning', 'budget.plan-year-missing', '$.budget.years[3]'],
      ['warning', 'budget.plan-year-missing', '$.budget.years[4]'],
      ['warning', 'budget.plan-year-missing', '$.budget.years[5]'],
      ['warning', 'budget.plan-year-missing', '$.budget.years[6]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[2]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[3]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[4]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[5]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[6]'],
      ['warning', 'narrative.unverifiable', '$.narrativeFigures[7]'],
    ]);
  });

  it('returns errors first, then warnings, then notes', () => {
    const plan = minimalPlan();
    plan.sections[0]?.goals[0]?.metrics.splice(0);
    plan.council.declaredSize = 5;
    plan.document.title = '=Talousarvio';
    const severities = validatePlan(plan).map((f) => f.severity);
    expect(severities).toEqual(['error', 'warning', 'info']);
  });

  it('declares every rule once', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
