import { municipalContributions } from '../engine/contributions';
import { Decimal, formatFixed, sum } from '../engine/money';
import { allocatePool } from '../engine/pool-shares';
import { validatePlan } from '../engine/validate';
import type { Finding } from '../model/finding';
import type { AllocationKey, Plan, Pool } from '../model/plan';

/** Decimals as strings, as the plan writes money: shown by the host in its language. */
export interface MunicipalityShare {
  id: string;
  name: string;
  /** The budget year's contribution, two decimals. */
  share: string;
  previous: string | null;
  change: string | null;
  /** Change in per cent of the previous amount, unrounded (up to 50 significant digits); null without a previous amount. */
  changePercent: string | null;
}

/** How one participant's share of a pool came about (allocatePool's detail). */
export interface PoolShareLine {
  municipality: string;
  name: string;
  /** Population, 1 for equal shares, the weight given; null for fixed amounts. */
  weight: string | null;
  /** The exact quota: amount × weight / sum of weights, unrounded. */
  quota: string;
  /** The quota rounded down to the pool's unit. */
  floor: string;
  /** What rounding down left: quota − floor. */
  remainder: string;
  /** Largest remainders first take one unit each; null for fixed amounts. */
  rank: number | null;
  share: string;
}

export type PoolExplanation =
  | {
      ok: true;
      id: string;
      name: string;
      amount: string;
      key: AllocationKey['kind'];
      rounding: Pool['rounding'];
      /** The rounding unit, "1" or "0.01". */
      unit: string;
      /** Sum of the weights (null for fixed amounts). */
      totalWeight: string | null;
      /** Units left after rounding every quota down: the municipalities ranked 1..leftoverUnits get one unit more. */
      leftoverUnits: number;
      lines: PoolShareLine[];
    }
  /** The pool cannot be shared out: the findings (with paths into the plan) say why. */
  | { ok: false; id: string; name: string; amount: string; key: AllocationKey['kind']; findings: Finding[] };

export interface ContributionsExplanation {
  budgetYear: number;
  previousYear: number | null;
  municipalities: MunicipalityShare[];
  total: string;
  previousTotal: string | null;
  change: string | null;
  pools: PoolExplanation[];
}

/**
 * What each municipality pays in the budget year and how each pool's shares
 * came about: the engine's own allocation detail (weights, exact quota,
 * rounding down, remainder, rank), with the rule findings of a pool that
 * cannot be shared out. Every host explains contributions from this.
 */
export function explainContributions(plan: Plan, findings: readonly Finding[] = validatePlan(plan)): ContributionsExplanation {
  const contributions = municipalContributions(plan);
  const names = new Map(plan.municipalities.map((m) => [m.id, m.name]));
  const pools = plan.contributions.pools.map((pool, index): PoolExplanation => {
    const base = { id: pool.id, name: pool.name, amount: pool.amount, key: pool.key.kind };
    const allocation = allocatePool(pool, plan.municipalities);
    if (allocation.kind === 'problem') return { ...base, ok: false, findings: findingsUnder(findings, `$.contributions.pools[${index}]`) };
    const weights = allocation.detail.flatMap((d) => (d.weight === null ? [] : [d.weight]));
    const totalWeight = weights.length > 0 && weights.length === allocation.detail.length ? sum(weights).toString() : null;
    return {
      ...base,
      ok: true,
      rounding: pool.rounding,
      unit: allocation.unit.toString(),
      totalWeight,
      leftoverUnits: new Decimal(pool.amount).minus(sum(allocation.detail.map((d) => d.floor))).div(allocation.unit).toNumber(),
      lines: allocation.detail.map((d) => ({
        municipality: d.municipality,
        name: names.get(d.municipality) ?? d.municipality,
        weight: d.weight === null ? null : d.weight.toString(),
        quota: d.quota.toString(),
        floor: d.floor.toString(),
        remainder: d.remainder.toString(),
        rank: d.rank,
        share: formatFixed(d.share, 2),
      })),
    };
  });
  const change = contributions.previousTotal === null ? null : contributions.total.minus(contributions.previousTotal);
  return {
    budgetYear: plan.budgetYear,
    previousYear: contributions.previousYear,
    municipalities: contributions.rows.map((row) => ({
      id: row.id,
      name: row.name,
      share: formatFixed(row.total, 2),
      previous: row.previousAmount === null ? null : formatFixed(row.previousAmount, 2),
      change: row.change === null ? null : formatFixed(row.change, 2),
      changePercent: row.changePercent === null ? null : row.changePercent.toString(),
    })),
    total: formatFixed(contributions.total, 2),
    previousTotal: contributions.previousTotal === null ? null : formatFixed(contributions.previousTotal, 2),
    change: change === null ? null : formatFixed(change, 2),
    pools,
  };
}

/** Findings whose JSON path is `prefix` or lies under it. */
function findingsUnder(findings: readonly Finding[], prefix: string): Finding[] {
  return findings.filter((f) => {
    if (!('path' in f.location)) return false;
    const path = f.location.path;
    return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  });
}
