import type { Plan } from '../../model/plan';
import { budgetFigureChanges, budgetLineChanges, type BudgetFigureChange, type BudgetLineChange } from './budget-changes';
import { contributionChanges, type ContributionChange } from './contribution-changes';
import { councilChanges, municipalityChanges, type CouncilChange, type MunicipalityChange } from './municipality-changes';
import { poolChanges, type PoolChange } from './pool-changes';
import { structureChanges, type StructureChange } from './structure-changes';

export interface PlanPeriod {
  budgetYear: number;
  planYears: number[];
}

/** What changed from one version of a plan to the next (e.g. the management committee's to the council's). */
export interface PlanComparison {
  /** The budget year and plan years, when they differ. */
  period: { old: PlanPeriod; new: PlanPeriod } | null;
  structure: StructureChange[];
  budgetFigures: BudgetFigureChange[];
  budgetLines: BudgetLineChange[];
  municipalities: MunicipalityChange[];
  council: CouncilChange[];
  pools: PoolChange[];
  contributions: ContributionChange[];
}

/**
 * Compares two plans. Nested objects are matched by id, then by text
 * similarity (text-similarity.ts); budget years by year; everything
 * computed (contributions, seats) is computed by the engine for both plans.
 */
export function comparePlans(oldPlan: Plan, newPlan: Plan): PlanComparison {
  const period = (plan: Plan): PlanPeriod => ({ budgetYear: plan.budgetYear, planYears: [...plan.planYears] });
  const samePeriod = oldPlan.budgetYear === newPlan.budgetYear && oldPlan.planYears.join(',') === newPlan.planYears.join(',');
  return {
    period: samePeriod ? null : { old: period(oldPlan), new: period(newPlan) },
    structure: structureChanges(oldPlan, newPlan),
    budgetFigures: budgetFigureChanges(oldPlan, newPlan),
    budgetLines: budgetLineChanges(oldPlan, newPlan),
    municipalities: municipalityChanges(oldPlan, newPlan),
    council: councilChanges(oldPlan, newPlan),
    pools: poolChanges(oldPlan, newPlan),
    contributions: contributionChanges(oldPlan, newPlan),
  };
}

/** Whether the comparison found nothing that changed. */
export function isUnchanged(comparison: PlanComparison): boolean {
  return (
    comparison.period === null &&
    comparison.structure.length === 0 &&
    comparison.budgetFigures.length === 0 &&
    comparison.budgetLines.length === 0 &&
    comparison.municipalities.length === 0 &&
    comparison.council.length === 0 &&
    comparison.pools.length === 0 &&
    comparison.contributions.length === 0
  );
}
