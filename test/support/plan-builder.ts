import type { Plan } from '../../src/model/plan';
import { PlanSchema } from '../../src/model/plan.schema';

/**
 * The one plan builder of the tests: every hand-made fixture is the
 * difference from this plan, and goes through the schema here.
 *
 * On its own, a small plan that passes every validation rule: two municipalities, a
 * three-year plan with complete and balanced budget figures, one team with
 * one goal (one action, one metric) and one population pool that covers the
 * budget year's municipal funding. Top-level fields can be replaced by
 * `overrides`; the result is parsed by the schema, so it is always a
 * well-formed plan.
 */
export function minimalPlan(overrides: Partial<Plan> = {}): Plan {
  const base: Plan = {
    schemaVersion: 1,
    language: 'fi',
    organisation: { name: 'Esimerkin seutukunta', legalBasis: 'Kuntalaki 51 §', hostMunicipality: 'ankkala' },
    municipalities: [
      { id: 'ankkala', name: 'Ankkala', population: 1500, populationDate: '2024-12-31' },
      { id: 'kotikyla', name: 'Kotikylä', population: 800, populationDate: '2024-12-31' },
    ],
    council: { seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 4 },
    document: {
      title: 'Talousarvio 2026 ja taloussuunnitelma 2027-2028',
      meetings: [{ body: 'Seutuvaltuusto', date: '2025-12-11', section: '12' }],
    },
    budgetYear: 2026,
    planYears: [2026, 2027, 2028],
    basicTasks: [{ id: 'task-1', number: 1, title: 'Perustehtävä', items: ['Tehtävä'] }],
    sections: [
      {
        id: 'team-1',
        kind: 'team',
        title: 'Tiimi',
        goals: [
          {
            id: 'goal-1',
            title: 'Tavoite',
            actions: [{ id: 'action-1', text: 'Toimenpide' }],
            metrics: [{ id: 'metric-1', text: 'Mittari' }],
          },
        ],
      },
    ],
    budget: {
      years: [
        { year: 2025, kind: 'TA', total: '1000000', municipalFunding: '600000', externalFunding: '400000' },
        { year: 2026, kind: 'TA', total: '1100000', municipalFunding: '600000', externalFunding: '500000' },
        { year: 2027, kind: 'TS', total: '1100000', municipalFunding: '600000', externalFunding: '500000' },
        { year: 2028, kind: 'TS', total: '1100000', municipalFunding: '600000', externalFunding: '500000' },
      ],
    },
    contributions: {
      pools: [{ id: 'basic', name: 'Perusosuus', amount: '600000', key: { kind: 'population' }, rounding: 'euro' }],
    },
  };
  return PlanSchema.parse({ ...base, ...overrides });
}
