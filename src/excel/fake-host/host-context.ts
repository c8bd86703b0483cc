/**
 * What proxies see of the host while applying actions: the workbook model,
 * the user's locale, "today", the optional formula evaluator and the
 * requirement profile.
 */
import type { FakeLocale } from './locale-input';
import type { RequirementProfile } from './requirement-sets';
import type { WorkbookModel } from './workbook-model';

/**
 * Supplies a value for a formula cell. The fake never calculates by itself.
 * Return undefined when the formula is not known; the cell then shows
 * UNCALCULATED (an error value) so no test can mistake it for a result.
 */
export type FormulaEvaluator = (sheetName: string, address: string, formula: string) => number | string | boolean | undefined;

export interface HostContext {
  readonly model: WorkbookModel;
  readonly locale: FakeLocale;
  readonly profile: RequirementProfile;
  today(): Date;
  readonly evaluate: FormulaEvaluator | undefined;
  maxMinor(): number;
}
