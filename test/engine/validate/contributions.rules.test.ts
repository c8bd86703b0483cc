import { contributionsRules } from '../../../src/engine/validate/contributions.rules';
import { validatePlan } from '../../../src/engine/validate';
import type { Plan, Pool } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';

const base = minimalPlan();
const withPools = (pools: Pool[], previous?: Plan['contributions']['previous']) =>
  minimalPlan({ contributions: previous === undefined ? { pools } : { pools, previous } });
const pool = (fields: Partial<Pool>): Pool => ({
  id: 'extra',
  name: 'Matkailu',
  amount: '0',
  key: { kind: 'equal' },
  rounding: 'cent',
  ...fields,
});
const basic = base.contributions.pools[0]!;
const findings = (plan: Plan) =>
  contributionsRules.check(plan).map((f) => [f.rule, f.severity, 'path' in f.location ? f.location.path : '']);

describe('contributions rules', () => {
  it('finds nothing in the minimal plan', () => {
    expect(contributionsRules.check(base)).toEqual([]);
  });

  it.each<[string, Plan, Array<[string, string, string]>]>([
    ['pools short of the municipal funding', withPools([{ ...basic, amount: '599000' }]), [['shares.sum', 'error', '$.contributions.pools']]],
    [
      'a negative pool',
      withPools([{ ...basic, amount: '600100' }, pool({ amount: '-100' })]),
      [['pool.amount', 'error', '$.contributions.pools[1].amount']],
    ],
    [
      'cents in a pool rounded to the euro',
      withPools([{ ...basic, amount: '599999.50', rounding: 'cent' }, pool({ amount: '0.50', rounding: 'euro' })]),
      [['pool.amount', 'error', '$.contributions.pools[1].amount']],
    ],
    [
      'a missing weight',
      withPools([{ ...basic, amount: '599000' }, pool({ amount: '1000', key: { kind: 'weights', weights: [{ municipality: 'ankkala', weight: '1' }] } })]),
      [['pool.key', 'error', '$.contributions.pools[1].key.weights']],
    ],
    [
      'previous contributions that differ from that year\'s funding',
      withPools([basic], { year: 2025, amounts: [{ municipality: 'ankkala', amount: '599999.99' }] }),
      [['previous.sum', 'warning', '$.contributions.previous']],
    ],
  ])('reports %s', (_title, plan, expected) => {
    expect(findings(plan)).toEqual(expected);
  });

  it('leaves an unknown participant to municipality.unknown, so one typo gives one finding', () => {
    const plan = withPools([{ ...basic, amount: '599000' }, pool({ amount: '1000', municipalities: ['ankkala', 'perho'] })]);
    expect(findings(plan)).toEqual([]);
    const all = validatePlan(plan).map((f) => [f.rule, f.location]);
    expect(all).toEqual([['municipality.unknown', { path: '$.contributions.pools[1].municipalities[1]' }]]);
  });

  it.each<[string, Plan]>([
    [
      'previous contributions that match',
      withPools([basic], {
        year: 2025,
        amounts: [
          { municipality: 'ankkala', amount: '400000' },
          { municipality: 'kotikyla', amount: '200000' },
        ],
      }),
    ],
    ['previous contributions for a year without figures', withPools([basic], { year: 2020, amounts: [] })],
    [
      'no municipal funding to compare with',
      minimalPlan({ budget: { years: base.budget.years.map((y) => (y.year === 2026 ? { year: 2026, kind: 'TA' as const } : y)) } }),
    ],
    ['two pools that add up', withPools([{ ...basic, amount: '500000' }, pool({ amount: '100000', rounding: 'euro' })])],
  ])('accepts %s', (_title, plan) => {
    expect(contributionsRules.check(plan)).toEqual([]);
  });

  it('names both sums and the difference', () => {
    const [finding] = contributionsRules.check(withPools([{ ...basic, amount: '599000' }]));
    expect(finding?.message).toEqual({
      fi: 'Kustannuserät ovat yhteensä 599 000 €, mutta vuoden 2026 kuntarahoitus on 600 000 € (ero -1 000 €).',
      en: 'The cost pools add up to €599,000, but the municipal funding for 2026 is €600,000 (difference -€1,000).',
      sv: 'Kostnadsposterna blir sammanlagt 599 000 €, men kommunfinansieringen för 2026 är 600 000 € (skillnad -1 000 €).',
    });
  });

  it('names the pool and the municipality', () => {
    const plan = withPools([
      { ...basic, amount: '599000' },
      pool({ amount: '1000', key: { kind: 'weights', weights: [{ municipality: 'ankkala', weight: '1' }] } }),
    ]);
    expect(contributionsRules.check(plan)[0]?.message).toEqual({
      fi: 'Kustannuserän ”Matkailu” painoista puuttuu kunta Kotikylä.',
      en: 'The weights of the cost pool “Matkailu” have no weight for Kotikylä.',
      sv: 'Vikterna för kostnadsposten ”Matkailu” saknar en vikt för Kotikylä.',
    });
  });

  it('has a message for every pool problem', () => {
    const plan = withPools([
      { ...basic, amount: '599000' },
      pool({ amount: '1000', key: { kind: 'fixed', amounts: [{ municipality: 'ankkala', amount: '-1.50' }] }, rounding: 'euro' }),
    ]);
    const messages = contributionsRules.check(plan).map((f) => f.message.fi);
    expect(messages).toEqual([
      'Kustannuserän ”Matkailu” kiinteä osuus kunnalle Ankkala on negatiivinen (-1,50 €).',
      'Kustannuserän ”Matkailu” kiinteistä osuuksista puuttuu kunta Kotikylä.',
      'Kustannuserän ”Matkailu” kiinteät osuudet ovat yhteensä -1,50 €, mutta erän summa on 1 000 € (ero -1 001,50 €).',
    ]);
    expect(messages.every((m) => !/\{\w+\}/.test(m))).toBe(true);
  });

  it('defines each rule it reports', () => {
    expect(contributionsRules.rules.map((r) => [r.id, r.severity])).toEqual([
      ['shares.sum', 'error'],
      ['pool.key', 'error'],
      ['pool.amount', 'error'],
      ['previous.sum', 'warning'],
    ]);
  });
});
