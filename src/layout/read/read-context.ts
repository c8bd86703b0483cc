import type { RuleDefinition } from '../../model/rule-definition';
import type { Finding, LocalisedText } from '../../model/finding';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import type { Language } from '../../model/plan';
import { readMessages, type ReadMessageKey } from './read.messages';
import { findingAtCell } from './workbook-rules';

/** What the plan got instead: the second sentence of a cell finding. */
export interface Outcome {
  key: ReadMessageKey;
  params?: MessageParams;
}

/**
 * The findings of one read, and whether the plan is complete enough to be
 * returned (a missing sheet, table, required column or unreadable metadata
 * makes it incomplete: readPlan then returns no plan rather than a plan with
 * parts silently missing).
 */
/** Where a usable table row stands, so that findings about the plan object it became can point at its cells. */
export interface RowOrigin {
  table: string;
  /** The row's key columns as typed, lower-cased and joined by "|": an id, a year, or pool|municipality. */
  key: string;
  sheet: string;
  row: number;
  /** Sheet column of each column key found. */
  columns: ReadonlyMap<string, number>;
}

export class ReadContext {
  readonly findings: Finding[] = [];
  readonly origins: RowOrigin[] = [];
  /** The cells the council rule was read from, by field. */
  readonly councilCells = new Map<string, { sheet: string; cell: string }>();
  complete = true;
  /** Sheets already reported missing, so that a sheet of several tables is reported once. */
  readonly missingSheets = new Set<string>();

  constructor(readonly language: Language) {}

  report(rule: RuleDefinition, key: ReadMessageKey, params: MessageParams, sheet: string, cell: string, outcome?: Outcome): void {
    const problem = localise(readMessages, key, { sheet, cell, ...params });
    const message: LocalisedText = outcome ? joinSentences(problem, localise(readMessages, outcome.key, outcome.params)) : problem;
    this.findings.push(findingAtCell(rule, message, sheet, cell));
  }
}

function joinSentences(first: LocalisedText, second: LocalisedText): LocalisedText {
  return { fi: `${first.fi} ${second.fi}`, en: `${first.en} ${second.en}` };
}
