import { comparePlans } from '../engine/plan-diff/compare-plans';
import { validatePlan } from '../engine/validate';
import { layOutWorkbook, type LaidOutWorkbook } from '../layout/lay-out-workbook';
import type { ComparedVersion } from '../layout/sheets/changes-sheet';
import type { Plan } from '../model/plan';

/** An earlier version of the plan to show the changes from (Muutokset), and what to call it there (its file name). */
export interface EarlierVersion {
  label: string;
  plan: Plan;
}

/**
 * The workbook for a plan, laid out once: its sheets, and its findings
 * pointing at the cells the objects concerned landed in. What a host writes
 * when it generates a workbook from a plan file. With `compareWith`, the
 * workbook also has Muutokset, the changes since that version.
 */
export function layOutPlan(plan: Plan, options: { compareWith?: EarlierVersion } = {}): LaidOutWorkbook {
  return layOutWorkbook(plan, validatePlan(plan), comparedOptions(plan, options.compareWith));
}

/** layOutWorkbook's options for a comparison with an earlier version, if any. */
export function comparedOptions(plan: Plan, earlier: EarlierVersion | undefined): { compared?: ComparedVersion } {
  return earlier === undefined ? {} : { compared: { label: earlier.label, comparison: comparePlans(earlier.plan, plan) } };
}
