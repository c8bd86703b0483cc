import { validatePlan } from '../engine/validate';
import { layOutWorkbook, type LaidOutWorkbook } from '../layout/lay-out-workbook';
import type { Plan } from '../model/plan';

/**
 * The workbook for a plan, laid out once: its sheets, and its findings
 * pointing at the cells the objects concerned landed in. What a host writes
 * when it generates a workbook from a plan file.
 */
export function layOutPlan(plan: Plan): LaidOutWorkbook {
  return layOutWorkbook(plan, validatePlan(plan));
}
