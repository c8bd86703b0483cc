import { Decimal } from '../engine/money';

/**
 * The one written form of money and decimals in a workbook-backed plan. A
 * number cell keeps a value, not how it was written, so "1234.5" and
 * "1234.50" read back alike; the layout writes, and the reader returns, one
 * canonical form:
 * - money: whole euros without decimals ("2157119"), otherwise exactly two
 *   ("1234.50"), as plan files write euros and cents;
 * - other decimals: the shortest form ("2.4", "0.125", "54").
 * Negative zero is "0".
 */
export function canonicalMoney(value: string | Decimal): string {
  const amount = new Decimal(value);
  if (amount.isZero()) return '0';
  return amount.isInteger() ? amount.toFixed(0) : amount.toFixed(2);
}

export function canonicalDecimal(value: string | Decimal): string {
  const number = new Decimal(value);
  return number.isZero() ? '0' : number.toFixed();
}
