import type { Plan } from '../../model/plan';
import { municipalContributions, type MunicipalContributions } from '../contributions';
import { Decimal } from '../money';
import { amountChange, type AmountChange } from './amount-change';
import { matchObjects, type Matchable } from './match-objects';
import { matchPools } from './pool-changes';

export interface ContributionCell extends AmountChange {
  /** The pool as the new plan names it (the old plan's for a removed pool). */
  pool: { id: string; name: string };
}

export interface ContributionChange {
  /** The municipality as the new plan names it (the old plan's for a removed member). */
  municipality: { id: string; name: string };
  /** Every pool either plan shares this municipality in: matched and added pools in the new plan's order, then removed pools. */
  pools: ContributionCell[];
  total: AmountChange;
}

/**
 * Each municipality's contribution per cost pool in both plans, as the
 * engine allocates them, and the change in euros. Municipalities are matched
 * as members are (id, then name), pools as pools are. Only municipalities
 * whose contribution changes somewhere are listed; a pool whose key cannot
 * be applied in a plan counts as no contribution in that plan. For every
 * pool the changes sum to the change of the pool's amount (both allocations
 * sum exactly to their pools).
 */
export function contributionChanges(oldPlan: Plan, newPlan: Plan): ContributionChange[] {
  const before = municipalContributions(oldPlan);
  const after = municipalContributions(newPlan);
  const poolMatching = matchPools(oldPlan, newPlan);
  const oldPoolOf = new Map(poolMatching.pairs.map((p) => [p.new.id, p.old.id]));
  const columns: Array<{ id: string; name: string; oldId: string | null; newId: string | null }> = [
    ...newPlan.contributions.pools.map((p) => ({ id: p.id, name: p.name, oldId: oldPoolOf.get(p.id) ?? null, newId: p.id })),
    ...poolMatching.removed.map((p) => ({ id: p.id, name: p.text, oldId: p.id, newId: null })),
  ];

  type M = Plan['municipalities'][number];
  const matchable = (m: M): Matchable<M> => ({ id: m.id, text: m.name, parentId: null, item: m });
  const members = matchObjects(oldPlan.municipalities.map(matchable), newPlan.municipalities.map(matchable));
  const oldMemberOf = new Map(members.pairs.map((p) => [p.new.id, p.old.id]));
  const rows: Array<{ id: string; name: string; oldId: string | null; newId: string | null }> = [
    ...newPlan.municipalities.map((m) => ({ id: m.id, name: m.name, oldId: oldMemberOf.get(m.id) ?? null, newId: m.id })),
    ...members.removed.map((m) => ({ id: m.id, name: m.text, oldId: m.id, newId: null })),
  ];

  const changes: ContributionChange[] = [];
  for (const row of rows) {
    const pools = columns
      .map((column) => ({ pool: { id: column.id, name: column.name }, ...amountChange(share(before, row.oldId, column.oldId), share(after, row.newId, column.newId)) }))
      .filter((cell) => cell.old !== null || cell.new !== null);
    const total = amountChange(rowTotal(before, row.oldId), rowTotal(after, row.newId));
    if (pools.some((cell) => !cell.change.isZero()) || !total.change.isZero() || (total.old === null) !== (total.new === null)) {
      changes.push({ municipality: { id: row.id, name: row.name }, pools, total });
    }
  }
  return changes;
}

function share(contributions: MunicipalContributions, municipality: string | null, pool: string | null): Decimal | null {
  if (municipality === null || pool === null) return null;
  const column = contributions.pools.findIndex((p) => p.id === pool);
  const row = contributions.rows.find((r) => r.id === municipality);
  if (column < 0 || row === undefined) return null;
  return row.amounts[column] ?? null;
}

function rowTotal(contributions: MunicipalContributions, municipality: string | null): Decimal | null {
  if (municipality === null) return null;
  return contributions.rows.find((r) => r.id === municipality)?.total ?? null;
}
