import type { Plan } from '../../model/plan';
import { BUDGET_MEASURES, budgetMeasure, type BudgetMeasure } from '../figures';
import { toMoney } from '../money';
import { amountChange, figuresDiffer, type AmountChange } from './amount-change';
import { matchObjects, type Matchable } from './match-objects';

/** One budget figure (a year's total, municipal or external funding) that differs. */
export interface BudgetFigureChange extends AmountChange {
  year: number;
  measure: BudgetMeasure;
}

/** id: the line's id changed (matched by name); renamed; section: it belongs to another team; amounts: a year's amount changed. */
export type BudgetLineAspect = 'id' | 'renamed' | 'section' | 'amounts';

export interface BudgetLineSide {
  id: string;
  name: string;
  sectionId?: string;
}

export interface BudgetLineChange {
  change: 'added' | 'removed' | 'changed';
  aspects: BudgetLineAspect[];
  old: BudgetLineSide | null;
  new: BudgetLineSide | null;
  /** The years whose amount differs (for an added or removed line, every year it has). */
  amounts: Array<AmountChange & { year: number }>;
}

/** Budget years are matched by year: every measure of every year whose figure differs, years in order. */
export function budgetFigureChanges(oldPlan: Plan, newPlan: Plan): BudgetFigureChange[] {
  const years = [...new Set([...oldPlan.budget.years, ...newPlan.budget.years].map((y) => y.year))].sort((a, b) => a - b);
  const changes: BudgetFigureChange[] = [];
  for (const year of years) {
    const o = oldPlan.budget.years.find((y) => y.year === year);
    const n = newPlan.budget.years.find((y) => y.year === year);
    for (const measure of BUDGET_MEASURES) {
      const before = budgetMeasure(o, measure);
      const after = budgetMeasure(n, measure);
      if (figuresDiffer(before, after)) changes.push({ year, measure, ...amountChange(before, after) });
    }
  }
  return changes;
}

/** Budget lines matched by id, then by name similarity. */
export function budgetLineChanges(oldPlan: Plan, newPlan: Plan): BudgetLineChange[] {
  type Line = NonNullable<Plan['budget']['lines']>[number];
  const matchable = (line: Line): Matchable<Line> => ({ id: line.id, text: line.name, parentId: null, item: line });
  const olds = (oldPlan.budget.lines ?? []).map(matchable);
  const news = (newPlan.budget.lines ?? []).map(matchable);
  const matching = matchObjects(olds, news);
  const side = (line: Line): BudgetLineSide => ({ id: line.id, name: line.name, ...(line.sectionId === undefined ? {} : { sectionId: line.sectionId }) });
  const pairByNew = new Map(matching.pairs.map((p) => [p.new, p]));
  const changes: BudgetLineChange[] = [];
  for (const n of news) {
    const pair = pairByNew.get(n);
    if (pair === undefined) {
      changes.push({ change: 'added', aspects: [], old: null, new: side(n.item), amounts: amountsOf(undefined, n.item) });
      continue;
    }
    const o = pair.old.item;
    const amounts = amountsOf(o, n.item);
    const aspects: BudgetLineAspect[] = [];
    if (o.id !== n.item.id) aspects.push('id');
    if (o.name !== n.item.name) aspects.push('renamed');
    if (o.sectionId !== n.item.sectionId) aspects.push('section');
    if (amounts.length > 0) aspects.push('amounts');
    if (aspects.length > 0) changes.push({ change: 'changed', aspects, old: side(o), new: side(n.item), amounts });
  }
  for (const o of matching.removed) changes.push({ change: 'removed', aspects: [], old: side(o.item), new: null, amounts: amountsOf(o.item, undefined) });
  return changes;
}

function amountsOf(
  o: { amounts: Array<{ year: number; amount: string }> } | undefined,
  n: { amounts: Array<{ year: number; amount: string }> } | undefined,
): Array<AmountChange & { year: number }> {
  const years = [...new Set([...(o?.amounts ?? []), ...(n?.amounts ?? [])].map((a) => a.year))].sort((a, b) => a - b);
  const amountIn = (line: typeof o, year: number) => {
    const entry = line?.amounts.find((a) => a.year === year);
    return entry === undefined ? null : toMoney(entry.amount);
  };
  return years
    .map((year) => ({ year, ...amountChange(amountIn(o, year), amountIn(n, year)) }))
    .filter((a) => figuresDiffer(a.old, a.new));
}
