import type { Plan } from '../model/plan';
import { percentText, planProgress, type MetricStatus, type Progress } from './progress';
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
  progress: SummaryProgress;
}

/** A progress figure as reports give it: the counts and the per cent rounded half up to one decimal, null when nothing is counted. */
export interface ProgressFigure {
  done: number;
  counted: number;
  percent: string | null;
}

/** "Toimenpiteiden toteutumisaste" (progress.ts) for the plan, per team and per goal; every metric's status per year. */
export interface SummaryProgress {
  plan: ProgressFigure;
  teams: Array<{ id: string; title: string } & ProgressFigure>;
  goals: Array<{ id: string; team: string; title: string } & ProgressFigure>;
  metrics: {
    reached: number;
    notReached: number;
    noData: number;
    /** Values as the plan gives them (decimal strings), null where missing. */
    values: Array<{ metric: string; goal: string; year: number; baseline: string | null; target: string | null; actual: string | null; status: MetricStatus }>;
  };
}

const figure = (p: Progress): ProgressFigure => ({ done: p.done, counted: p.counted, percent: percentText(p.share) });

export function summaryProgress(plan: Plan): SummaryProgress {
  const progress = planProgress(plan);
  const count = (status: MetricStatus): number => progress.metrics.filter((m) => m.status === status).length;
  const text = (value: { toFixed(): string } | null): string | null => (value === null ? null : value.toFixed());
  return {
    plan: figure(progress.plan),
    teams: progress.sections.map((s) => ({ id: s.id, title: s.title, ...figure(s) })),
    goals: progress.goals.map((g) => ({ id: g.id, team: g.section, title: g.title, ...figure(g) })),
    metrics: {
      reached: count('reached'),
      notReached: count('notReached'),
      noData: count('noData'),
      values: progress.metrics.map((m) => ({
        metric: m.metric,
        goal: m.goal,
        year: m.year,
        baseline: text(m.baseline),
        target: text(m.target),
        actual: text(m.actual),
        status: m.status,
      })),
    },
  };
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
    progress: summaryProgress(plan),
  };
}
