import type { RuleDefinition } from '../../model/rule-definition';
import type { Finding, LocalisedText } from '../../model/finding';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import type { TaggedNote } from '../../model/note';
import { perLanguage, type Language } from '../../model/language';
import type { Placement, PlacementIndex, ProseCell } from '../schema/placement';
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
 * parts silently missing). It also records where each usable row stands,
 * so that findings about the plan object it became can point at its cells.
 */
export class ReadContext implements PlacementIndex {
  readonly findings: Finding[] = [];
  readonly placements: Placement[] = [];
  /** The cells the council rule was read from, by field. */
  readonly councilCells = new Map<string, { sheet: string; cell: string }>();
  /** The text cells of the chapters sheet, as read. */
  readonly proseCells: ProseCell[] = [];
  /** The tagged notes the workbook was written with, by "table:row key" (plan-metadata.ts). */
  readonly taggedNotes = new Map<string, TaggedNote>();
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
  return perLanguage((language) => `${first[language]} ${second[language]}`);
}
