import { comparePlans as compare, isUnchanged, type PlanComparison } from '../engine/plan-diff/compare-plans';
import type { Plan } from '../model/plan';

export interface PlanVersions {
  comparison: PlanComparison;
  /** Nothing changed from the old plan to the new. */
  unchanged: boolean;
}

/**
 * What changed from one version of a plan to the next, e.g. between the
 * management committee's and the council's. Each host opens the two inputs
 * (a plan file with openPlanFile, a workbook with readWorkbookGrid) and
 * hands over the plans.
 */
export function comparePlans(oldPlan: Plan, newPlan: Plan): PlanVersions {
  const comparison = compare(oldPlan, newPlan);
  return { comparison, unchanged: isUnchanged(comparison) };
}
