import { idsRules } from '../../../src/engine/validate/ids.rules';
import { at, type RuleCases } from './structure-fixtures';

const LONG_TITLE =
  'Seutukunnan yhteinen elinvoimaohjelma uudistetaan yhdessä kuntien, yritysten ja järjestöjen kanssa';

export const idsCases: RuleCases = {
  group: idsRules,
  triggers: [
    {
      name: 'two municipalities with one id',
      change: (p) => {
        at(p.municipalities, 2).id = 'halsua';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.municipalities[2].id',
      names: ['Lestijärvi', 'Halsua', 'halsua', '$.municipalities[0].id'],
    },
    {
      name: 'two municipalities whose ids differ only in case (Excel matches them as one)',
      change: (p) => {
        at(p.municipalities, 2).id = 'Halsua';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.municipalities[2].id',
      names: ['Lestijärvi', 'Halsua', '$.municipalities[0].id'],
    },
    {
      name: 'two chapters with one id',
      change: (p) => {
        p.chapters?.push({ id: 'ch-1', title: 'Perustehtävät', paragraphs: [] });
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.chapters[1].id',
      names: ['Perustehtävät', 'Seutukunnallinen toiminta', '$.chapters[0].id'],
    },
    {
      name: 'two basic tasks with one id',
      change: (p) => {
        at(p.basicTasks, 1).id = 'bt-1';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.basicTasks[1].id',
      names: ['Seudun edunvalvonta', 'Aluekehittäminen', '$.basicTasks[0].id'],
    },
    {
      name: 'two sections with one id',
      change: (p) => {
        at(p.sections, 1).id = 'hallinto';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].id',
      names: ['Viestintä', 'Hallinto ja talous', '$.sections[0].id'],
    },
    {
      name: 'goals in different sections with one id',
      change: (p) => {
        at(at(p.sections, 1).goals, 0).id = 'g-1';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].goals[0].id',
      names: ['Seutu tunnetaan', 'Viestintä', 'Talous on tasapainossa', '$.sections[0].goals[0].id'],
    },
    {
      name: 'a long goal title is shortened to 60 characters',
      change: (p) => {
        const goal = at(at(p.sections, 1).goals, 0);
        goal.id = 'g-1';
        goal.title = LONG_TITLE;
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].goals[0].id',
      names: ['Seutukunnan yhteinen elinvoimaohjelma uudistetaan yhdessä k…'],
    },
    {
      name: 'actions in different goals with one id',
      change: (p) => {
        at(at(at(p.sections, 1).goals, 0).actions, 0).id = 'a-2';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].goals[0].actions[0].id',
      names: ['Seutu tunnetaan', 'Talous on tasapainossa', '$.sections[0].goals[0].actions[1].id', { fi: '1. toimenpiteen', en: '1st action' }],
    },
    {
      name: 'a sub-action with the id of an action',
      change: (p) => {
        at(at(at(p.sections, 0).goals, 1).actions, 0).subActions = [{ id: 'a-1', text: 'Neuvontapäivät kunnissa' }];
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[0].goals[1].actions[0].subActions[0].id',
      names: [
        'Maaseutuhallinto toimii sujuvasti',
        'Talous on tasapainossa',
        '$.sections[0].goals[0].actions[0].id',
        { fi: '1. toimenpiteen 1. alakohdan', en: '1st sub-action of the 1st action' },
      ],
    },
    {
      name: 'an action with the id of a sub-action',
      change: (p) => {
        at(at(at(p.sections, 1).goals, 0).actions, 0).id = 'a-1-2';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].goals[0].actions[0].id',
      names: ['Seutu tunnetaan', 'Talous on tasapainossa', '$.sections[0].goals[0].actions[0].subActions[1].id'],
    },
    {
      name: 'metrics in different sections with one id',
      change: (p) => {
        at(at(at(p.sections, 1).goals, 0).metrics, 0).id = 'm-1';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.sections[1].goals[0].metrics[0].id',
      names: ['Seutu tunnetaan', 'Talous on tasapainossa', '$.sections[0].goals[0].metrics[0].id', { fi: '1. mittarin', en: '1st metric' }],
    },
    {
      name: 'two budget lines with one id',
      change: (p) => {
        at(p.budget.lines, 1).id = 'bl-1';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.budget.lines[1].id',
      names: ['Viestintä', 'Hallinto', '$.budget.lines[0].id'],
    },
    {
      name: 'two pools with one id',
      change: (p) => {
        at(p.contributions.pools, 2).id = 'p-1';
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.contributions.pools[2].id',
      names: ['Tietosuojavastaava', 'Perustoiminta', '$.contributions.pools[0].id'],
    },
    {
      name: 'two narrative figures with one id',
      change: (p) => {
        p.narrativeFigures?.push({
          id: 'nf-1',
          quote: 'Ulkopuolisen rahoituksen osuus on 40 %',
          kind: 'share',
          measure: 'externalFunding',
          year: 2026,
          value: '40',
          unit: '%',
          approximate: false,
        });
      },
      rule: 'id.duplicate',
      severity: 'error',
      path: '$.narrativeFigures[1].id',
      names: ['Ulkopuolisen rahoituksen osuus on 40 %', 'Kuntarahoituksen osuus on 60 %', '$.narrativeFigures[0].id'],
    },
  ],
  nearMisses: [
    {
      name: 'a goal with the id of its section (another kind)',
      change: (p) => {
        at(at(p.sections, 0).goals, 0).id = 'hallinto';
      },
      rule: 'id.duplicate',
    },
    {
      name: 'a metric with the id of an action (another kind)',
      change: (p) => {
        at(at(at(p.sections, 0).goals, 0).metrics, 0).id = 'a-1';
      },
      rule: 'id.duplicate',
    },
    {
      name: 'a pool with the id of a budget line (another kind)',
      change: (p) => {
        at(p.contributions.pools, 0).id = 'bl-1';
      },
      rule: 'id.duplicate',
    },
    {
      name: 'two municipalities with the same name but different ids',
      change: (p) => {
        at(p.municipalities, 1).name = 'Halsua';
      },
      rule: 'id.duplicate',
    },
  ],
};
