import type { z } from 'zod';
import type { Language } from './plan';
import { PLAN_LANGUAGES, type TaggedNoteSchema } from './plan.schema';

/** A note in several languages, keyed by language code. */
export type TaggedNote = z.infer<typeof TaggedNoteSchema>;

/** A note as a plan holds it: a string in the plan's language, or the same note in several languages. */
export type Note = string | TaggedNote;

/**
 * The text of a note in one language: a plain string as it is (it is in the
 * plan's language), a tagged note's text in that language, or, when it has
 * none, its text in the first language it has, so that a note never
 * disappears from the workbook for want of a translation.
 */
export function noteText(note: Note | undefined, language: Language): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  const own = note[language];
  if (own !== undefined) return own;
  const other = PLAN_LANGUAGES.find((l) => note[l] !== undefined);
  return other === undefined ? undefined : note[other];
}

/**
 * The note a cell gives back, given the tagged note the workbook was written
 * with (kept on the metadata sheet). A cell still showing what was written
 * gives the tagged note back whole; an edited cell replaces the text in the
 * plan's language and keeps the other languages, since nothing typed may be
 * lost; an emptied cell with no other language left is no note.
 */
export function noteFromCell(cell: string | undefined, written: TaggedNote | undefined, language: Language): Note | undefined {
  if (written === undefined) return cell;
  if ((cell ?? '') === (noteText(written, language) ?? '')) return written;
  const rest = Object.fromEntries(Object.entries(written).filter(([l]) => l !== language)) as TaggedNote;
  const edited: TaggedNote = cell === undefined ? rest : { ...rest, [language]: cell };
  return Object.keys(edited).length > 0 ? edited : undefined;
}
