import type { Language } from '../../../src/model/language';
import type { Plan } from '../../../src/model/plan';
import { firstMembers, kaustinenOrganisation } from '../../support/kaustinen-members';
import { minimalPlan } from '../../support/plan-builder';

/**
 * A small plan with one of everything the tables carry: three
 * municipalities, a team and a cross-cutting section, goals with scope and
 * responsible bodies, actions with sub-actions, metrics with values, budget
 * years and lines, a weights pool for named municipalities, a population pool
 * for all, and previous contributions.
 */
export function readFixture(language: Language = 'fi'): Plan {
  const [halsua, kaustinen, lestijarvi] = firstMembers(3);
  return minimalPlan({
    language,
    organisation: kaustinenOrganisation,
    municipalities: [halsua!, { ...kaustinen!, note: 'Suurin' }, lestijarvi!],
    council: { seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 9, note: 'Perussopimus 5 §' },
    document: {
      title: 'Talousarvio 2026 ja taloussuunnitelma 2027-2028',
      meetings: [{ body: 'Seutuvaltuusto', date: '2025-12-11', section: 'xx' }],
    },
    budgetYear: 2026,
    planYears: [2026, 2027, 2028],
    basicTasks: [{ id: 'bt-1', number: 1, title: 'Aluekehittäminen', items: ['Hankevalmistelu'] }],
    sections: [
      {
        id: 'hallinto',
        kind: 'team',
        title: 'Hallinto ja talous',
        goals: [
          {
            id: 'g-1',
            title: 'Talous on tasapainossa',
            responsibleBodies: ['Johtoryhmä', 'Seutuvaltuusto'],
            actions: [
              {
                id: 'a-1',
                text: 'Seurataan taloutta',
                status: 'inProgress',
                subActions: [
                  { id: 'a-1-1', text: 'Kuukausiraportti' },
                  { id: 'a-1-2', text: 'Osavuosikatsaus', status: 'planned' },
                ],
              },
              { id: 'a-2', text: '=Laaditaan talousarvio' },
            ],
            metrics: [
              { id: 'm-1', text: 'Tilinpäätöksen tulos', kind: 'outcome', unit: '€', values: [{ year: 2024, actual: '-14.5' }, { year: 2026, target: '0' }] },
            ],
          },
          {
            id: 'g-2',
            title: 'Maaseutuhallinto toimii',
            scope: { municipalities: ['halsua', 'kaustinen'], text: '(Halsua ja Kaustinen)' },
            actions: [{ id: 'a-3', text: 'Neuvotaan tukien hakemisessa' }],
            metrics: [{ id: 'm-2', text: 'Tukihakemukset', kind: 'output', unit: 'kpl' }],
          },
        ],
      },
      {
        id: 'viestinta',
        kind: 'crossCutting',
        title: 'Viestintä',
        note: 'Läpileikkaava',
        goals: [{ id: 'g-3', title: 'Seutu tunnetaan', actions: [], metrics: [] }],
      },
    ],
    budget: {
      years: [
        { year: 2025, kind: 'TA', total: '2000000', municipalFunding: '900000', externalFunding: '1100000' },
        { year: 2026, kind: 'TA', total: '1853839.50', municipalFunding: '1003733.50', externalFunding: '850106' },
        { year: 2027, kind: 'TS', note: 'Arvio puuttuu' },
      ],
      lines: [
        { id: 'l-1', name: 'Hallinto', sectionId: 'hallinto', amounts: [{ year: 2025, amount: '300000' }, { year: 2026, amount: '310000.25' }] },
        { id: 'l-2', name: 'Viestintä', amounts: [{ year: 2026, amount: '50000' }] },
      ],
    },
    contributions: {
      pools: [
        {
          id: 'p-1',
          name: 'Maaseutuhallinto',
          amount: '100000',
          key: { kind: 'weights', weights: [{ municipality: 'halsua', weight: '1' }, { municipality: 'kaustinen', weight: '2.5' }] },
          municipalities: ['halsua', 'kaustinen'],
          rounding: 'euro',
        },
        { id: 'p-2', name: 'Perustoiminta', amount: '903733.50', key: { kind: 'population' }, rounding: 'cent', note: 'Kuvitteellinen' },
      ],
      previous: {
        year: 2025,
        amounts: [
          { municipality: 'halsua', amount: '100000' },
          { municipality: 'kaustinen', amount: '600000' },
          { municipality: 'lestijarvi', amount: '200000' },
        ],
      },
    },
  });
}
