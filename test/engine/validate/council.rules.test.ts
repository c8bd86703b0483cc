import { councilRules } from '../../../src/engine/validate/council.rules';
import type { Plan } from '../../../src/model/plan';
import { kaustinenMembers } from '../../support/kaustinen-members';
import { minimalPlan } from '../../support/plan-builder';

const kaustinen = (council: Partial<Plan['council']>, municipalities = kaustinenMembers) =>
  minimalPlan({
    municipalities,
    organisation: { name: 'Kaustisen seutukunta', legalBasis: 'Kuntalaki 51 §', hostMunicipality: 'lestijarvi' },
    council: { seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 15, ...council },
  });
const veteli2021 = kaustinenMembers.map((m) => (m.id === 'veteli' ? { ...m, population: 3004, populationDate: '2021-12-31' } : m));

describe('council rules', () => {
  it.each<[string, Plan]>([
    ['the minimal plan', minimalPlan()],
    ['a council of 15 with the 31.12.2024 populations', kaustinen({})],
    ['a council of 16 with Veteli at 3 004 inhabitants', kaustinen({ declaredSize: 16 }, veteli2021)],
  ])('accepts %s', (_title, plan) => {
    expect(councilRules.check(plan)).toEqual([]);
  });

  it.each<[string, Plan, [string, string, string]]>([
    ['a declared size the populations do not give', kaustinen({ declaredSize: 15 }, veteli2021), ['council.seats', 'error', '$.council.declaredSize']],
    ['a seat rule that cannot be applied', kaustinen({ seatsPerStartedInhabitants: 0 }), ['council.rule', 'error', '$.council.seatsPerStartedInhabitants']],
  ])('reports %s', (_title, plan, expected) => {
    expect(councilRules.check(plan).map((f) => [f.rule, f.severity, 'path' in f.location ? f.location.path : ''])).toEqual([expected]);
  });

  it('gives both sizes and the population dates', () => {
    const [finding] = councilRules.check(kaustinen({ declaredSize: 15 }, veteli2021));
    expect(finding?.message).toEqual({
      fi: 'Valtuuston koko on ilmoitettu 15 jäseneksi, mutta asukasluvuista (31.12.2021, 31.12.2024) laskettu koko on 16 (Halsua 2, Kaustinen 5, Lestijärvi 2, Toholampi 3, Veteli 4).',
      en: 'The council size is declared as 15, but the populations (31 December 2021, 31 December 2024) give 16 seats (Halsua 2, Kaustinen 5, Lestijärvi 2, Toholampi 3, Veteli 4).',
      sv: 'Fullmäktiges storlek anges till 15 ledamöter, men invånarantalen (31.12.2021, 31.12.2024) ger 16 platser (Halsua 2, Kaustinen 5, Lestijärvi 2, Toholampi 3, Veteli 4).',
    });
  });

  it('defines each rule it reports', () => {
    expect(councilRules.rules.map((r) => [r.id, r.severity])).toEqual([
      ['council.seats', 'error'],
      ['council.rule', 'error'],
    ]);
  });
});
