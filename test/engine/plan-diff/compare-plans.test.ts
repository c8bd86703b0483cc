import fc from 'fast-check';
import { comparePlans, isUnchanged, type PlanComparison } from '../../../src/engine/plan-diff/compare-plans';
import { Decimal, sum, toMoney, ZERO } from '../../../src/engine/money';
import type { Plan } from '../../../src/model/plan';
import { edited, type CommitteeEditName } from '../../fixtures/diff/committee-edits';
import { examplePlan, harderPlan } from '../../support/plans';

const example = examplePlan();

/** A comparison in short lines, one per change, to compare exactly. */
function summary(c: PlanComparison): string[] {
  return [
    ...c.structure.map((s) =>
      s.change === 'changed'
        ? `${s.kind} ${s.old.id}→${s.new.id} ${s.aspects.join('+')} by ${s.matchedBy}`
        : `${s.kind} ${s.change} ${s.change === 'added' ? s.new.id : s.old.id}`,
    ),
    ...c.budgetFigures.map((f) => `budget ${f.year} ${f.measure} ${f.change.toFixed(2)}`),
    ...c.budgetLines.map((l) => `line ${l.change} ${(l.new ?? l.old)!.id} ${l.aspects.join('+')}`),
    ...c.municipalities.map((m) => `municipality ${m.change} ${(m.new ?? m.old)!.id} ${m.aspects.join('+')} ${m.populationChange}`),
    ...c.council.map((x) => `council ${x.field} ${x.old}→${x.new}`),
    ...c.pools.map((p) => `pool ${p.change} ${(p.new ?? p.old)!.id} ${p.aspects.join('+')} ${p.amount.change.toFixed(2)}`),
    ...c.contributions.map((r) => `contribution ${r.municipality.id} ${r.total.change.toFixed(2)}`),
  ];
}

const single = (name: CommitteeEditName): string[] => summary(comparePlans(example, edited(example, [name])));

describe('comparePlans on the example and a copy edited as a committee would', () => {
  it.each<[CommitteeEditName, string[]]>([
    ['renameGoal', ['goal hallinto-g2→hallinto-g2 reworded by id']],
    ['moveAction', ['action hallinto-g3-a2→hallinto-g3-a2 moved by id']],
    ['renumberAction', ['action viestinta-g1-a1→viestinta-g1-a9 id by text']],
    ['addMetric', ['metric added hallinto-g2-m2']],
    ['changeBudgetFigure', ['budget 2026 total 10000.00', 'budget 2026 externalFunding 10000.00']],
    [
      'changePopulation',
      [
        'municipality changed veteli population+seats 81',
        'council seats 15→16',
        // The two population pools (773 733 €) move by the new shares, the equal pools do not:
        // Veteli 3012/11579 − 2931/11498 of 773 733 € ≈ +4 032 €, and the changes sum to zero.
        'contribution halsua -462.83',
        'contribution kaustinen -1938.43',
        'contribution lestijarvi -313.12',
        'contribution toholampi -1318.02',
        'contribution veteli 4032.40',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(single(name)).toEqual(expected);
  });

  it('deletePool: the pool removed, the basic pool grown, every member’s share of both', () => {
    const comparison = comparePlans(example, edited(example, ['deletePool']));
    expect(summary(comparison).filter((line) => !line.startsWith('contribution'))).toEqual([
      'pool changed perustoiminta amount 45000.00',
      'pool removed tietosuoja  -45000.00',
    ]);
    expect(comparison.contributions.map((r) => r.municipality.id)).toEqual(['halsua', 'kaustinen', 'lestijarvi', 'toholampi', 'veteli']);
    for (const row of comparison.contributions) {
      const removed = row.pools.find((cell) => cell.pool.id === 'tietosuoja')!;
      expect(removed.new).toBeNull();
      expect(removed.change.equals(removed.old!.neg())).toBe(true);
      expect(row.total.change.equals(sum(row.pools.map((cell) => cell.change)))).toBe(true);
    }
  });

  it('an edited copy of itself compared with the example in reverse swaps added and removed', () => {
    const after = edited(example);
    const forward = comparePlans(example, after);
    const backward = comparePlans(after, example);
    const kinds = (c: PlanComparison) => c.structure.map((s) => s.change).sort();
    expect(kinds(backward)).toEqual(kinds(forward).map((k) => (k === 'added' ? 'removed' : k === 'removed' ? 'added' : k)).sort());
    expect(backward.contributions.map((r) => r.total.change.neg().toFixed(2))).toEqual(forward.contributions.map((r) => r.total.change.toFixed(2)));
  });

  it('matches an object whose id changed by its text within its own goal when the text repeats elsewhere', () => {
    const plan = structuredClone(example);
    // "Toimenpiteiden toteutumisaste" is the text of many goals' metrics.
    const goal = plan.sections.flatMap((s) => s.goals).find((g) => g.id === 'viestinta-g2')!;
    goal.metrics[0]!.id = 'viestinta-g2-mX';
    expect(summary(comparePlans(example, plan))).toEqual(['metric viestinta-g2-m1→viestinta-g2-mX id by text']);
  });

  it('reports an object whose id and text both changed beyond the threshold as removed and added', () => {
    const plan = structuredClone(example);
    const action = plan.sections.flatMap((s) => s.goals).find((g) => g.id === 'edunvalvonta-g2')!.actions[0]!;
    action.id = 'edunvalvonta-g2-uusi';
    action.text = 'Rautatieyhteyksien parantaminen';
    expect(summary(comparePlans(example, plan))).toEqual(['action added edunvalvonta-g2-uusi', 'action removed edunvalvonta-g2-a1']);
  });

  it('notices a status, a metric figure and a period change', () => {
    const plan = structuredClone(example);
    const goal = plan.sections[0]!.goals[0]!;
    goal.actions[0]!.status = 'done';
    goal.metrics[0]!.values = [{ year: 2026, target: '80' }];
    plan.planYears = [2026, 2027, 2028];
    const comparison = comparePlans(example, plan);
    expect(summary(comparison)).toEqual(['action hallinto-g1-a1→hallinto-g1-a1 status by id', 'metric hallinto-g1-m1→hallinto-g1-m1 values by id']);
    expect(comparison.period).toEqual({ old: { budgetYear: 2026, planYears: [2026, 2027, 2028, 2029, 2030] }, new: { budgetYear: 2026, planYears: [2026, 2027, 2028] } });
  });

  it('compares budget lines by id, then by name', () => {
    const harder = harderPlan();
    const plan = structuredClone(harder);
    const lines = plan.budget.lines!;
    lines[0]!.id = `${lines[0]!.id}-new`;
    lines[1]!.amounts[0]!.amount = toMoney(lines[1]!.amounts[0]!.amount).plus(100).toFixed(2);
    const changes = comparePlans(harder, plan).budgetLines;
    expect(changes.map((l) => [l.change, l.aspects])).toEqual([
      ['changed', ['id']],
      ['changed', ['amounts']],
    ]);
    expect(changes[1]!.amounts.map((a) => a.change.toFixed(2))).toEqual(['100.00']);
  });
});

/** Random committee-like edits of the example: populations and pool amounts changed, pools deleted. */
const edits = fc.record({
  populations: fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 5, maxLength: 5 }),
  amounts: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 4, maxLength: 4 }),
  deleted: fc.subarray([0, 1, 2, 3]),
});

function apply(plan: Plan, edit: { populations: number[]; amounts: number[]; deleted: number[] }): Plan {
  const copy = structuredClone(plan);
  copy.municipalities.forEach((m, i) => (m.population = edit.populations[i] ?? m.population));
  copy.contributions.pools.forEach((p, i) => (p.amount = String(edit.amounts[i] ?? p.amount)));
  copy.contributions.pools = copy.contributions.pools.filter((_, i) => !edit.deleted.includes(i));
  return copy;
}

describe('comparePlans: properties', () => {
  it('finds nothing between a plan and itself', () => {
    for (const plan of [example, harderPlan(), edited(example)]) {
      const comparison = comparePlans(plan, structuredClone(plan));
      expect(isUnchanged(comparison)).toBe(true);
      expect(summary(comparison)).toEqual([]);
    }
  });

  it('per pool, the changes of the contributions sum to the change of what is shared out', () => {
    fc.assert(
      fc.property(edits, (edit) => {
        const after = apply(example, edit);
        const comparison = comparePlans(example, after);
        const poolTotal = (plan: Plan, id: string): Decimal => {
          const pool = plan.contributions.pools.find((p) => p.id === id);
          // Pools whose amount cannot be shared (a euro pool given cents) share nothing; none arise here.
          return pool === undefined ? ZERO : toMoney(pool.amount);
        };
        for (const pool of example.contributions.pools) {
          const cells = comparison.contributions.flatMap((row) => row.pools.filter((cell) => cell.pool.id === pool.id));
          const expected = poolTotal(after, pool.id).minus(poolTotal(example, pool.id));
          expect(sum(cells.map((cell) => cell.change)).toFixed(2)).toBe(expected.toFixed(2));
        }
        const totals = sum(comparison.contributions.map((row) => row.total.change));
        const allPools = (plan: Plan) => sum(plan.contributions.pools.map((p) => toMoney(p.amount)));
        expect(totals.toFixed(2)).toBe(allPools(after).minus(allPools(example)).toFixed(2));
      }),
      { numRuns: 60 },
    );
  });
});
