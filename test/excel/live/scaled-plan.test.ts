import { validatePlan } from '../../../src/engine/validate';
import { scaledPlan } from '../../support/scaled-plan';
import { examplePlan } from './live-support';

describe('the ten-times plan', () => {
  it('has ten times the sections and goals and validates without errors', () => {
    const plan = examplePlan();
    const scaled = scaledPlan(plan, 10);
    expect(scaled.sections).toHaveLength(plan.sections.length * 10);
    const goals = (p: typeof plan): number => p.sections.reduce((n, s) => n + s.goals.length, 0);
    expect(goals(scaled)).toBe(goals(plan) * 10);
    const errors = validatePlan(scaled).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message.en)).toEqual([]);
  });
});
