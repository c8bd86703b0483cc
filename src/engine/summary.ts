import type { Plan } from '../model/plan';
import { councilSeatsByMunicipality } from './seats';

export interface PlanSummary {
  organisation: string;
  budgetYear: number;
  planYears: number[];
  municipalities: number;
  /** Teams and cross-cutting sections alike: every section of the action plan. */
  teams: number;
  goals: number;
  /** Actions and sub-actions together. */
  actions: number;
  metrics: number;
  /** The seats the council rule gives; null when the rule itself is unusable (reported as a finding). */
  councilSeats: number | null;
  councilSize: number;
}

export interface SectionCounts {
  id: string;
  title: string;
  goals: number;
  actions: number;
  subActions: number;
  metrics: number;
}

export function sectionCounts(plan: Plan): SectionCounts[] {
  return plan.sections.map((section) => {
    let actions = 0;
    let subActions = 0;
    let metrics = 0;
    for (const goal of section.goals) {
      actions += goal.actions.length;
      for (const action of goal.actions) subActions += action.subActions?.length ?? 0;
      metrics += goal.metrics.length;
    }
    return { id: section.id, title: section.title, goals: section.goals.length, actions, subActions, metrics };
  });
}

export function planSummary(plan: Plan): PlanSummary {
  const counts = sectionCounts(plan);
  const total = (pick: (c: SectionCounts) => number): number => counts.reduce((n, c) => n + pick(c), 0);
  const ruleUsable = Number.isInteger(plan.council.seatsPerStartedInhabitants) && plan.council.seatsPerStartedInhabitants > 0;
  return {
    organisation: plan.organisation.name,
    budgetYear: plan.budgetYear,
    planYears: [...plan.planYears],
    municipalities: plan.municipalities.length,
    teams: plan.sections.length,
    goals: total((c) => c.goals),
    actions: total((c) => c.actions + c.subActions),
    metrics: total((c) => c.metrics),
    councilSeats: ruleUsable ? councilSeatsByMunicipality(plan).total : null,
    councilSize: plan.council.declaredSize,
  };
}
