import { periodRules } from '../../../src/engine/validate/period.rules';
import { periodCases } from './period.cases';
import { runRuleCases } from './rule-cases';
import { planWith } from './structure-fixtures';

describe('period rules', () => {
  runRuleCases(periodCases);

  it('reports each problem of one period separately', () => {
    const findings = periodRules.check(planWith((p) => void (p.planYears = [2025, 2027])));
    expect(findings.map((f) => f.location)).toEqual([
      { path: '$.planYears[0]' },
      { path: '$.planYears[1]' },
      { path: '$.planYears' },
    ]);
  });
});
