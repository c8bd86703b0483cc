import { readPlan } from '../../src/layout/read/read-plan';
import { noteFromCell, noteText, type Note, type TaggedNote } from '../../src/model/note';
import { parsePlanData } from '../../src/model/parse-plan';
import type { Language, Plan } from '../../src/model/plan';
import { gridFromLayout, setTableCell } from '../support/layout-grid';
import { workbookLayout } from '../support/layouts';
import { examplePlan, harderPlan } from '../support/plans';

const TAGGED: TaggedNote = { fi: 'Lähdeasiakirja ei anna lukuja.', en: 'The source document gives no figures.' };

describe('noteText: a note in one language', () => {
  it.each<[string, Note | undefined, Language, string | undefined]>([
    ['a plain string as it is', 'Oma huomautus', 'fi', 'Oma huomautus'],
    ['a plain string whatever the language', 'Oma huomautus', 'en', 'Oma huomautus'],
    ['the Finnish of a tagged note', TAGGED, 'fi', TAGGED.fi],
    ['the English of a tagged note', TAGGED, 'en', TAGGED.en],
    ['the only language a tagged note has, rather than nothing', { en: 'Only English' }, 'fi', 'Only English'],
    ['nothing for an empty tagged note', {}, 'fi', undefined],
    ['nothing for no note', undefined, 'fi', undefined],
  ])('gives %s', (_, note, language, expected) => {
    expect(noteText(note, language)).toBe(expected);
  });
});

describe('noteFromCell: the note a Note cell gives back', () => {
  it.each<[string, string | undefined, TaggedNote | undefined, Note | undefined]>([
    ['the cell text when nothing tagged was written', 'Typed', undefined, 'Typed'],
    ['no note for an empty cell with nothing tagged', undefined, undefined, undefined],
    ['the tagged note whole when the cell is unchanged', TAGGED.fi, TAGGED, TAGGED],
    ['the edit in the plan language, the other languages kept', 'Muokattu', TAGGED, { en: TAGGED.en, fi: 'Muokattu' }],
    ['the other languages when the cell is emptied', undefined, TAGGED, { en: TAGGED.en }],
    ['no note when the only language is emptied', undefined, { fi: 'Vain suomeksi' }, undefined],
    ['the fallback-printed note whole when unchanged', 'Only English', { en: 'Only English' }, { en: 'Only English' }],
  ])('gives %s', (_, cell, written, expected) => {
    expect(noteFromCell(cell, written, 'fi')).toEqual(expected);
  });
});

/** Every text of every Note column of the workbook. */
function noteCells(plan: Plan): string[] {
  const layout = workbookLayout(plan);
  const texts: string[] = [];
  for (const sheet of layout.sheets) {
    for (const table of sheet.tables) {
      const column = table.columns.findIndex((c) => c.name === 'Huomautus' || c.name === 'Note');
      if (column < 0) continue;
      const [from] = table.ref.split(':');
      const first = (from ?? 'A1').replace(/\d+$/, '');
      const letter = String.fromCharCode(first.charCodeAt(0) + column);
      for (const cell of sheet.cells) {
        if (cell.ref.replace(/\d+$/, '') === letter && cell.value.kind === 'text' && cell.value.text !== (table.columns[column]?.name ?? '')) texts.push(cell.value.text);
      }
    }
  }
  return texts;
}

describe('notes in the workbook', () => {
  it.each<[string, () => Plan, RegExp, RegExp]>([
    ['the Finnish example prints its notes in Finnish only', examplePlan, /lähdeasiakirja/i, /source document|\s\/\s/i],
    ['the English plan prints the same notes in English only', harderPlan, /source document/i, /lähdeasiakirja|\s\/\s/i],
  ])('%s', (_, plan, wanted, unwanted) => {
    const texts = noteCells(plan());
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((t) => wanted.test(t)).length).toBeGreaterThan(5);
    for (const t of texts) expect(t).not.toMatch(unwanted);
  });

  it('keeps reading a plan whose notes are plain strings', () => {
    const data = JSON.parse(JSON.stringify(examplePlan())) as { budget: { years: Array<{ note?: unknown }> } };
    data.budget.years.forEach((year) => (year.note = 'Vanha huomautus / Old note'));
    const parsed = parsePlanData(data);
    expect(parsed.ok).toBe(true);
    const { plan } = readPlan(gridFromLayout(workbookLayout(parsed.ok ? parsed.plan : examplePlan())));
    expect(plan?.budget.years[0]?.note).toBe('Vanha huomautus / Old note');
  });

  it('refuses a note in a language that is not a plan language', () => {
    const data = JSON.parse(JSON.stringify(examplePlan())) as { budget: { years: Array<{ note?: unknown }> } };
    data.budget.years[0]!.note = { fi: 'Huomautus', de: 'Anmerkung' };
    expect(parsePlanData(data).ok).toBe(false);
  });

  it('keeps the English of a note whose Finnish was edited in the workbook', () => {
    const plan = examplePlan();
    const before = plan.budget.years[0]?.note as TaggedNote;
    const grid = setTableCell(gridFromLayout(workbookLayout(plan)), 'BudgetYears', 'Huomautus', 0, 'Tarkistettu talousjohtajan kanssa.');
    const { plan: read } = readPlan(grid);
    expect(read?.budget.years[0]?.note).toEqual({ en: before.en, fi: 'Tarkistettu talousjohtajan kanssa.' });
    expect(read?.budget.years[1]?.note).toEqual(plan.budget.years[1]?.note);
  });
});
