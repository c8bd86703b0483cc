import { narrativeRules } from '../../../src/engine/validate/narrative.rules';
import type { NarrativeFigure, Plan } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';

const seedBudget: Plan['budget'] = {
  years: [
    { year: 2025, kind: 'TA', total: '2157119', municipalFunding: '1008033', externalFunding: '1149086' },
    { year: 2026, kind: 'TA', total: '1853839', municipalFunding: '1003733', externalFunding: '850106' },
  ],
};
const figure = (fields: Partial<NarrativeFigure>): NarrativeFigure => ({
  id: 'share-2026',
  quote: 'Kuntarahoituksen osuus vuoden 2026 talousarviossa on yhteensä 1.003.733 euroa (54 %).',
  kind: 'share',
  measure: 'municipalFunding',
  year: 2026,
  value: '54',
  unit: '%',
  approximate: false,
  ...fields,
});
const withFigures = (figures: NarrativeFigure[], budget = seedBudget) => minimalPlan({ budget, narrativeFigures: figures });
const located = (plan: Plan) =>
  narrativeRules.check(plan).map((f) => [f.rule, f.severity, 'path' in f.location ? f.location.path : '']);

describe('narrative rules', () => {
  it.each<[string, Plan]>([
    ['the minimal plan', minimalPlan()],
    ['a matching share', withFigures([figure({})])],
    ['an approximate change within one unit', withFigures([figure({ kind: 'change', measure: 'total', baseYear: 2025, value: '-14', approximate: true })])],
  ])('accepts %s', (_title, plan) => {
    expect(narrativeRules.check(plan)).toEqual([]);
  });

  it.each<[string, Plan, Array<[string, string, string]>]>([
    ['a share that does not match', withFigures([figure({}), figure({ value: '55' })]), [['narrative.mismatch', 'error', '$.narrativeFigures[1]']]],
    [
      'a figure whose year has no figures',
      withFigures([figure({ year: 2027 })]),
      [['narrative.unverifiable', 'warning', '$.narrativeFigures[0]']],
    ],
  ])('reports %s', (_title, plan, expected) => {
    expect(located(plan)).toEqual(expected);
  });

  it('quotes the stated and the computed value', () => {
    const [finding] = narrativeRules.check(withFigures([figure({ value: '55' })]));
    expect(finding?.message).toEqual({
      fi: 'Tekstin luku 55 % ei vastaa laskettua arvoa 54,14 %: ”Kuntarahoituksen osuus vuoden 2026 talousarviossa on yhteensä 1.003.733 euroa (54 %).”',
      en: 'The figure 55% in the text does not match the computed value 54.14%: “Kuntarahoituksen osuus vuoden 2026 talousarviossa on yhteensä 1.003.733 euroa (54 %).”',
      sv: 'Siffran 55 % i texten motsvarar inte det uträknade värdet 54,14 %: ”Kuntarahoituksen osuus vuoden 2026 talousarviossa on yhteensä 1.003.733 euroa (54 %).”',
    });
  });

  it('gives the allowed difference of an approximate figure', () => {
    const quote = 'Ulkopuolisen rahoituksen määrä talousarviossa on 850.106 euroa, mikä on noin 24 % vähemmän kuin kuluvana vuonna.';
    const plan = withFigures([figure({ quote, kind: 'change', measure: 'externalFunding', baseYear: 2025, value: '-24', approximate: true })]);
    expect(narrativeRules.check(plan)[0]?.message.fi).toBe(`Tekstin luku noin -24 % ei vastaa laskettua arvoa -26,02 % (sallittu ero ±1 %): ”${quote}”`);
  });

  it('quotes euro figures in euros', () => {
    const plan = withFigures([figure({ kind: 'change', baseYear: 2025, value: '-5300', unit: '€', approximate: true })]);
    expect(narrativeRules.check(plan)[0]?.message.en).toMatch(/^The figure of about -€5,300 in the text does not match the computed value -€4,300 \(allowed difference ±€100\)/);
  });

  it('says which figure is missing', () => {
    const budget: Plan['budget'] = { years: [{ year: 2026, kind: 'TA', total: '1853839' }] };
    const [finding] = narrativeRules.check(withFigures([figure({})], budget));
    expect(finding?.message.fi).toContain('koska vuoden 2026 kuntarahoitus puuttuu');
    expect(finding?.message.en).toContain('because the 2026 municipal funding is missing');
  });

  it('defines each rule it reports', () => {
    expect(narrativeRules.rules.map((r) => [r.id, r.severity])).toEqual([
      ['narrative.mismatch', 'error'],
      ['narrative.unverifiable', 'warning'],
    ]);
  });
});
