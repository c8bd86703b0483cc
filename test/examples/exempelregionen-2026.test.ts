import { readFileSync } from 'fs';
import { join } from 'path';
import { municipalContributions } from '../../src/engine/contributions';
import { Decimal, sum } from '../../src/engine/money';
import { validatePlan } from '../../src/engine/validate';
import { noteText } from '../../src/model/note';
import { ALLOCATION_KEY_KINDS, ROUNDINGS } from '../../src/model/plan.schema';
import { swedishPlan } from '../support/plans';

/**
 * The Swedish example: a fictional Swedish-speaking region, so that a
 * Swedish plan is built, recalculated and printed like the Kaustinen one.
 * Every figure is invented, and the plan says so.
 */
const file = join(__dirname, '..', '..', 'examples', 'exempelregionen-2026.plan.json');
const plan = swedishPlan();

describe('examples/exempelregionen-2026.plan.json', () => {
  it('is a Swedish plan', () => {
    expect(plan.language).toBe('sv');
    expect(plan.organisation.legalBasis).toBe('kommunallagen 51 §');
  });

  it('says it is fictional wherever it gives figures', () => {
    const notes = [
      plan.organisation.note,
      plan.council.note,
      plan.budget.note,
      plan.staff?.note,
      plan.projects?.note,
      plan.contributions.note,
      plan.contributions.previous?.note,
      ...plan.municipalities.map((m) => m.note),
    ];
    expect(notes.filter((note) => !/^Fiktiv/.test(noteText(note, 'sv') ?? ''))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('Fictional example');
  });

  it('validates with no findings at all', () => {
    expect(validatePlan(plan)).toEqual([]);
  });

  it('has a few sections of both kinds, each with goals, actions and metrics', () => {
    expect(plan.sections.map((s) => s.kind)).toEqual(['team', 'team', 'team', 'crossCutting']);
    for (const goal of plan.sections.flatMap((s) => s.goals)) {
      expect(goal.actions.length).toBeGreaterThan(0);
      expect(goal.metrics.length).toBeGreaterThan(0);
    }
  });

  it('has pools of every allocation key and rounding, one of them for some municipalities only', () => {
    const pools = plan.contributions.pools;
    expect(new Set(pools.map((p) => p.key.kind))).toEqual(new Set(ALLOCATION_KEY_KINDS));
    expect(new Set(pools.map((p) => p.rounding))).toEqual(new Set(ROUNDINGS));
    expect(pools.filter((p) => p.municipalities !== undefined).map((p) => p.id)).toEqual(['naringsliv']);
  });

  it('shares out exactly the budget year\'s municipal funding, and the previous shares add up to the year before', () => {
    const funding = (year: number) => new Decimal(plan.budget.years.find((y) => y.year === year)!.municipalFunding!);
    const contributions = municipalContributions(plan);
    expect(contributions.skippedPools).toEqual([]);
    expect(contributions.total.toFixed(2)).toBe('812450.00');
    expect(contributions.total.eq(funding(2026))).toBe(true);
    expect(sum(plan.contributions.previous!.amounts.map((a) => new Decimal(a.amount))).eq(funding(2025))).toBe(true);
  });
});
