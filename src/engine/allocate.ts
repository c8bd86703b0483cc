import { Decimal } from './money';

/**
 * Misuse of `allocate` by the calling code. User data never reaches `allocate`
 * unchecked: pool rules report bad amounts and keys as findings first.
 */
export class AllocationPreconditionError extends Error {
  override readonly name = 'AllocationPreconditionError';
}

/** One item of a largest-remainder allocation, with every step shown so the workbook can reproduce it. */
export interface AllocationItem {
  weight: Decimal;
  /** amount × weight / total weight, exact to 50 significant digits. */
  quota: Decimal;
  /** The quota rounded down to a multiple of the unit. */
  floor: Decimal;
  /** quota − floor: 0 ≤ remainder < unit. */
  remainder: Decimal;
  /** 1-based order in which items receive the leftover units; items ranked 1..leftoverUnits get one unit each. */
  rank: number;
  /** floor, plus one unit when rank ≤ the number of leftover units. */
  share: Decimal;
}

/**
 * Splits `amount` in proportion to `weights` by the largest-remainder
 * (Hamilton) method in multiples of `unit` (0.01 for cents, 1 for euros).
 *
 * Each quota is floored to the unit; the units left over go one each to the
 * items in rank order: larger remainder first, then larger weight, then the
 * earlier item. So the shares always sum exactly to the amount, each share is
 * within one unit of its quota, and a zero weight gets nothing.
 *
 * Ranking uses exact integer arithmetic (BigInt), so two remainders that are
 * equal in fact are never told apart by rounding noise.
 */
export function allocate(amount: Decimal, weights: readonly Decimal[], unit: Decimal): AllocationItem[] {
  const amountD = new Decimal(amount);
  const unitD = new Decimal(unit);
  const weightsD = weights.map((w) => new Decimal(w));
  if (!unitD.isPositive() || unitD.isZero()) throw new AllocationPreconditionError(`unit must be positive, got ${unitD.toString()}`);
  if (amountD.isNegative()) throw new AllocationPreconditionError(`amount must not be negative, got ${amountD.toString()}`);
  if (weightsD.length === 0) throw new AllocationPreconditionError('at least one weight is needed');
  weightsD.forEach((w, i) => {
    if (w.isNegative()) throw new AllocationPreconditionError(`weight ${i} is negative: ${w.toString()}`);
  });

  // Scale amount and unit to integers of the same scale; the allocation is then in whole units.
  const moneyScale = Math.max(amountD.decimalPlaces(), unitD.decimalPlaces());
  const amountScaled = toScaledBigInt(amountD, moneyScale);
  const unitScaled = toScaledBigInt(unitD, moneyScale);
  if (amountScaled % unitScaled !== 0n) {
    throw new AllocationPreconditionError(`amount ${amountD.toString()} is not a multiple of the unit ${unitD.toString()}`);
  }
  const units = amountScaled / unitScaled;

  const weightScale = Math.max(...weightsD.map((w) => w.decimalPlaces()));
  const w = weightsD.map((weight) => toScaledBigInt(weight, weightScale));
  const totalWeight = w.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) throw new AllocationPreconditionError('the weights sum to zero');

  // In units: quota_i = units × w_i / W = floor_i + r_i / W with 0 ≤ r_i < W.
  const floors = w.map((wi) => (units * wi) / totalWeight);
  const remainders = w.map((wi) => (units * wi) % totalWeight);
  const leftover = units - floors.reduce((a, b) => a + b, 0n);

  const order = w.map((_, i) => i);
  order.sort((a, b) => compareDesc(remainders[a]!, remainders[b]!) || compareDesc(w[a]!, w[b]!) || a - b);
  const rank = new Array<number>(w.length);
  order.forEach((index, position) => {
    rank[index] = position + 1;
  });

  const totalWeightD = new Decimal(totalWeight);
  return weightsD.map((weight, i) => {
    const floorUnits = floors[i]!;
    const extra = BigInt(rank[i]!) <= leftover ? 1n : 0n;
    return {
      weight,
      quota: new Decimal(units * w[i]!).div(totalWeightD).times(unitD),
      floor: unitD.times(new Decimal(floorUnits)),
      remainder: new Decimal(remainders[i]!).div(totalWeightD).times(unitD),
      rank: rank[i]!,
      share: unitD.times(new Decimal(floorUnits + extra)),
    };
  });
}

function toScaledBigInt(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale).replace('.', ''));
}

function compareDesc(a: bigint, b: bigint): number {
  return a > b ? -1 : a < b ? 1 : 0;
}
