import type { NarrativeFigure, Plan } from '../model/plan';
import { budgetMeasure, budgetYearEntry, type BudgetMeasure } from './figures';
import { Decimal, roundHalfUp, writtenDecimals } from './money';

/** Why a narrative figure could not be checked. */
export type NarrativeGap =
  | { code: 'figure-missing'; measure: BudgetMeasure; year: number }
  | { code: 'base-year-missing' }
  | { code: 'base-zero'; measure: BudgetMeasure; year: number }
  | { code: 'share-in-euros' };

export type NarrativeCheck =
  | { kind: 'matches'; computed: Decimal; tolerance: Decimal }
  | { kind: 'mismatch'; computed: Decimal; tolerance: Decimal }
  | { kind: 'unverifiable'; gap: NarrativeGap };

/**
 * How far a stated figure may be from the computed one.
 *
 * Exact ("54 %", "0,4 %"): the computed value rounded half-up to the stated
 * decimals must equal it; the tolerance returned is half a unit of the last
 * written decimal, for display. Approximate ("noin 14 %", "n. 4300 euroa"):
 * within one unit of the last significant digit ("-14" ±1, "-4300" ±100,
 * "-500000" ±100000, "2.4" ±0.1), because "about" in a plan text is that loose.
 */
export function narrativeTolerance(value: string, approximate: boolean): Decimal {
  const decimals = writtenDecimals(value);
  if (!approximate) return new Decimal(10).pow(-decimals).div(2);
  if (decimals > 0) return new Decimal(10).pow(-decimals);
  const digits = value.replace('-', '');
  const trailingZeros = /^0+$/.test(digits) ? 0 : digits.length - digits.replace(/0+$/, '').length;
  return new Decimal(10).pow(trailingZeros);
}

/** Whether a computed value agrees with a stated one under the wording's tolerance. */
export function narrativeMatches(stated: string, approximate: boolean, computed: Decimal): boolean {
  const statedValue = new Decimal(stated);
  if (!approximate) return roundHalfUp(computed, writtenDecimals(stated)).eq(statedValue);
  return computed.minus(statedValue).abs().lte(narrativeTolerance(stated, true));
}

/**
 * The value a narrative figure claims, computed from the budget: 'share' is
 * measure / total of `year` in per cent; 'change' is measure(year) −
 * measure(baseYear), in per cent of the base (unit %) or in euros (unit €).
 */
export function computeNarrativeFigure(plan: Plan, figure: NarrativeFigure): { value: Decimal } | { gap: NarrativeGap } {
  const measureIn = (measure: BudgetMeasure, year: number): Decimal | null =>
    budgetMeasure(budgetYearEntry(plan, year)?.entry, measure);

  if (figure.kind === 'share') {
    if (figure.unit === '€') return { gap: { code: 'share-in-euros' } };
    const part = measureIn(figure.measure, figure.year);
    if (part === null) return { gap: { code: 'figure-missing', measure: figure.measure, year: figure.year } };
    const total = measureIn('total', figure.year);
    if (total === null) return { gap: { code: 'figure-missing', measure: 'total', year: figure.year } };
    if (total.isZero()) return { gap: { code: 'base-zero', measure: 'total', year: figure.year } };
    return { value: part.div(total).times(100) };
  }

  if (figure.baseYear === undefined) return { gap: { code: 'base-year-missing' } };
  const current = measureIn(figure.measure, figure.year);
  if (current === null) return { gap: { code: 'figure-missing', measure: figure.measure, year: figure.year } };
  const base = measureIn(figure.measure, figure.baseYear);
  if (base === null) return { gap: { code: 'figure-missing', measure: figure.measure, year: figure.baseYear } };
  const change = current.minus(base);
  if (figure.unit === '€') return { value: change };
  if (base.isZero()) return { gap: { code: 'base-zero', measure: figure.measure, year: figure.baseYear } };
  return { value: change.div(base).times(100) };
}

/** Checks one narrative figure against the budget. */
export function checkNarrativeFigure(plan: Plan, figure: NarrativeFigure): NarrativeCheck {
  const result = computeNarrativeFigure(plan, figure);
  if ('gap' in result) return { kind: 'unverifiable', gap: result.gap };
  const tolerance = narrativeTolerance(figure.value, figure.approximate);
  const kind = narrativeMatches(figure.value, figure.approximate, result.value) ? 'matches' : 'mismatch';
  return { kind, computed: result.value, tolerance };
}

/** Checks every narrative figure of the plan, in plan order. */
export function checkNarrativeFigures(plan: Plan): Array<{ figure: NarrativeFigure; index: number; check: NarrativeCheck }> {
  return (plan.narrativeFigures ?? []).map((figure, index) => ({ figure, index, check: checkNarrativeFigure(plan, figure) }));
}
