import type { Plan } from '../model/plan';
import { Decimal, percentChange, sum, toMoney, ZERO } from './money';
import { allocatePool } from './pool-shares';

export interface ContributionPoolColumn {
  id: string;
  name: string;
  /** The pool's amount, which its shares sum to exactly. */
  total: Decimal;
}

export interface MunicipalContribution {
  id: string;
  name: string;
  population: number;
  /** One amount per entry of `pools` (same order); null where the municipality does not take part in the pool. */
  amounts: Array<Decimal | null>;
  total: Decimal;
  /** From contributions.previous; null when no previous year is given or it has no amount for this municipality. */
  previousAmount: Decimal | null;
  change: Decimal | null;
  /** Change in per cent of the previous amount, unrounded; null without a previous amount or when it is zero. */
  changePercent: Decimal | null;
}

export interface MunicipalContributions {
  /** The pools that could be shared out, in plan order. */
  pools: ContributionPoolColumn[];
  /** Ids of pools left out because their key or amount has a problem (reported by the pool rules). */
  skippedPools: string[];
  rows: MunicipalContribution[];
  total: Decimal;
  previousYear: number | null;
  previousTotal: Decimal | null;
}

/** Each member municipality's contribution per pool and in total, with the change from the previous year. */
export function municipalContributions(plan: Plan): MunicipalContributions {
  const pools: ContributionPoolColumn[] = [];
  const skippedPools: string[] = [];
  const shares: Array<Map<string, Decimal>> = [];
  for (const pool of plan.contributions.pools) {
    const allocation = allocatePool(pool, plan.municipalities);
    if (allocation.kind === 'problem') {
      skippedPools.push(pool.id);
      continue;
    }
    pools.push({ id: pool.id, name: pool.name, total: toMoney(pool.amount) });
    shares.push(allocation.shares);
  }

  const previous = plan.contributions.previous;
  const previousByMunicipality = new Map<string, Decimal>();
  for (const entry of previous?.amounts ?? []) {
    if (!previousByMunicipality.has(entry.municipality)) previousByMunicipality.set(entry.municipality, toMoney(entry.amount));
  }

  const rows = plan.municipalities.map((m): MunicipalContribution => {
    const amounts = shares.map((poolShares) => poolShares.get(m.id) ?? null);
    const total = sum(amounts.map((a) => a ?? ZERO));
    const previousAmount = previousByMunicipality.get(m.id) ?? null;
    return {
      id: m.id,
      name: m.name,
      population: m.population,
      amounts,
      total,
      previousAmount,
      change: previousAmount === null ? null : total.minus(previousAmount),
      changePercent: previousAmount === null ? null : percentChange(total, previousAmount),
    };
  });

  return {
    pools,
    skippedPools,
    rows,
    total: sum(rows.map((r) => r.total)),
    previousYear: previous?.year ?? null,
    previousTotal: previous === undefined ? null : sum(previous.amounts.map((a) => toMoney(a.amount))),
  };
}
