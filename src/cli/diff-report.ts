import { CHANGE_GROUPS, changeLines, formatMoneyChange, type ChangeLine } from '../engine/plan-diff/change-lines';
import type { AmountChange } from '../engine/plan-diff/amount-change';
import type { PlanComparison } from '../engine/plan-diff/compare-plans';
import { planDiffMessages } from '../engine/plan-diff/plan-diff.messages';
import { formatMoney, type Decimal } from '../engine/money';
import { localise } from '../model/messages/catalogue';
import { diffMessages, type DiffMessageKey } from './diff.messages';
import type { Lang } from './io';

/** Money in the JSON output: a decimal string with two decimals, or null. */
type Money = string | null;
interface JsonAmount {
  old: Money;
  new: Money;
  change: string;
}

const money = (value: Decimal | null): Money => (value === null ? null : formatMoney(value));
const amount = (a: AmountChange): JsonAmount => ({ old: money(a.old), new: money(a.new), change: formatMoney(a.change) });

/**
 * The `--format json` contract of `plansheets diff` (README.md): the
 * comparison as data, money as decimal strings with two decimals, text
 * match similarity rounded to two decimals. Language-independent except
 * for the plans' own texts.
 */
export function jsonDiff(comparison: PlanComparison, files: { old: string; new: string }, unchanged: boolean): unknown {
  return {
    old: files.old,
    new: files.new,
    unchanged,
    period: comparison.period,
    structure: comparison.structure.map((c) =>
      c.change === 'changed'
        ? {
            kind: c.kind,
            change: c.change,
            aspects: c.aspects,
            matchedBy: c.matchedBy,
            similarity: Math.round(c.similarity * 100) / 100,
            old: c.old,
            new: c.new,
          }
        : { kind: c.kind, change: c.change, old: c.change === 'removed' ? c.old : null, new: c.change === 'added' ? c.new : null },
    ),
    budget: {
      years: comparison.budgetFigures.map((f) => ({ year: f.year, measure: f.measure, ...amount(f) })),
      lines: comparison.budgetLines.map((l) => ({
        change: l.change,
        aspects: l.aspects,
        old: l.old,
        new: l.new,
        amounts: l.amounts.map((a) => ({ year: a.year, ...amount(a) })),
      })),
    },
    municipalities: comparison.municipalities.map((m) => ({ change: m.change, aspects: m.aspects, old: m.old, new: m.new, populationChange: m.populationChange })),
    council: comparison.council,
    pools: comparison.pools.map((p) => ({
      change: p.change,
      aspects: p.aspects,
      old: p.old === null ? null : { ...p.old, amount: formatMoney(p.old.amount) },
      new: p.new === null ? null : { ...p.new, amount: formatMoney(p.new.amount) },
      amount: amount(p.amount),
    })),
    contributions: comparison.contributions.map((c) => ({
      municipality: c.municipality,
      pools: c.pools.map((cell) => ({ pool: cell.pool, ...amount(cell) })),
      total: amount(c.total),
    })),
  };
}

/** One change line as the text output prints it. */
export function lineText(line: ChangeLine, lang: Lang): string {
  let text = `${line.what}: ${line.subject}`;
  if (line.before !== null || line.after !== null) text += `: ${line.before ?? '–'} → ${line.after ?? '–'}`;
  if (line.money && !line.money.change.isZero() && line.money.old !== null && line.money.new !== null) text += ` (${formatMoneyChange(line.money.change, lang)})`;
  if (line.context !== null) text += ` (${line.context})`;
  return text;
}

/** The human report: the two files, then the changes grouped by section (Tavoitteet, Toimenpiteet, …, Kuntaosuudet). */
export function renderTextDiff(comparison: PlanComparison, files: { old: string; new: string }, lang: Lang): string {
  const say = (key: DiffMessageKey, params: Record<string, string | number> = {}): string => localise(diffMessages, key, params)[lang];
  const lines = changeLines(comparison, lang);
  const out: string[] = [say('diff.heading', files)];
  if (lines.length === 0) {
    out.push(say('diff.none'));
    return `${out.join('\n')}\n`;
  }
  for (const group of CHANGE_GROUPS) {
    const inGroup = lines.filter((l) => l.group === group);
    if (inGroup.length === 0) continue;
    out.push('', say('diff.group', { group: localise(planDiffMessages, `group.${group}`)[lang], count: inGroup.length }));
    for (const line of inGroup) out.push(`  ${line.total ? '= ' : ''}${lineText(line, lang)}`);
  }
  out.push('', say('diff.summary', { count: lines.length }));
  return `${out.join('\n')}\n`;
}
