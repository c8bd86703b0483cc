import { budgetRules } from '../../../src/engine/validate/budget.rules';
import type { Plan } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';

const withYears = (years: Plan['budget']['years']) => minimalPlan({ budget: { years } });
const complete = (year: number, kind: 'TA' | 'TS' = 'TS') => ({
  year,
  kind,
  total: '1100000',
  municipalFunding: '600000',
  externalFunding: '500000',
});
const findings = (plan: Plan) => budgetRules.check(plan).map((f) => [f.rule, f.severity, 'path' in f.location ? f.location.path : '']);

describe('budget rules', () => {
  it('finds nothing in the minimal plan', () => {
    expect(budgetRules.check(minimalPlan())).toEqual([]);
  });

  it.each<[string, Plan, Array<[string, string, string]>]>([
    [
      'an unbalanced year',
      withYears([complete(2026, 'TA'), { ...complete(2027), externalFunding: '400000' }, complete(2028)]),
      [['budget.balance', 'error', '$.budget.years[1]']],
    ],
    ['no budget year entry', withYears([complete(2027), complete(2028)]), [['budget.year-missing', 'error', '$.budget.years']]],
    [
      'a budget year without its split',
      withYears([{ year: 2026, kind: 'TA', total: '1100000' }, complete(2027), complete(2028)]),
      [
        ['budget.year-missing', 'error', '$.budget.years[0]'],
        ['budget.year-missing', 'error', '$.budget.years[0]'],
      ],
    ],
    [
      'a plan year without an entry',
      withYears([complete(2026, 'TA'), complete(2027)]),
      [['budget.plan-year-missing', 'warning', '$.budget.years']],
    ],
    [
      'a plan year with no figures',
      withYears([complete(2026, 'TA'), complete(2027), { year: 2028, kind: 'TS' }]),
      [['budget.plan-year-missing', 'warning', '$.budget.years[2]']],
    ],
    [
      'a plan year with a partial split',
      withYears([complete(2026, 'TA'), complete(2027), { year: 2028, kind: 'TS', total: '1100000' }]),
      [['budget.plan-year-missing', 'warning', '$.budget.years[2]']],
    ],
  ])('reports %s', (_title, plan, expected) => {
    expect(findings(plan)).toEqual(expected);
  });

  it.each<[string, Plan]>([
    ['a previous year with a total only', withYears([{ year: 2025, kind: 'TP', total: '1' }, complete(2026, 'TA'), complete(2027), complete(2028)])],
    ['cents that balance', withYears([{ ...complete(2026, 'TA'), total: '1100000.10', externalFunding: '500000.10' }, complete(2027), complete(2028)])],
  ])('accepts %s', (_title, plan) => {
    expect(budgetRules.check(plan)).toEqual([]);
  });

  it('names the year and the figures with each language\'s separators', () => {
    const plan = withYears([
      { year: 2026, kind: 'TA', total: '1853839', municipalFunding: '1003733', externalFunding: '850000' },
      complete(2027),
      complete(2028),
    ]);
    const [finding] = budgetRules.check(plan);
    expect(finding?.message.fi).toBe(
      'Vuoden 2026 talousarvio ei täsmää: loppusumma on 1 853 839 €, mutta kuntarahoitus 1 003 733 € ja ulkopuolinen rahoitus 850 000 € ovat yhteensä 1 853 733 € (ero -106 €).',
    );
    expect(finding?.message.en).toBe(
      'The 2026 budget does not balance: the total is €1,853,839, but municipal funding €1,003,733 and external funding €850,000 add up to €1,853,733 (difference -€106).',
    );
  });

  it('says which budget year figure is missing', () => {
    const plan = withYears([{ year: 2026, kind: 'TA', total: '1', externalFunding: '1' }, complete(2027), complete(2028)]);
    expect(budgetRules.check(plan).map((f) => f.message.fi)).toEqual(['Talousarviovuoden 2026 kuntarahoitus puuttuu.']);
  });

  it('defines each rule it reports', () => {
    expect(budgetRules.rules.map((r) => [r.id, r.severity])).toEqual([
      ['budget.balance', 'error'],
      ['budget.year-missing', 'error'],
      ['budget.plan-year-missing', 'warning'],
    ]);
  });
});
