import { goalsRules } from '../../../src/engine/validate/goals.rules';
import { at, type RuleCases } from './structure-fixtures';

export const goalsCases: RuleCases = {
  group: goalsRules,
  triggers: [
    {
      name: 'a goal with no actions',
      change: (p) => void (at(at(p.sections, 0).goals, 1).actions = []),
      rule: 'goal.no-action',
      severity: 'warning',
      path: '$.sections[0].goals[1].actions',
      names: ['Maaseutuhallinto toimii sujuvasti', 'Hallinto ja talous'],
    },
    {
      name: 'a goal with no metrics',
      change: (p) => void (at(at(p.sections, 1).goals, 0).metrics = []),
      rule: 'goal.no-metric',
      severity: 'warning',
      path: '$.sections[1].goals[0].metrics',
      names: ['Seutu tunnetaan', 'Viestintä'],
    },
    {
      name: 'a goal with no metrics and a blank title (named by its id)',
      change: (p) => {
        const goal = at(at(p.sections, 1).goals, 0);
        goal.title = ' ';
        goal.metrics = [];
      },
      rule: 'goal.no-metric',
      severity: 'warning',
      path: '$.sections[1].goals[0].metrics',
      names: ['g-3', 'Viestintä'],
    },
    {
      name: 'a team with no goals',
      change: (p) => void (at(p.sections, 0).goals = []),
      rule: 'section.no-goals',
      severity: 'warning',
      path: '$.sections[0].goals',
      names: ['Hallinto ja talous', { fi: 'Tiimillä', en: 'Team' }],
    },
    {
      name: 'a cross-cutting section with no goals',
      change: (p) => void (at(p.sections, 1).goals = []),
      rule: 'section.no-goals',
      severity: 'warning',
      path: '$.sections[1].goals',
      names: ['Viestintä', { fi: 'Läpileikkaavalla osiolla', en: 'Cross-cutting section' }],
    },
  ],
  nearMisses: [
    {
      name: 'a goal with one action and no metrics',
      change: (p) => void (at(at(p.sections, 0).goals, 1).metrics = []),
      rule: 'goal.no-action',
    },
    {
      name: 'a goal with one metric and no actions',
      change: (p) => void (at(at(p.sections, 0).goals, 1).actions = []),
      rule: 'goal.no-metric',
    },
    {
      name: 'a section whose only goal is empty',
      change: (p) => {
        const goal = at(at(p.sections, 1).goals, 0);
        goal.actions = [];
        goal.metrics = [];
      },
      rule: 'section.no-goals',
    },
  ],
};
