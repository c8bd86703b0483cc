import { Decimal } from '../engine/money';
import type { Note } from '../model/note';
import type { BudgetLine, Goal, Plan, Pool } from '../model/plan';
import { canonicalDecimal, canonicalMoney } from './decimal-text';
import { withoutUndefined } from './schema/plan-metadata';

/**
 * The plan as it comes back from its workbook. A workbook cannot tell apart
 * some things a plan file can; reading a workbook written from `plan` gives
 * exactly `canonicalPlan(plan)`, and for a plan already in this form (as the
 * examples are), the plan itself. The differences, all in table cells (the
 * metadata JSON keeps everything as it was):
 *
 * - money in the canonical form of decimal-text.ts ("1234.5" → "1234.50",
 *   "100.00" → "100"); other decimals in their shortest form as a number cell
 *   (a binary double) holds them ("2.40" → "2.4");
 * - an optional text that is "" is absent (an empty cell); a language-tagged
 *   note comes back as it was (the metadata sheet keeps it);
 * - an optional list that is empty is absent: a goal's responsible bodies,
 *   an action's sub-actions, a metric's values, the budget lines; a goal's
 *   scope with no municipality and no text is absent;
 * - a goal's responsible bodies are one per line in their cell, so a body
 *   with a line break becomes two and an empty one disappears;
 * - a budget line's amounts come in year order, one per year (the first);
 * - a pool that names its municipalities names each once, and its weights or
 *   fixed amounts follow that order, per municipality in their own order;
 *   an entry for a municipality outside the pool is dropped (it would need a
 *   row, and a row makes a participant).
 * Ids are assumed unique per kind (the engine reports duplicates).
 */
export function canonicalPlan(plan: Plan): Plan {
  return withoutUndefined({
    ...plan,
    municipalities: plan.municipalities.map((m) => withoutUndefined({ ...m, note: optionalNote(m.note) })),
    sections: plan.sections.map((section) =>
      withoutUndefined({ ...section, note: optionalNote(section.note), goals: section.goals.map(canonicalGoal) }),
    ),
    budget: withoutUndefined({
      ...plan.budget,
      years: plan.budget.years.map((y) =>
        withoutUndefined({
          ...y,
          total: optionalMoney(y.total),
          municipalFunding: optionalMoney(y.municipalFunding),
          externalFunding: optionalMoney(y.externalFunding),
          note: optionalNote(y.note),
        }),
      ),
      lines: nonEmpty(plan.budget.lines?.map(canonicalLine)),
    }),
    contributions: withoutUndefined({
      ...plan.contributions,
      pools: plan.contributions.pools.map(canonicalPool),
      previous: plan.contributions.previous
        ? withoutUndefined({
            ...plan.contributions.previous,
            amounts: plan.contributions.previous.amounts.map((a) => ({ ...a, amount: canonicalMoney(a.amount) })),
          })
        : undefined,
    }),
  });
}

function canonicalGoal(goal: Goal): Goal {
  const scopeText = optionalText(goal.scope?.text);
  const scope =
    goal.scope && (goal.scope.municipalities.length > 0 || scopeText !== undefined)
      ? withoutUndefined({ municipalities: goal.scope.municipalities, text: scopeText })
      : undefined;
  const bodies = goal.responsibleBodies?.join('\n').split(/\r?\n/).filter((b) => b !== '');
  return withoutUndefined({
    ...goal,
    subtitle: optionalText(goal.subtitle),
    heading: optionalText(goal.heading),
    scope,
    responsibleBodies: nonEmpty(bodies),
    note: optionalNote(goal.note),
    actions: goal.actions.map((action) =>
      withoutUndefined({ ...action, subActions: nonEmpty(action.subActions) }),
    ),
    metrics: goal.metrics.map((metric) =>
      withoutUndefined({
        ...metric,
        unit: optionalText(metric.unit),
        values: nonEmpty(
          metric.values?.map((v) =>
            withoutUndefined({
              ...v,
              baseline: optionalDecimal(v.baseline),
              target: optionalDecimal(v.target),
              actual: optionalDecimal(v.actual),
            }),
          ),
        ),
      }),
    ),
  });
}

function canonicalLine(line: BudgetLine): BudgetLine {
  const years = new Set<number>();
  const amounts = [...line.amounts]
    .filter((a) => (years.has(a.year) ? false : (years.add(a.year), true)))
    .sort((a, b) => a.year - b.year)
    .map((a) => ({ year: a.year, amount: canonicalMoney(a.amount) }));
  return withoutUndefined({ ...line, amounts, note: optionalNote(line.note) });
}

function canonicalPool(pool: Pool): Pool {
  const participants = pool.municipalities === undefined ? undefined : [...new Set(pool.municipalities)];
  const order = <T extends { municipality: string }>(entries: readonly T[]): T[] =>
    participants === undefined ? [...entries] : participants.flatMap((id) => entries.filter((e) => e.municipality === id));
  const key: Pool['key'] =
    pool.key.kind === 'weights'
      ? { kind: 'weights', weights: order(pool.key.weights).map((w) => ({ ...w, weight: viaDouble(w.weight) })) }
      : pool.key.kind === 'fixed'
        ? { kind: 'fixed', amounts: order(pool.key.amounts).map((a) => ({ ...a, amount: canonicalMoney(a.amount) })) }
        : pool.key;
  return withoutUndefined({
    ...pool,
    amount: canonicalMoney(pool.amount),
    key,
    municipalities: participants,
    note: optionalNote(pool.note),
  });
}

/** A tagged note comes back whole (the metadata sheet keeps it); a plain one as a text cell does. */
function optionalNote(note: Note | undefined): Note | undefined {
  return typeof note === 'string' ? optionalText(note) : note;
}

function optionalText(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

function optionalMoney(value: string | undefined): string | undefined {
  return value === undefined ? undefined : canonicalMoney(value);
}

function optionalDecimal(value: string | undefined): string | undefined {
  return value === undefined ? undefined : viaDouble(value);
}

/** What a number cell keeps of a decimal: the nearest double, in its shortest form. */
function viaDouble(value: string): string {
  return canonicalDecimal(new Decimal(Number(value)));
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}
