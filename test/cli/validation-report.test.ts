import { reportOnPlan } from '../../src/app/report-on-plan';
import { renderTextReport } from '../../src/cli/validation-report';
import type { Section } from '../../src/model/plan';
import { minimalPlan } from '../support/plan-builder';

/** The text report's progress lines (the JSON's summary.progress is tested in validate.test.ts and test/engine/progress.test.ts). */

const sections: Section[] = [
  {
    id: 't1',
    kind: 'team',
    title: 'Kehittämistiimi',
    goals: [
      {
        id: 'g1',
        title: 'Tavoite',
        actions: [
          { id: 'a', text: 'A', status: 'done', subActions: [{ id: 'a1', text: 'A1', status: 'planned' }] },
          { id: 'b', text: 'B', status: 'inProgress' },
        ],
        metrics: [{ id: 'm', text: 'Mittari', values: [{ year: 2026, target: '3', actual: '4' }, { year: 2027, target: '3' }] }],
      },
    ],
  },
  { id: 't2', kind: 'crossCutting', title: 'Tietosuoja', goals: [{ id: 'g2', title: 'Tavoite 2', actions: [{ id: 'c', text: 'C' }], metrics: [] }] },
];

describe('the text report', () => {
  it.each([
    [
      'fi',
      [
        'Toimenpiteiden toteutumisaste: 1/3 toteutunut (33,3 %)',
        '  Kehittämistiimi  1/3 (33,3 %)',
        '  Tietosuoja       ei tilatietoja',
        'Mittareiden vuositavoitteet: 1 saavutettu, 0 ei saavutettu, 1 ei tietoa',
      ],
    ],
    [
      'en',
      [
        'Progress of actions: 1 of 3 done (33.3%)',
        '  Kehittämistiimi  1 of 3 (33.3%)',
        '  Tietosuoja       no statuses',
        'Metric targets by year: 1 reached, 0 not reached, 1 no data',
      ],
    ],
  ] as const)('gives the progress of actions per team and the metric statuses (%s)', (lang, expected) => {
    const text = renderTextReport(reportOnPlan(minimalPlan({ sections }), []), 'plan.json', lang);
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l === expected[0]);
    expect(lines.slice(start, start + expected.length)).toEqual(expected);
  });

  it('says when no action has a status and no metric has values, rather than 0 %', () => {
    const plan = minimalPlan();
    const text = renderTextReport(reportOnPlan(plan, []), 'plan.json', 'fi');
    expect(text).toContain('Toimenpiteiden toteutumisaste: ei tilatietoja');
    expect(text).toContain('Mittareilla ei ole vuosiarvoja.');
    expect(text).not.toMatch(/0,0 %/);
  });
});
