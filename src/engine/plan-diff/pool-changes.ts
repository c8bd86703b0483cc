import type { Plan, Pool } from '../../model/plan';
import { Decimal, toMoney } from '../money';
import { amountChange, type AmountChange } from './amount-change';
import { matchObjects, type Matchable, type Matching } from './match-objects';

export interface PoolSide {
  id: string;
  name: string;
  amount: Decimal;
  key: Pool['key']['kind'];
  rounding: Pool['rounding'];
}

/** id (matched by name), renamed, amount, key (its kind, weights or fixed amounts), rounding, members (who shares it). */
export type PoolAspect = 'id' | 'renamed' | 'amount' | 'key' | 'rounding' | 'members';

export interface PoolChange {
  change: 'added' | 'removed' | 'changed';
  aspects: PoolAspect[];
  old: PoolSide | null;
  new: PoolSide | null;
  amount: AmountChange;
}

/** Cost pools matched by id, then by name. */
export function matchPools(oldPlan: Plan, newPlan: Plan): Matching<Pool> {
  const matchable = (pool: Pool): Matchable<Pool> => ({ id: pool.id, text: pool.name, parentId: null, item: pool });
  return matchObjects(oldPlan.contributions.pools.map(matchable), newPlan.contributions.pools.map(matchable));
}

/** The pools added, removed or changed; new plan order, then the removed. */
export function poolChanges(oldPlan: Plan, newPlan: Plan): PoolChange[] {
  const matching = matchPools(oldPlan, newPlan);
  const side = (pool: Pool): PoolSide => ({ id: pool.id, name: pool.name, amount: toMoney(pool.amount), key: pool.key.kind, rounding: pool.rounding });
  const pairByNew = new Map(matching.pairs.map((p) => [p.new.item, p.old.item]));
  const changes: PoolChange[] = [];
  for (const n of newPlan.contributions.pools) {
    const o = pairByNew.get(n);
    if (o === undefined) {
      changes.push({ change: 'added', aspects: [], old: null, new: side(n), amount: amountChange(null, toMoney(n.amount)) });
      continue;
    }
    const aspects: PoolAspect[] = [];
    if (o.id !== n.id) aspects.push('id');
    if (o.name !== n.name) aspects.push('renamed');
    if (!toMoney(o.amount).equals(toMoney(n.amount))) aspects.push('amount');
    if (keyText(o.key) !== keyText(n.key)) aspects.push('key');
    if (o.rounding !== n.rounding) aspects.push('rounding');
    if ([...(o.municipalities ?? [])].sort().join(',') !== [...(n.municipalities ?? [])].sort().join(',')) aspects.push('members');
    if (aspects.length > 0) changes.push({ change: 'changed', aspects, old: side(o), new: side(n), amount: amountChange(toMoney(o.amount), toMoney(n.amount)) });
  }
  for (const o of matching.removed) changes.push({ change: 'removed', aspects: [], old: side(o.item), new: null, amount: amountChange(toMoney(o.item.amount), null) });
  return changes;
}

/** A key in a canonical form: its kind and its weights or amounts by municipality, as numbers. */
function keyText(key: Pool['key']): string {
  switch (key.kind) {
    case 'population':
    case 'equal':
      return key.kind;
    case 'weights':
      return `weights:${key.weights.map((w) => `${w.municipality}=${new Decimal(w.weight).toString()}`).sort().join(',')}`;
    case 'fixed':
      return `fixed:${key.amounts.map((a) => `${a.municipality}=${toMoney(a.amount).toString()}`).sort().join(',')}`;
  }
}
