import { referencesRules } from '../../../src/engine/validate/references.rules';
import type { Plan, Pool } from '../../../src/model/plan';
import { at, type RuleCases } from './structure-fixtures';

function weightsOf(pool: Pool) {
  if (pool.key.kind !== 'weights') throw new Error('not a weights pool');
  return pool.key.weights;
}

function fixedAmountsOf(pool: Pool) {
  if (pool.key.kind !== 'fixed') throw new Error('not a fixed-amount pool');
  return pool.key.amounts;
}

function scopeOf(plan: Plan) {
  const scope = at(at(plan.sections, 0).goals, 1).scope;
  if (!scope) throw new Error('the goal has no scope');
  return scope;
}

export const referencesCases: RuleCases = {
  group: referencesRules,
  triggers: [
    {
      name: 'a budget line for a section that does not exist',
      change: (p) => void (at(p.budget.lines, 1).sectionId = 'markkinointi'),
      rule: 'ref.dangling',
      severity: 'error',
      path: '$.budget.lines[1].sectionId',
      names: ['Viestintä', 'markkinointi'],
    },
    {
      name: 'a budget line for a section whose id was changed',
      change: (p) => void (at(p.sections, 0).id = 'hallinto-ja-talous'),
      rule: 'ref.dangling',
      severity: 'error',
      path: '$.budget.lines[0].sectionId',
      names: ['Hallinto', 'hallinto'],
    },
    {
      name: 'a host municipality that is not a member',
      change: (p) => void (p.organisation.hostMunicipality = 'veteli'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.organisation.hostMunicipality',
      names: ['veteli', 'Kaustisen seutukunta'],
    },
    {
      name: 'a goal scope with a municipality that is not a member',
      change: (p) => void (scopeOf(p).municipalities[1] = 'toholampi'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.sections[0].goals[1].scope.municipalities[1]',
      names: ['Maaseutuhallinto toimii sujuvasti', 'toholampi'],
    },
    {
      name: 'a pool shared with a municipality that is not a member',
      change: (p) => void (at(p.contributions.pools, 1).municipalities = ['halsua', 'veteli']),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.contributions.pools[1].municipalities[1]',
      names: ['Maaseutuhallinto', 'veteli'],
    },
    {
      name: 'a pool weight for a municipality that is not a member',
      change: (p) => void (at(weightsOf(at(p.contributions.pools, 1)), 1).municipality = 'veteli'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.contributions.pools[1].key.weights[1].municipality',
      names: ['Maaseutuhallinto', 'veteli', { fi: 'painoissa', en: 'weights' }],
    },
    {
      name: 'a fixed pool amount for a municipality that is not a member',
      change: (p) => void (at(fixedAmountsOf(at(p.contributions.pools, 2)), 0).municipality = 'veteli'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.contributions.pools[2].key.amounts[0].municipality',
      names: ['Tietosuojavastaava', 'veteli', { fi: 'kiinteissä osuuksissa', en: 'fixed amounts' }],
    },
    {
      name: "a previous year's contribution of a municipality that is not a member",
      change: (p) => void (at(p.contributions.previous?.amounts, 2).municipality = 'veteli'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.contributions.previous.amounts[2].municipality',
      names: ['2025', 'veteli'],
    },
    {
      name: 'a reference by name instead of id',
      change: (p) => void (p.organisation.hostMunicipality = 'Lestijärvi'),
      rule: 'municipality.unknown',
      severity: 'error',
      path: '$.organisation.hostMunicipality',
      names: ['Lestijärvi'],
    },
  ],
  nearMisses: [
    { name: 'a budget line with no section', change: (p) => void delete at(p.budget.lines, 1).sectionId, rule: 'ref.dangling' },
    {
      name: 'a budget line that follows its section to a new id',
      change: (p) => {
        at(p.sections, 1).id = 'viestinta-ja-markkinointi';
        at(p.budget.lines, 1).sectionId = 'viestinta-ja-markkinointi';
      },
      rule: 'ref.dangling',
    },
    {
      name: 'a pool with no list of municipalities (all members)',
      change: (p) => void delete at(p.contributions.pools, 1).municipalities,
      rule: 'municipality.unknown',
    },
    {
      name: 'a goal scope whose text names a non-member while its ids are members',
      change: (p) => void (scopeOf(p).text = '(Halsua ja Veteli)'),
      rule: 'municipality.unknown',
    },
    {
      name: 'a host municipality added to the members',
      change: (p) => {
        p.organisation.hostMunicipality = 'veteli';
        p.municipalities.push({ id: 'veteli', name: 'Veteli', population: 2931, populationDate: '2024-12-31' });
      },
      rule: 'municipality.unknown',
    },
  ],
};
