import type { LocalisedText } from '../../model/finding';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import { formatDate, formatNumber } from '../display-numbers';
import { Decimal, writtenDecimals } from '../money';
import type { AmountChange } from './amount-change';
import type { PlanComparison } from './compare-plans';
import { planDiffMessages, type PlanDiffMessageKey } from './plan-diff.messages';
import type { ObjectSide, StructureChange, StructureKind } from './structure-changes';

export const CHANGE_GROUPS = [
  'period',
  'sections',
  'goals',
  'actions',
  'subActions',
  'metrics',
  'budget',
  'municipalities',
  'pools',
  'contributions',
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

/**
 * One thing that changed, in words of one language: what a person reads in
 * the command line's text output and on the Muutokset sheet. Built from a
 * PlanComparison; the JSON output is the comparison itself.
 */
export interface ChangeLine {
  group: ChangeGroup;
  change: 'added' | 'removed' | 'changed';
  /** What the line is about, e.g. 'hallinto-g2 ”Työn suunnittelu ja ennakointi”', 'Halsua – Perustoiminta'. */
  subject: string;
  /** What happened to it, e.g. 'lisätty', 'siirretty', 'sanamuoto'. */
  what: string;
  before: string | null;
  after: string | null;
  /** Where an added or removed object sits, or how an object was recognised. */
  context: string | null;
  /** Money: the figures themselves, for cells that hold numbers. */
  money?: AmountChange;
  /** A municipality's total contribution. */
  total?: boolean;
}

type Lang = keyof LocalisedText;

const GROUP_OF_KIND: Record<StructureKind, ChangeGroup> = {
  section: 'sections',
  goal: 'goals',
  action: 'actions',
  subAction: 'subActions',
  metric: 'metrics',
};

const PARENT_KEY: Record<StructureKind, PlanDiffMessageKey | null> = {
  section: null,
  goal: 'parent.section',
  action: 'parent.goal',
  subAction: 'parent.action',
  metric: 'parent.goal',
};

/** Euros with cents and the language's separators: "112 711,11 €", "€112,711.11". */
export function formatMoneyText(value: Decimal, lang: Lang): string {
  const number = formatNumber(value, lang, 2);
  return lang === 'fi' ? `${number} €` : number.startsWith('-') ? `-€${number.slice(1)}` : `€${number}`;
}

/** A change in euros with its sign: "+288,89 €", "-1 000,00 €". */
export function formatMoneyChange(value: Decimal, lang: Lang): string {
  return `${value.isPositive() && !value.isZero() ? '+' : ''}${formatMoneyText(value, lang)}`;
}

/** Every change of a comparison as lines, grouped in CHANGE_GROUPS order. */
export function changeLines(comparison: PlanComparison, lang: Lang): ChangeLine[] {
  const say = (key: PlanDiffMessageKey, params: MessageParams = {}): string => localise(planDiffMessages, key, params)[lang];
  const money = (value: Decimal | null): string | null => (value === null ? null : formatMoneyText(value, lang));
  const integer = (value: number | null): string | null => (value === null ? null : formatNumber(new Decimal(value), lang, 0));
  const lines: ChangeLine[] = [];
  const push = (line: Omit<ChangeLine, 'before' | 'after' | 'context'> & Partial<ChangeLine>): void => {
    lines.push({ before: null, after: null, context: null, ...line });
  };

  if (comparison.period) {
    const period = (p: { budgetYear: number; planYears: number[] }): string =>
      `${p.budgetYear} (${p.planYears[0] ?? ''}–${p.planYears[p.planYears.length - 1] ?? ''})`;
    push({ group: 'period', change: 'changed', subject: say('period.subject'), what: say('what.changed'), before: period(comparison.period.old), after: period(comparison.period.new) });
  }

  const structure = (change: StructureChange): void => {
    const group = GROUP_OF_KIND[change.kind];
    const subjectOf = (side: ObjectSide): string => say('subject', { id: side.id, text: side.text });
    const parentOf = (side: ObjectSide): string | null => {
      const key = PARENT_KEY[change.kind];
      return key === null || side.parent === null ? null : say(key, { text: side.parent.text });
    };
    if (change.change === 'added' || change.change === 'removed') {
      const side = change.change === 'added' ? change.new : change.old;
      push({ group, change: change.change, subject: subjectOf(side), what: say(change.change === 'added' ? 'what.added' : 'what.removed'), context: parentOf(side) });
      return;
    }
    const subject = subjectOf(change.new);
    for (const aspect of change.aspects) {
      const line = { group, change: 'changed' as const, subject, what: say(`what.${aspect}`) };
      switch (aspect) {
        case 'id':
          push({
            ...line,
            before: change.old.id,
            after: change.new.id,
            context: say('matched-by-text', { percent: formatPercentText(change.similarity, lang) }),
          });
          break;
        case 'moved':
          push({ ...line, before: parentOf(change.old), after: parentOf(change.new) });
          break;
        case 'reworded':
          // Both texts follow: the id alone names the object.
          push({ ...line, subject: change.new.id, before: say('quoted', { text: change.old.text }), after: say('quoted', { text: change.new.text }) });
          break;
        case 'status':
          push({ ...line, before: statusText(change.old), after: statusText(change.new) });
          break;
        case 'values':
          push({ ...line, before: metricText(change.old), after: metricText(change.new) });
          break;
      }
    }
  };
  const statusText = (side: ObjectSide): string => say(side.status === undefined ? 'status.none' : `status.${side.status}`);
  const metricText = (side: ObjectSide): string => {
    const metric = side.metric;
    if (metric === undefined) return say('metric.none');
    const parts: string[] = [];
    if (metric.kind === 'output' || metric.kind === 'outcome') parts.push(say(`metric.kind.${metric.kind}`));
    if (metric.unit !== undefined) parts.push(say('metric.unit', { unit: metric.unit }));
    const figure = (value: string): string => formatNumber(new Decimal(value), lang, writtenDecimals(value));
    for (const v of [...metric.values].sort((a, b) => a.year - b.year)) {
      const figures = [
        v.baseline === undefined ? null : say('metric.baseline', { value: figure(v.baseline) }),
        v.target === undefined ? null : say('metric.target', { value: figure(v.target) }),
        v.actual === undefined ? null : say('metric.actual', { value: figure(v.actual) }),
      ].filter((f): f is string => f !== null);
      if (figures.length > 0) parts.push(`${v.year}: ${figures.join(', ')}`);
    }
    return parts.length === 0 ? say('metric.none') : parts.join('; ');
  };
  for (const kind of ['section', 'goal', 'action', 'subAction', 'metric'] as const) {
    comparison.structure.filter((c) => c.kind === kind).forEach(structure);
  }

  for (const figure of comparison.budgetFigures) {
    push({
      group: 'budget',
      change: figure.old === null ? 'added' : figure.new === null ? 'removed' : 'changed',
      subject: say(`measure.${figure.measure}`, { year: figure.year }),
      what: say(figure.old === null ? 'what.added' : figure.new === null ? 'what.removed' : 'what.changed'),
      before: money(figure.old),
      after: money(figure.new),
      money: figure,
    });
  }
  for (const line of comparison.budgetLines) {
    const side = (line.new ?? line.old)!;
    const subject = say('subject', { id: side.id, text: side.name });
    if (line.change !== 'changed') {
      push({ group: 'budget', change: line.change, subject, what: say(line.change === 'added' ? 'what.added' : 'what.removed') });
    } else {
      for (const aspect of line.aspects) {
        if (aspect === 'amounts') continue;
        const before = aspect === 'id' ? line.old!.id : aspect === 'renamed' ? say('quoted', { text: line.old!.name }) : (line.old!.sectionId ?? null);
        const after = aspect === 'id' ? line.new!.id : aspect === 'renamed' ? say('quoted', { text: line.new!.name }) : (line.new!.sectionId ?? null);
        push({ group: 'budget', change: 'changed', subject, what: say(`what.${aspect}`), before, after });
      }
    }
    for (const amount of line.amounts) {
      push({ group: 'budget', change: line.change, subject, what: say('what.amount-year', { year: amount.year }), before: money(amount.old), after: money(amount.new), money: amount });
    }
  }

  for (const m of comparison.municipalities) {
    const side = (m.new ?? m.old)!;
    if (m.change !== 'changed') {
      push({
        group: 'municipalities',
        change: m.change,
        subject: side.name,
        what: say(m.change === 'added' ? 'what.added' : 'what.removed'),
        context: say('population-of', { population: integer(side.population) ?? '' }),
      });
      continue;
    }
    const o = m.old!;
    const n = m.new!;
    for (const aspect of m.aspects) {
      const line = { group: 'municipalities' as const, change: 'changed' as const, subject: n.name, what: say(`what.${aspect}`) };
      switch (aspect) {
        case 'id':
          push({ ...line, before: o.id, after: n.id });
          break;
        case 'renamed':
          push({ ...line, before: o.name, after: n.name });
          break;
        case 'population':
          push({
            ...line,
            before: integer(o.population),
            after: integer(n.population),
            context: say('population-change', { change: `${m.populationChange > 0 ? '+' : ''}${integer(m.populationChange) ?? ''}` }),
          });
          break;
        case 'populationDate':
          push({ ...line, before: formatDate(o.populationDate, lang), after: formatDate(n.populationDate, lang) });
          break;
        case 'seats':
          push({ ...line, before: integer(o.seats), after: integer(n.seats) });
          break;
      }
    }
  }
  for (const c of comparison.council) {
    push({ group: 'municipalities', change: 'changed', subject: say(`council.${c.field}`), what: say('what.changed'), before: integer(c.old), after: integer(c.new) });
  }

  for (const pool of comparison.pools) {
    const side = (pool.new ?? pool.old)!;
    const subject = say('quoted', { text: side.name });
    if (pool.change !== 'changed') {
      push({
        group: 'pools',
        change: pool.change,
        subject,
        what: say(pool.change === 'added' ? 'what.added' : 'what.removed'),
        before: money(pool.amount.old),
        after: money(pool.amount.new),
        money: pool.amount,
      });
      continue;
    }
    const o = pool.old!;
    const n = pool.new!;
    for (const aspect of pool.aspects) {
      const line = { group: 'pools' as const, change: 'changed' as const, subject, what: say(`what.${aspect}`) };
      switch (aspect) {
        case 'id':
          push({ ...line, before: o.id, after: n.id });
          break;
        case 'renamed':
          push({ ...line, before: say('quoted', { text: o.name }), after: say('quoted', { text: n.name }) });
          break;
        case 'amount':
          push({ ...line, before: money(o.amount), after: money(n.amount), money: pool.amount });
          break;
        case 'key':
          push({ ...line, before: say(`key.${o.key}`), after: say(`key.${n.key}`) });
          break;
        case 'rounding':
          push({ ...line, before: say(`rounding.${o.rounding}`), after: say(`rounding.${n.rounding}`) });
          break;
        case 'members':
          push(line);
          break;
      }
    }
  }

  for (const row of comparison.contributions) {
    for (const cell of row.pools) {
      if (cell.change.isZero() && (cell.old === null) === (cell.new === null)) continue;
      const change = cell.old === null ? 'added' : cell.new === null ? 'removed' : 'changed';
      push({
        group: 'contributions',
        change,
        subject: say('contribution.subject', { municipality: row.municipality.name, pool: cell.pool.name }),
        what: say(`what.${change}`),
        before: money(cell.old),
        after: money(cell.new),
        money: cell,
      });
    }
    push({
      group: 'contributions',
      change: row.total.old === null ? 'added' : row.total.new === null ? 'removed' : 'changed',
      subject: say('contribution.total', { municipality: row.municipality.name }),
      what: say(row.total.old === null ? 'what.added' : row.total.new === null ? 'what.removed' : 'what.changed'),
      before: money(row.total.old),
      after: money(row.total.new),
      money: row.total,
      total: true,
    });
  }
  return lines;
}

function formatPercentText(fraction: number, lang: Lang): string {
  // Similarity is a ratio of bigram counts, not money: a whole per cent is enough to read.
  const number = formatNumber(new Decimal(Math.round(fraction * 100)), lang, 0);
  return lang === 'fi' ? `${number} %` : `${number}%`;
}
