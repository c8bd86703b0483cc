import { municipalContributions } from '../engine/contributions';
import { formatMoney } from '../engine/money';
import { planSummary, type PlanSummary } from '../engine/summary';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';

/** One municipality's contribution in the budget year; money as decimal strings with two decimals. */
export interface ShareLine {
  municipality: string;
  population: number;
  amount: string;
  previousAmount: string | null;
  change: string | null;
}

export interface PlanReport {
  summary: PlanSummary;
  shares: ShareLine[];
  /** Errors first, then warnings, then notes. */
  findings: Finding[];
}

/** What a plan holds, what each municipality pays, and what is wrong with it: the report every host shows. */
export function reportOnPlan(plan: Plan, findings: readonly Finding[]): PlanReport {
  const contributions = municipalContributions(plan);
  return {
    summary: planSummary(plan),
    shares: contributions.rows.map((row) => ({
      municipality: row.name,
      population: row.population,
      amount: formatMoney(row.total),
      previousAmount: row.previousAmount === null ? null : formatMoney(row.previousAmount),
      change: row.change === null ? null : formatMoney(row.change),
    })),
    findings: [...findings],
  };
}
