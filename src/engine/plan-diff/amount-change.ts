import { Decimal, ZERO } from '../money';

/** A money figure in the old and the new plan; null where a plan has none. */
export interface AmountChange {
  old: Decimal | null;
  new: Decimal | null;
  /** new − old, a missing figure counting as zero. */
  change: Decimal;
}

export function amountChange(oldValue: Decimal | null, newValue: Decimal | null): AmountChange {
  return { old: oldValue, new: newValue, change: (newValue ?? ZERO).minus(oldValue ?? ZERO) };
}

/** Whether two optional figures differ (a figure and no figure differ, even a zero). */
export function figuresDiffer(a: Decimal | null, b: Decimal | null): boolean {
  if (a === null || b === null) return a !== b;
  return !new Decimal(a).equals(b);
}
