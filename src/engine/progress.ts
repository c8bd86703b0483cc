import type { ActionStatus, Goal, MetricValue, Plan } from '../model/plan';
import { Decimal, HUNDRED } from './money';

/**
 * The seed's most common metric, "toimenpiteiden toteutumisaste": the share
 * of the actions carried out. Defined once here; the workbook's formulas
 * (Tavoitteet, Yhteenveto) count the same way.
 *
 * - The unit is the row of the Actions table: every action and every
 *   sub-action with a status counts once. A sub-action is a task of its own
 *   that people mark done on its own row, and a plain count is what anyone
 *   can check by filtering the table (a fractional credit per parent action
 *   could not be).
 * - done counts as carried out; planned and inProgress as not (yet) carried
 *   out; cancelled is left out (a decision to drop an action is not a
 *   shortfall of the plan); no status is left out too: nobody has reported
 *   on it, and counting it as not done would show 0 % for a plan nobody has
 *   followed up yet.
 * - A goal, team or plan with nothing counted has no progress (null, a blank
 *   cell), never 0 %.
 * - A team's and the plan's share pool their rows (done / counted over all
 *   their goals), so every action weighs the same wherever it is; it is not
 *   the mean of the goals' shares.
 * The share is a Decimal quotient (50 significant digits, money.ts), never a
 * float; reports round the per cent to one decimal, half up.
 */

/** The statuses that count, and whether each counts as carried out. */
const COUNTED: Readonly<Record<ActionStatus, boolean | null>> = { done: true, inProgress: false, planned: false, cancelled: null };
export const COUNTED_STATUSES: readonly ActionStatus[] = ['planned', 'inProgress', 'done'];

export interface ProgressTally {
  /** Actions and sub-actions done. */
  done: number;
  /** Actions and sub-actions with a status other than cancelled. */
  counted: number;
}

export interface Progress extends ProgressTally {
  /** done / counted (Decimal, 50 significant digits); null when nothing is counted. */
  share: Decimal | null;
}

export interface GoalProgress extends Progress {
  id: string;
  section: string;
  title: string;
}

export interface SectionProgress extends Progress {
  id: string;
  title: string;
}

export type MetricStatus = 'reached' | 'notReached' | 'noData';

export interface MetricYearStatus {
  metric: string;
  goal: string;
  year: number;
  baseline: Decimal | null;
  target: Decimal | null;
  actual: Decimal | null;
  status: MetricStatus;
}

export interface PlanProgress {
  plan: Progress;
  sections: SectionProgress[];
  goals: GoalProgress[];
  /** Every year value of every metric, in plan order. */
  metrics: MetricYearStatus[];
}

export function goalTally(goal: Goal): ProgressTally {
  let done = 0;
  let counted = 0;
  for (const action of goal.actions) {
    for (const item of [action, ...(action.subActions ?? [])]) {
      const carriedOut = item.status === undefined ? null : COUNTED[item.status];
      if (carriedOut === null) continue;
      counted += 1;
      if (carriedOut) done += 1;
    }
  }
  return { done, counted };
}

export function progressOf(tallies: readonly ProgressTally[]): Progress {
  const done = tallies.reduce((n, t) => n + t.done, 0);
  const counted = tallies.reduce((n, t) => n + t.counted, 0);
  return { done, counted, share: counted === 0 ? null : new Decimal(done).div(counted) };
}

/**
 * Whether a year's actual reaches its target. A target below the year's
 * baseline means the aim is to get down to it (costs, waiting times), so
 * the actual must be at most the target; otherwise at least. No data when
 * the target or the actual is missing.
 */
export function metricStatus(value: Pick<MetricValue, 'baseline' | 'target' | 'actual'>): MetricStatus {
  if (value.target === undefined || value.actual === undefined) return 'noData';
  const target = new Decimal(value.target);
  const actual = new Decimal(value.actual);
  const decrease = value.baseline !== undefined && new Decimal(value.baseline).gt(target);
  return (decrease ? actual.lte(target) : actual.gte(target)) ? 'reached' : 'notReached';
}

export function planProgress(plan: Plan): PlanProgress {
  const goals: GoalProgress[] = [];
  const sections: SectionProgress[] = [];
  const metrics: MetricYearStatus[] = [];
  const value = (v: string | undefined): Decimal | null => (v === undefined ? null : new Decimal(v));
  for (const section of plan.sections) {
    const tallies = section.goals.map(goalTally);
    section.goals.forEach((goal, i) => {
      goals.push({ id: goal.id, section: section.id, title: goal.title, ...progressOf([tallies[i]!]) });
      for (const metric of goal.metrics) {
        for (const v of metric.values ?? []) {
          metrics.push({
            metric: metric.id,
            goal: goal.id,
            year: v.year,
            baseline: value(v.baseline),
            target: value(v.target),
            actual: value(v.actual),
            status: metricStatus(v),
          });
        }
      }
    });
    sections.push({ id: section.id, title: section.title, ...progressOf(tallies) });
  }
  return { plan: progressOf(goals), sections, goals, metrics };
}

/** A share in per cent rounded half up to one decimal ("66.7"), or null. */
export function percentText(share: Decimal | null): string | null {
  return share === null ? null : share.times(HUNDRED).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
}
