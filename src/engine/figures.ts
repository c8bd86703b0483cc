import type { BudgetYear, Plan } from '../model/plan';
import { Decimal, percentChange, percentOf, toMoney } from './money';

export type BudgetMeasure = 'total' | 'municipalFunding' | 'externalFunding';
export const BUDGET_MEASURES: readonly BudgetMeasure[] = ['total', 'municipalFunding', 'externalFunding'];

/** Change of one measure from the previous year in the list; null parts where either figure is missing (or, for %, the base is zero). */
export interface MeasureChange {
  amount: Decimal | null;
  percent: Decimal | null;
}

export interface BudgetYearFigures {
  year: number;
  kind: BudgetYear['kind'];
  total: Decimal | null;
  municipal: Decimal | null;
  external: Decimal | null;
  /** Unrounded per cent of the total; null when either figure is missing or the total is zero. */
  municipalShare: Decimal | null;
  externalShare: Decimal | null;
  /** Against the previous entry of budget.years; null for the first entry. */
  previousYear: number | null;
  change: Record<BudgetMeasure, MeasureChange> | null;
}

/** A budget year's figure for a measure, or null when the plan does not give it. */
export function budgetMeasure(entry: BudgetYear | undefined, measure: BudgetMeasure): Decimal | null {
  const value = entry?.[measure];
  return value === undefined ? null : toMoney(value);
}

/** The first budget.years entry for a year (duplicates are reported elsewhere). */
export function budgetYearEntry(plan: Plan, year: number): { entry: BudgetYear; index: number } | null {
  const index = plan.budget.years.findIndex((y) => y.year === year);
  return index < 0 ? null : { entry: plan.budget.years[index]!, index };
}

/**
 * Key figures per budget year, in the order of budget.years: totals, funding
 * split and change from the calendar year before (found by year, not by list
 * position, so a gap in the years gives no change rather than a two-year one,
 * as in the workbook).
 */
export function budgetFigures(plan: Plan): BudgetYearFigures[] {
  return plan.budget.years.map((entry) => {
    const total = budgetMeasure(entry, 'total');
    const municipal = budgetMeasure(entry, 'municipalFunding');
    const external = budgetMeasure(entry, 'externalFunding');
    const previous = plan.budget.years.find((other) => other.year === entry.year - 1);
    return {
      year: entry.year,
      kind: entry.kind,
      total,
      municipal,
      external,
      municipalShare: municipal && total ? percentOf(municipal, total) : null,
      externalShare: external && total ? percentOf(external, total) : null,
      previousYear: previous?.year ?? null,
      change: previous === undefined ? null : changes(entry, previous),
    };
  });
}

function changes(entry: BudgetYear, previous: BudgetYear): Record<BudgetMeasure, MeasureChange> {
  const result = {} as Record<BudgetMeasure, MeasureChange>;
  for (const measure of BUDGET_MEASURES) {
    const current = budgetMeasure(entry, measure);
    const base = budgetMeasure(previous, measure);
    result[measure] =
      current === null || base === null
        ? { amount: null, percent: null }
        : { amount: current.minus(base), percent: percentChange(current, base) };
  }
  return result;
}
