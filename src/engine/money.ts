import DecimalJs from 'decimal.js';

/**
 * The engine's one Decimal constructor. Fifty significant digits keep every
 * intermediate quotient far beyond the cent, and ROUND_HALF_UP (half away from
 * zero) is what Excel's ROUND does, so engine and workbook agree to the cent.
 */
export const Decimal = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Parses a money (or any decimal) string from the plan. */
export function toMoney(value: string): Decimal {
  return new Decimal(value);
}

/** Rounds half away from zero, as Excel's ROUND does. */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Formats with exactly `decimals` decimals and no "-0". */
export function formatFixed(value: Decimal, decimals: number): string {
  const rounded = roundHalfUp(value, decimals);
  return (rounded.isZero() ? new Decimal(0) : rounded).toFixed(decimals);
}

/** Money as the plan file writes it: "12345.67", always two decimals. */
export function formatMoney(value: Decimal): string {
  return formatFixed(value, 2);
}

/** Sums a list of decimals exactly. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** part / whole in per cent; null when the whole is zero. Unrounded. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.div(whole).times(HUNDRED);
}

/** Change from base to current in per cent of the base; null when the base is zero. Unrounded. */
export function percentChange(current: Decimal, base: Decimal): Decimal | null {
  return base.isZero() ? null : current.minus(base).div(base).times(HUNDRED);
}

/** The number of decimals a decimal string is written with ("2.40" -> 2, "54" -> 0). */
export function writtenDecimals(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}
