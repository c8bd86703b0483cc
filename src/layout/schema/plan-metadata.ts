import { z } from 'zod';
import type { Plan } from '../../model/plan';
import {
  BudgetSchema,
  ContributionsSchema,
  CouncilSchema,
  PlanSchema,
  PreviousContributionsSchema,
  TaggedNoteSchema,
} from '../../model/plan.schema';
import type { Note, TaggedNote } from '../../model/note';
import { rowKey } from './placement';

/**
 * The parts of a plan that have no editable table travel with the workbook as
 * JSON on the hidden metadata sheet. Precisely:
 *
 * - schemaVersion, language, organisation, document, budgetYear, planYears,
 *   chapters, basicTasks, staff, projects, narrativeFigures: whole;
 * - council.note (the council rule's numbers are labelled cells on Kunnat);
 * - budget.note (years, with their notes, and lines are tables on Talousarvio);
 * - contributions.note, and contributions.previous as {year, note}: the
 *   PreviousContributions rows carry year and amounts, but a previous year
 *   with no amounts has no row to carry it, so its year is kept here too
 *   (the rows win when there are any).
 *
 * - notes: the language-tagged notes of table rows (municipalities, teams,
 *   goals, budget years and lines, pools), by table and row key, since a
 *   Note cell shows the plan's language only (model/note.ts).
 *
 * Everything else (municipalities, sections, goals, actions, sub-actions,
 * metrics and their values, budget years and lines, pools, pool members,
 * previous amounts) lives only in the tables.
 */

export const METADATA_FORMAT = 'plansheets-metadata';
export const METADATA_VERSION = 1;

export const PlanMetadataSchema = z.strictObject({
  format: z.literal(METADATA_FORMAT),
  version: z.literal(METADATA_VERSION),
  schemaVersion: PlanSchema.shape.schemaVersion,
  language: PlanSchema.shape.language,
  organisation: PlanSchema.shape.organisation,
  council: CouncilSchema.pick({ note: true }),
  document: PlanSchema.shape.document,
  budgetYear: PlanSchema.shape.budgetYear,
  planYears: PlanSchema.shape.planYears,
  chapters: PlanSchema.shape.chapters,
  basicTasks: PlanSchema.shape.basicTasks,
  budget: BudgetSchema.pick({ note: true }),
  staff: PlanSchema.shape.staff,
  projects: PlanSchema.shape.projects,
  contributions: ContributionsSchema.pick({ note: true }).extend({
    previous: PreviousContributionsSchema.pick({ year: true, note: true }).optional(),
  }),
  narrativeFigures: PlanSchema.shape.narrativeFigures,
  notes: z.array(z.strictObject({ table: z.string(), key: z.string(), note: TaggedNoteSchema })).optional(),
});

export type PlanMetadata = z.infer<typeof PlanMetadataSchema>;

export function planMetadata(plan: Plan): PlanMetadata {
  const previous = plan.contributions.previous;
  return withoutUndefined({
    format: METADATA_FORMAT,
    version: METADATA_VERSION,
    schemaVersion: plan.schemaVersion,
    language: plan.language,
    organisation: plan.organisation,
    council: withoutUndefined({ note: plan.council.note }),
    document: plan.document,
    budgetYear: plan.budgetYear,
    planYears: plan.planYears,
    chapters: plan.chapters,
    basicTasks: plan.basicTasks,
    budget: withoutUndefined({ note: plan.budget.note }),
    staff: plan.staff,
    projects: plan.projects,
    contributions: withoutUndefined({
      note: plan.contributions.note,
      previous: previous ? withoutUndefined({ year: previous.year, note: previous.note }) : undefined,
    }),
    narrativeFigures: plan.narrativeFigures,
    notes: nonEmpty(taggedRowNotes(plan)),
  }) as PlanMetadata;
}

/** The tagged notes of the plan's table rows, keyed as the reader keys rows (placement.ts). */
export function taggedRowNotes(plan: Plan): Array<{ table: string; key: string; note: TaggedNote }> {
  const rows: Array<[string, string | number, Note | undefined]> = [
    ...plan.municipalities.map((m): [string, string, Note | undefined] => ['Municipalities', m.id, m.note]),
    ...plan.sections.map((s): [string, string, Note | undefined] => ['Sections', s.id, s.note]),
    ...plan.sections.flatMap((s) => s.goals.map((g): [string, string, Note | undefined] => ['Goals', g.id, g.note])),
    ...plan.budget.years.map((y): [string, number, Note | undefined] => ['BudgetYears', y.year, y.note]),
    ...(plan.budget.lines ?? []).map((l): [string, string, Note | undefined] => ['BudgetLines', l.id, l.note]),
    ...plan.contributions.pools.map((p): [string, string, Note | undefined] => ['Pools', p.id, p.note]),
  ];
  return rows.flatMap(([table, key, note]) => (note === undefined || typeof note === 'string' ? [] : [{ table, key: rowKey([key]), note }]));
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** Cell text holds at most 32 767 characters; chunks stay well below. */
export const METADATA_CHUNK_LENGTH = 30000;

/** Splits text into cell-sized chunks, never between the two halves of a surrogate pair. */
export function metadataChunks(json: string, size: number = METADATA_CHUNK_LENGTH): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + size, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

/** An object without its undefined-valued keys, so plans compare strictly equal to parsed ones. */
export function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
