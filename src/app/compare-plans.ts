import { comparePlans as compare, isUnchanged, type PlanComparison } from '../engine/plan-diff/compare-plans';
import { validatePlan } from '../engine/validate';
import { layOutWorkbook, type LaidOutWorkbook } from '../layout/lay-out-workbook';
import { changesSheet } from '../layout/sheets/changes-sheet';
import type { SheetLayout } from '../layout/workbook-layout';
import type { Plan } from '../model/plan';

/*
 * Kept apart from lay-out-plan.ts and rebuild-workbook.ts so that a host
 * that never compares (the task pane) does not carry the comparison in its
 * bundle: the sheet is laid out here and handed to them.
 */

export interface PlanVersions {
  comparison: PlanComparison;
  /** Nothing changed from the old plan to the new. */
  unchanged: boolean;
}

/** An earlier version of the plan to show the changes from (Muutokset), and what to call it there (its file name). */
export interface EarlierVersion {
  label: string;
  plan: Plan;
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

/** Muutokset for a plan: the changes since the earlier version, in the plan's language. */
export function changesSheetFor(plan: Plan, earlier: EarlierVersion): SheetLayout {
  return changesSheet(plan, { label: earlier.label, comparison: compare(earlier.plan, plan) }, plan.language);
}

/** layOutPlan with Muutokset: the workbook for a plan and the changes since an earlier version. */
export function layOutPlanComparedWith(plan: Plan, earlier: EarlierVersion): LaidOutWorkbook {
  return layOutWorkbook(plan, validatePlan(plan), { changes: changesSheetFor(plan, earlier) });
}
