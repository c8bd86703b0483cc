import { goalTally, metricStatus, percentText, planProgress, type MetricStatus } from '../../src/engine/progress';
import { Decimal } from '../../src/engine/money';
import { summaryProgress } from '../../src/engine/summary';
import type { Action, Goal, MetricValue, Section } from '../../src/model/plan';
import { minimalPlan } from '../support/plan-builder';
import { examplePlan } from '../support/plans';

const goal = (id: string, actions: Action[], values: MetricValue[] = []): Goal => ({
  id,
  title: `Tavoite ${id}`,
  actions,
  metrics: values.length === 0 ? [] : [{ id: `${id}-m`, text: 'Mittari', values }],
});
const action = (id: string, status?: Action['status'], subActions: Action['subActions'] = undefined): Action => ({
  id,
  text: id,
  ...(status === undefined ? {} : { status }),
  ...(subActions === undefined ? {} : { subActions }),
});

describe('goalTally: actions and sub-actions each count once; done is carried out, cancelled and unset are left out', () => {
  it.each<[string, Action[], [number, number]]>([
    ['no actions', [], [0, 0]],
    ['no statuses', [action('a'), action('b')], [0, 0]],
    ['only cancelled', [action('a', 'cancelled')], [0, 0]],
    ['one done', [action('a', 'done')], [1, 1]],
    ['planned and in progress are not carried out', [action('a', 'planned'), action('b', 'inProgress'), action('c', 'done')], [1, 3]],
    [
      'sub-actions count beside their parent',
      [
        action('a', 'done', [
          { id: 'a1', text: 'A1', status: 'done' },
          { id: 'a2', text: 'A2', status: 'inProgress' },
          { id: 'a3', text: 'A3', status: 'cancelled' },
        ]),
        action('b', 'planned'),
        action('c'),
      ],
      [2, 4],
    ],
    ['a parent without a status, its sub-actions with', [action('a', undefined, [{ id: 'a1', text: 'A1', status: 'done' }, { id: 'a2', text: 'A2' }])], [1, 1]],
  ])('%s', (_title, actions, [done, counted]) => {
    expect(goalTally(goal('g', actions))).toEqual({ done, counted });
  });
});

describe('planProgress', () => {
  const sections: Section[] = [
    {
      id: 't1',
      kind: 'team',
      title: 'Tiimi 1',
      goals: [
        goal('g1', [action('a', 'done'), action('b', 'planned'), action('c', 'inProgress')]),
        goal('g2', [action('d', 'done')]),
        goal('g3', []),
      ],
    },
    { id: 't2', kind: 'crossCutting', title: 'Osio', goals: [goal('g4', [action('e'), action('f', 'cancelled')])] },
    { id: 't3', kind: 'team', title: 'Tyhjä', goals: [] },
  ];
  const progress = planProgress(minimalPlan({ sections }));
  const shown = (p: { done: number; counted: number; share: Decimal | null }) => [p.done, p.counted, percentText(p.share)];

  it('gives each goal its share, none (not 0 %) for a goal with nothing counted', () => {
    expect(progress.goals.map((g) => [g.id, g.section, ...shown(g)])).toEqual([
      ['g1', 't1', 1, 3, '33.3'],
      ['g2', 't1', 1, 1, '100.0'],
      ['g3', 't1', 0, 0, null],
      ['g4', 't2', 0, 0, null],
    ]);
  });

  it('pools a team\'s rows rather than averaging its goals\' shares (which would give 66.7 %)', () => {
    expect(progress.sections.map((s) => [s.id, ...shown(s)])).toEqual([
      ['t1', 2, 4, '50.0'],
      ['t2', 0, 0, null],
      ['t3', 0, 0, null],
    ]);
    expect(shown(progress.plan)).toEqual([2, 4, '50.0']);
  });

  it('keeps the share to 50 significant digits and rounds only the per cent shown, half up', () => {
    expect(progress.goals[0]!.share!.toFixed()).toBe(`0.${'3'.repeat(50)}`);
    expect([percentText(new Decimal(1).div(3)), percentText(new Decimal(2).div(3)), percentText(new Decimal('0.0005')), percentText(new Decimal('0.00049'))]).toEqual([
      '33.3',
      '66.7',
      '0.1',
      '0.0',
    ]);
  });

  it('the example has no statuses, so it has no progress anywhere', () => {
    const example = planProgress(examplePlan());
    expect(example.goals).toHaveLength(43);
    expect(example.plan).toEqual({ done: 0, counted: 0, share: null });
    expect([...example.sections, ...example.goals].every((p) => p.share === null)).toBe(true);
    expect(example.metrics).toEqual([]);
  });
});

describe('metricStatus', () => {
  it.each<[string, Omit<MetricValue, 'year'>, MetricStatus]>([
    ['no target', { actual: '5' }, 'noData'],
    ['no actual', { target: '5' }, 'noData'],
    ['nothing', {}, 'noData'],
    ['above the target', { target: '5', actual: '6' }, 'reached'],
    ['at the target', { target: '5', actual: '5' }, 'reached'],
    ['below the target', { target: '5', actual: '4.99' }, 'notReached'],
    ['a target above the baseline: at least', { baseline: '3', target: '5', actual: '4' }, 'notReached'],
    ['a target equal to the baseline: at least', { baseline: '5', target: '5', actual: '5' }, 'reached'],
    ['a target below the baseline: at most, reached', { baseline: '100', target: '80', actual: '80' }, 'reached'],
    ['a target below the baseline: at most, not reached', { baseline: '100', target: '80', actual: '81' }, 'notReached'],
    ['negative figures', { baseline: '-1', target: '-3', actual: '-4' }, 'reached'],
  ])('%s', (_title, value, expected) => {
    expect(metricStatus(value)).toBe(expected);
  });
});

describe('summaryProgress', () => {
  it('gives the figures as the JSON report does: per cent strings, metric values as the plan writes them, statuses counted', () => {
    const plan = minimalPlan({
      sections: [
        {
          id: 't1',
          kind: 'team',
          title: 'Tiimi',
          goals: [
            goal(
              'g1',
              [action('a', 'done'), action('b', 'planned')],
              [
                { year: 2026, baseline: '10', target: '12', actual: '12.5' },
                { year: 2027, target: '14' },
                { year: 2028, baseline: '10', target: '8', actual: '9' },
              ],
            ),
          ],
        },
      ],
    });
    const progress = summaryProgress(plan);
    expect(progress.plan).toEqual({ done: 1, counted: 2, percent: '50.0' });
    expect(progress.teams).toEqual([{ id: 't1', title: 'Tiimi', done: 1, counted: 2, percent: '50.0' }]);
    expect(progress.goals).toEqual([{ id: 'g1', team: 't1', title: 'Tavoite g1', done: 1, counted: 2, percent: '50.0' }]);
    expect(progress.metrics).toEqual({
      reached: 1,
      notReached: 1,
      noData: 1,
      values: [
        { metric: 'g1-m', goal: 'g1', year: 2026, baseline: '10', target: '12', actual: '12.5', status: 'reached' },
        { metric: 'g1-m', goal: 'g1', year: 2027, baseline: null, target: '14', actual: null, status: 'noData' },
        { metric: 'g1-m', goal: 'g1', year: 2028, baseline: '10', target: '8', actual: '9', status: 'notReached' },
      ],
    });
  });
});
