import type { Municipality, Pool } from '../model/plan';
import { allocate } from './allocate';
import { Decimal, sum, toMoney } from './money';

/** The smallest amount a pool's shares are rounded to. */
export function roundingUnit(rounding: Pool['rounding']): Decimal {
  return rounding === 'euro' ? new Decimal(1) : new Decimal('0.01');
}

/**
 * Why a pool cannot be shared out. `path` is where in the pool the problem
 * sits (relative to the pool), so a rule can point at it.
 */
export type PoolProblem =
  | { code: 'amount.negative'; path: PathSegments }
  | { code: 'amount.not-multiple-of-unit'; path: PathSegments }
  | { code: 'participants.empty'; path: PathSegments }
  | { code: 'participants.unknown'; path: PathSegments; municipality: string }
  | { code: 'population.total-zero'; path: PathSegments }
  | { code: 'population.not-positive'; path: PathSegments; municipality: string; population: number }
  | { code: 'weights.all-zero'; path: PathSegments }
  | { code: 'weights.negative'; path: PathSegments; municipality: string; weight: string }
  | { code: 'weights.outside-pool'; path: PathSegments; municipality: string }
  | { code: 'weights.duplicate'; path: PathSegments; municipality: string }
  | { code: 'weights.missing'; path: PathSegments; municipality: string }
  | { code: 'fixed.sum-mismatch'; path: PathSegments; sum: Decimal; amount: Decimal }
  | { code: 'fixed.negative'; path: PathSegments; municipality: string; amount: string }
  | { code: 'fixed.not-multiple-of-unit'; path: PathSegments; municipality: string; amount: string }
  | { code: 'fixed.outside-pool'; path: PathSegments; municipality: string }
  | { code: 'fixed.duplicate'; path: PathSegments; municipality: string }
  | { code: 'fixed.missing'; path: PathSegments; municipality: string };

export type PoolProblemCode = PoolProblem['code'];
export type PathSegments = ReadonlyArray<string | number>;

/** How one participant's share came about. Fixed amounts have no weight or rank. */
export interface PoolShareDetail {
  municipality: string;
  weight: Decimal | null;
  quota: Decimal;
  floor: Decimal;
  remainder: Decimal;
  rank: number | null;
  share: Decimal;
}

export type PoolAllocation =
  | { kind: 'ok'; unit: Decimal; shares: Map<string, Decimal>; detail: PoolShareDetail[] }
  | { kind: 'problem'; problems: PoolProblem[] };

/**
 * Shares a cost pool among its participating municipalities by its key.
 *
 * Participants are `pool.municipalities`, or every municipality when omitted,
 * always in the plan's municipality order. Keys: population (inhabitants),
 * equal (weight 1 each), weights (every participant needs exactly one weight;
 * a missing weight is a problem rather than a silent zero, because a forgotten
 * row would otherwise shift costs onto the others), fixed (every participant
 * needs exactly one amount, and the amounts must sum to the pool).
 *
 * Problems are returned, all of them, never thrown.
 */
export function allocatePool(pool: Pool, municipalities: readonly Municipality[]): PoolAllocation {
  const problems: PoolProblem[] = [];
  const unit = roundingUnit(pool.rounding);
  const amount = toMoney(pool.amount);

  if (amount.isNegative() && !amount.isZero()) problems.push({ code: 'amount.negative', path: ['amount'] });
  else if (!amount.mod(unit).isZero()) problems.push({ code: 'amount.not-multiple-of-unit', path: ['amount'] });

  const known = new Set(municipalities.map((m) => m.id));
  let participants: Municipality[] = [...municipalities];
  if (pool.municipalities !== undefined) {
    pool.municipalities.forEach((id, i) => {
      if (!known.has(id)) problems.push({ code: 'participants.unknown', path: ['municipalities', i], municipality: id });
    });
    const named = new Set(pool.municipalities);
    participants = municipalities.filter((m) => named.has(m.id));
  }
  if (participants.length === 0) {
    problems.push({ code: 'participants.empty', path: pool.municipalities !== undefined ? ['municipalities'] : ['key'] });
    return { kind: 'problem', problems };
  }

  const key = pool.key;
  let weights: Decimal[] | null = null;
  if (key.kind === 'equal') {
    weights = participants.map(() => new Decimal(1));
  } else if (key.kind === 'population') {
    if (participants.every((m) => m.population === 0)) {
      problems.push({ code: 'population.total-zero', path: ['key'] });
    } else {
      for (const m of participants) {
        if (m.population <= 0) {
          problems.push({ code: 'population.not-positive', path: ['key'], municipality: m.id, population: m.population });
        }
      }
    }
    weights = participants.map((m) => new Decimal(m.population));
  } else if (key.kind === 'weights') {
    weights = weightsFor(key.weights, participants, problems);
  } else {
    const detail = fixedAmounts(key.amounts, participants, amount, unit, problems);
    if (problems.length > 0 || detail === null) return { kind: 'problem', problems };
    return { kind: 'ok', unit, shares: new Map(detail.map((d) => [d.municipality, d.share])), detail };
  }

  if (problems.length > 0 || weights === null) return { kind: 'problem', problems };

  const items = allocate(amount, weights, unit);
  const detail: PoolShareDetail[] = items.map((item, i) => ({
    municipality: participants[i]!.id,
    weight: item.weight,
    quota: item.quota,
    floor: item.floor,
    remainder: item.remainder,
    rank: item.rank,
    share: item.share,
  }));
  return { kind: 'ok', unit, shares: new Map(detail.map((d) => [d.municipality, d.share])), detail };
}

function weightsFor(
  entries: ReadonlyArray<{ municipality: string; weight: string }>,
  participants: readonly Municipality[],
  problems: PoolProblem[],
): Decimal[] | null {
  const inPool = new Set(participants.map((m) => m.id));
  const byMunicipality = new Map<string, Decimal>();
  const before = problems.length;
  entries.forEach((entry, i) => {
    const path = ['key', 'weights', i];
    const weight = new Decimal(entry.weight);
    if (!inPool.has(entry.municipality)) {
      problems.push({ code: 'weights.outside-pool', path, municipality: entry.municipality });
    } else if (byMunicipality.has(entry.municipality)) {
      problems.push({ code: 'weights.duplicate', path, municipality: entry.municipality });
    } else {
      if (weight.isNegative() && !weight.isZero()) {
        problems.push({ code: 'weights.negative', path, municipality: entry.municipality, weight: entry.weight });
      }
      byMunicipality.set(entry.municipality, weight);
    }
  });
  for (const m of participants) {
    if (!byMunicipality.has(m.id)) problems.push({ code: 'weights.missing', path: ['key', 'weights'], municipality: m.id });
  }
  if (problems.length > before) return null;
  const weights = participants.map((m) => byMunicipality.get(m.id)!);
  if (weights.every((w) => w.isZero())) {
    problems.push({ code: 'weights.all-zero', path: ['key', 'weights'] });
    return null;
  }
  return weights;
}

function fixedAmounts(
  entries: ReadonlyArray<{ municipality: string; amount: string }>,
  participants: readonly Municipality[],
  poolAmount: Decimal,
  unit: Decimal,
  problems: PoolProblem[],
): PoolShareDetail[] | null {
  const inPool = new Set(participants.map((m) => m.id));
  const byMunicipality = new Map<string, Decimal>();
  const before = problems.length;
  entries.forEach((entry, i) => {
    const path = ['key', 'amounts', i];
    const amount = toMoney(entry.amount);
    if (!inPool.has(entry.municipality)) {
      problems.push({ code: 'fixed.outside-pool', path, municipality: entry.municipality });
    } else if (byMunicipality.has(entry.municipality)) {
      problems.push({ code: 'fixed.duplicate', path, municipality: entry.municipality });
    } else {
      if (amount.isNegative() && !amount.isZero()) {
        problems.push({ code: 'fixed.negative', path, municipality: entry.municipality, amount: entry.amount });
      } else if (!amount.mod(unit).isZero()) {
        problems.push({ code: 'fixed.not-multiple-of-unit', path, municipality: entry.municipality, amount: entry.amount });
      }
      byMunicipality.set(entry.municipality, amount);
    }
  });
  for (const m of participants) {
    if (!byMunicipality.has(m.id)) problems.push({ code: 'fixed.missing', path: ['key', 'amounts'], municipality: m.id });
  }
  const total = sum(byMunicipality.values());
  if (!total.eq(poolAmount)) problems.push({ code: 'fixed.sum-mismatch', path: ['key', 'amounts'], sum: total, amount: poolAmount });
  if (problems.length > before) return null;
  return participants.map((m) => {
    const share = byMunicipality.get(m.id)!;
    return { municipality: m.id, weight: null, quota: share, floor: share, remainder: new Decimal(0), rank: null, share };
  });
}
