import { pageFooter, pageHeader, rowBreaks } from '../../support/layouts';
import {
  ACTION_BULLET,
  ACTION_PLAN_COLUMNS,
  actionPlanSheet,
  SUB_ACTION_BULLET,
} from '../../../src/layout/sheets/action-plan-sheet';
import { MAX_CELL_CHARACTERS, MAX_ROW_HEIGHT } from '../../../src/layout/text-lines';
import type { Plan, Section } from '../../../src/model/plan';
import type { SheetLayout } from '../../../src/layout/workbook-layout';
import { minimalPlan } from '../../support/plan-builder';
import { cellsWithText, examplePlan, rowOf, textAt } from './sheet-queries';

const example = examplePlan();
const sheet = actionPlanSheet(example);

function columnTexts(layout: SheetLayout, column: number): Array<{ row: number; text: string }> {
  return layout.cells
    .filter((c) => c.ref.replace(/\d+$/, '') === String.fromCharCode(64 + column) && c.value.kind === 'text')
    .map((c) => ({ row: rowOf(c.ref), text: c.value.kind === 'text' ? c.value.text : '' }))
    .sort((a, b) => a.row - b.row);
}

/** The rows of each goal: from its row in the goals column. */
function goalRow(layout: SheetLayout, title: string): number {
  const cell = layout.cells.find((c) => c.ref.startsWith('A') && c.value.kind === 'text' && c.value.text.split('\n')[0] === title);
  if (!cell) throw new Error(`no goal ${title}`);
  return rowOf(cell.ref);
}

describe('actionPlanSheet on the example', () => {
  it('is the protected, derived Toimintasuunnitelma sheet', () => {
    expect([sheet.name, sheet.kind, sheet.protected, sheet.role]).toEqual(['Toimintasuunnitelma', 'derived', true, 'actionPlan']);
  });

  it('starts with the plan\'s heading and prints every section title, in plan order', () => {
    expect(textAt(sheet, 'A1')).toBe(example.document.actionPlanHeading);
    const rows = example.sections.map((s) => rowOf(cellsWithText(sheet, s.title)[0]!.ref));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('puts the cross-cutting heading once, just before the first cross-cutting section', () => {
    const headings = cellsWithText(sheet, example.document.crossCuttingHeading!);
    expect(headings).toHaveLength(1);
    const firstCrossCutting = example.sections.find((s) => s.kind === 'crossCutting')!;
    const sectionRow = rowOf(cellsWithText(sheet, firstCrossCutting.title)[0]!.ref);
    expect(rowOf(headings[0]!.ref)).toBe(sectionRow - 2);
    const lastTeam = [...example.sections].reverse().find((s) => s.kind === 'team')!;
    expect(rowOf(cellsWithText(sheet, lastTeam.title)[0]!.ref)).toBeLessThan(rowOf(headings[0]!.ref));
  });

  it('follows each section title with the three column headings, or starts a page under the repeated ones', () => {
    const firstHeader = rowOf(cellsWithText(sheet, 'Tavoitteet')[0]!.ref);
    expect(sheet.print.printTitleRows).toBe(`${firstHeader}:${firstHeader}`);
    const breaks = new Set(rowBreaks(sheet) ?? []);
    let ownHeadings = 0;
    for (const section of example.sections) {
      const row = rowOf(cellsWithText(sheet, section.title)[0]!.ref);
      // A page may start at the section title or at the cross-cutting heading two rows above it.
      const startsPage = breaks.has(row - 1) || (cellsWithText(sheet, example.document.crossCuttingHeading!).some((c) => rowOf(c.ref) === row - 2) && breaks.has(row - 3));
      const next = [textAt(sheet, `A${row + 1}`), textAt(sheet, `B${row + 1}`), textAt(sheet, `C${row + 1}`)];
      if (startsPage) expect(next[0]).not.toBe('Tavoitteet');
      else {
        expect(next).toEqual(['Tavoitteet', 'Toimenpiteet', 'Mittarit']);
        ownHeadings += 1;
      }
    }
    expect(cellsWithText(sheet, 'Tavoitteet')).toHaveLength(ownHeadings);
    expect(ownHeadings).toBeGreaterThanOrEqual(1);
  });

  it('breaks pages only before a section, the cross-cutting heading or a goal heading', () => {
    const headings = new Set([
      ...example.sections.map((s) => s.title),
      example.document.crossCuttingHeading!,
      ...example.sections.flatMap((s) => s.goals.flatMap((g) => (g.heading === undefined ? [] : [g.heading]))),
    ]);
    expect(rowBreaks(sheet)?.length).toBeGreaterThan(0);
    for (const row of rowBreaks(sheet) ?? []) expect(headings).toContain(textAt(sheet, `A${row + 1}`));
  });

  it.each(example.sections.flatMap((s) => s.goals.map((g) => [g.id, g] as const)))(
    '%s: actions as bullets with sub-actions as indented sub-bullets, in plan order',
    (_, goal) => {
      const row = goalRow(sheet, goal.title);
      const expected = goal.actions.flatMap((a) => [
        `${ACTION_BULLET}${a.text}`,
        ...(a.subActions ?? []).map((s) => `${SUB_ACTION_BULLET}${s.text}`),
      ]);
      expect((textAt(sheet, `B${row}`) ?? '').split('\n').filter((l) => l !== '')).toEqual(expected);
    },
  );

  it('shows the seed\'s first goal as the seed prints it', () => {
    const row = goalRow(sheet, 'Hallintopalvelujen sujuva toiminta digityökaluja hyödyntäen');
    const lines = textAt(sheet, `B${row}`)!.split('\n');
    expect(lines.map((l) => l.slice(0, 30))).toEqual([
      '• Otetaan haltuun olemassa ole',
      '   ◦ Nykyisten ohjeistuksien t',
      '   ◦ Valmiiden pohjien käytön ',
      '• Otetaan käyttöön sähköisiä l',
      '   ◦ yhteistyö Lestijärven kun',
      '• Yleisenä toimenpiteenä koko ',
    ]);
    expect(textAt(sheet, `C${row}`)).toBe('Ohjelmistojen sujuva ja tehokas käyttö.');
  });

  it('groups metrics under the seed\'s numbered kind headings where kinds are given', () => {
    const goal = example.sections.find((s) => s.id === 'yrityspalvelut')!.goals[0]!;
    const lines = textAt(sheet, `C${goalRow(sheet, goal.title)}`)!.split('\n');
    expect(lines[0]).toBe('1. Suoritemittarit');
    expect(lines[2]).toBe('2. Tulosmittarit');
    expect(lines.filter((l) => !/^\d\. /.test(l))).toEqual(goal.metrics.map((m) => m.text));
  });

  it('writes scope text and responsible bodies under the goal, and a goal heading on its own row before it', () => {
    const scoped = example.sections.flatMap((s) => s.goals).find((g) => g.heading !== undefined)!;
    const row = goalRow(sheet, scoped.title);
    expect(textAt(sheet, `A${row}`)!.split('\n')).toEqual([scoped.title, '', scoped.scope!.text]);
    expect(textAt(sheet, `A${row - 1}`)).toBe(scoped.heading);
    expect(sheet.merges).toContain(`A${row - 1}:C${row - 1}`);
    const withBodies = example.sections.flatMap((s) => s.goals).find((g) => g.responsibleBodies !== undefined)!;
    expect(textAt(sheet, `A${goalRow(sheet, withBodies.title)}`)!.split('\n')).toEqual([withBodies.title, '', 'JOHTORYHMÄ', 'SEUTUVALTUUSTO']);
  });

  it('prints A4 landscape, fitted to width, repeating the first column-heading row, with the page label', () => {
    const firstHeader = rowOf(cellsWithText(sheet, 'Tavoitteet')[0]!.ref);
    expect(sheet.print).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      printTitleRows: `${firstHeader}:${firstHeader}`,
    });
    expect(pageFooter(sheet.print)).toContain('Sivu &P / &N');
    expect(pageHeader(sheet.print)).toContain('Kaustisen seutukunnan seutuvaltuusto 11.12.2025 § xx');
  });

  it('styles every goal cell explicitly and gives every used row a height', () => {
    const headerRows = new Set(cellsWithText(sheet, 'Tavoitteet').map((c) => rowOf(c.ref)));
    for (const cell of sheet.cells.filter((c) => !headerRows.has(rowOf(c.ref)) && rowOf(c.ref) > 2)) {
      expect(cell.style).toMatchObject({ wrap: true, vertical: 'top' });
    }
    for (const row of headerRows) expect(sheet.cells.find((c) => c.ref === `A${row}`)?.style).toMatchObject({ bold: true, border: { bottom: 'thin' } });
    const used = new Set(sheet.cells.map((c) => rowOf(c.ref)));
    const heights = new Map(sheet.rows.map((r) => [r.index, r.height]));
    for (const row of used) expect(heights.get(row)).toBeGreaterThan(0);
  });

  it('makes a row taller for a goal with more lines', () => {
    const heights = new Map(sheet.rows.map((r) => [r.index, r.height!]));
    const short = goalRow(sheet, 'Toiminnan siirtäminen soveltuvin osin uuteen yhtiöön');
    const long = goalRow(sheet, 'Alueen infrastruktuuriin liittyvien hankkeiden edistäminen ja edunvalvonta');
    expect(heights.get(long)!).toBeGreaterThan(heights.get(short)! * 3);
  });
});

describe('actionPlanSheet on small plans', () => {
  const section = (overrides: Partial<Section>): Section => ({ id: 's', kind: 'team', title: 'Tiimi', goals: [], ...overrides });

  it('continues a goal too long for one row on further rows, every row within Excel\'s limits', () => {
    const actions = Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, text: `Toimenpide ${i + 1} ${'pitkä teksti '.repeat(8)}` }));
    const plan = minimalPlan({ sections: [section({ goals: [{ id: 'g', title: 'Iso tavoite', actions, metrics: [{ id: 'm', text: 'Mittari' }] }] })] });
    const layout = actionPlanSheet(plan);
    const texts = columnTexts(layout, ACTION_PLAN_COLUMNS.actions).filter((t) => t.text.startsWith(ACTION_BULLET));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.flatMap((t) => t.text.split('\n'))).toEqual(actions.map((a) => `${ACTION_BULLET}${a.text}`));
    const rows = texts.map((t) => t.row);
    expect(rows).toEqual(rows.map((_, i) => rows[0]! + i));
    for (const row of rows) expect(layout.rows.find((r) => r.index === row)!.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    // The goal's title is on its first row only; the border closes round the whole goal.
    expect(textAt(layout, `A${rows[0]}`)).toBe('Iso tavoite');
    expect(textAt(layout, `A${rows[1]}`)).toBe('');
    const style = (ref: string) => layout.cells.find((c) => c.ref === ref)!.style!.border;
    expect(style(`B${rows[0]}`)).toEqual({ left: 'thin', right: 'thin', top: 'thin' });
    expect(style(`B${rows[rows.length - 1]}`)).toEqual({ left: 'thin', right: 'thin', bottom: 'thin' });
  });

  it('splits a text longer than a cell can hold', () => {
    const huge = 'sana '.repeat(14_000).trim();
    const plan = minimalPlan({ sections: [section({ goals: [{ id: 'g', title: 'T', actions: [{ id: 'a', text: huge }], metrics: [] }] })] });
    const layout = actionPlanSheet(plan);
    const texts = columnTexts(layout, ACTION_PLAN_COLUMNS.actions).filter((t) => t.text !== '' && t.text !== 'Toimenpiteet');
    for (const t of texts) expect(t.text.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    expect(texts.map((t) => t.text).join(' ').replace(/\s+/g, ' ')).toBe(`${ACTION_BULLET}${huge}`.replace(/\s+/g, ' '));
  });

  it.each([
    ['fi', ['Tavoitteet', 'Toimenpiteet', 'Mittarit'], 'Läpileikkaavat tavoitteet ja toimenpiteet', 'Sivu &P / &N'],
    ['en', ['Goals', 'Actions', 'Metrics'], 'Cross-cutting goals and actions', 'Page &P of &N'],
  ] as const)('in %s uses the catalogue\'s headings when the plan gives none', (language, headers, crossCutting, pageLabel) => {
    const plan: Plan = minimalPlan({
      language,
      sections: [section({ id: 'a', title: 'Tiimi A' }), section({ id: 'b', kind: 'crossCutting', title: 'Läpileikkaava B' })],
    });
    const layout = actionPlanSheet(plan);
    expect(cellsWithText(layout, headers[0])).toHaveLength(2);
    expect(cellsWithText(layout, headers[2])).toHaveLength(2);
    expect(cellsWithText(layout, crossCutting)).toHaveLength(1);
    expect(textAt(layout, 'A1')).toContain('2026');
    expect(pageFooter(layout.print)).toContain(pageLabel);
  });

  /** A goal whose row is `lines` lines high (one action per line). */
  const goal = (id: string, lines: number, heading?: string) => ({
    id,
    title: `Tavoite ${id}`,
    ...(heading === undefined ? {} : { heading }),
    actions: Array.from({ length: lines }, (_, i) => ({ id: `${id}-a${i}`, text: `Toimenpide ${i}` })),
    metrics: [],
  });

  it('breaks no page when everything fits on the first', () => {
    const plan = minimalPlan({ sections: [section({ id: 'a', title: 'A', goals: [goal('a1', 2)] }), section({ id: 'b', title: 'B', goals: [goal('b1', 2)] })] });
    const layout = actionPlanSheet(plan);
    expect(rowBreaks(layout)).toBeUndefined();
    expect(cellsWithText(layout, 'Tavoitteet')).toHaveLength(2);
  });

  it('starts a section on a new page, under the repeated column headings, when its heading would be left at the foot of a page', () => {
    // Section A takes 492 of the 508 pt an A4 landscape page holds at Excel's 94 %.
    const plan = minimalPlan({
      sections: [
        section({ id: 'a', title: 'A', goals: [goal('a1', 8), goal('a2', 8), goal('a3', 8), goal('a4', 6)] }),
        section({ id: 'b', title: 'B', goals: [goal('b1', 2)] }),
      ],
    });
    const layout = actionPlanSheet(plan);
    const title = rowOf(cellsWithText(layout, 'B')[0]!.ref);
    expect(rowBreaks(layout)).toEqual([title - 1]);
    expect(textAt(layout, `A${title + 1}`)).toBe('Tavoite b1');
    expect(cellsWithText(layout, 'Tavoitteet')).toHaveLength(1);
    expect(layout.print.printTitleRows).toBe(`${rowOf(cellsWithText(layout, 'Tavoitteet')[0]!.ref)}:${rowOf(cellsWithText(layout, 'Tavoitteet')[0]!.ref)}`);
  });

  it('keeps a goal heading with its goal', () => {
    const plan = minimalPlan({
      sections: [section({ id: 'a', title: 'A', goals: [...['a1', 'a2', 'a3', 'a4'].map((id) => goal(id, 8)), goal('a5', 3, 'Alaotsikko')] })],
    });
    const layout = actionPlanSheet(plan);
    const heading = rowOf(cellsWithText(layout, 'Alaotsikko')[0]!.ref);
    expect(rowBreaks(layout)).toEqual([heading - 1]);
    expect(textAt(layout, `A${heading + 1}`)).toBe('Tavoite a5');
  });

  it('lets a long section run on over pages without manual breaks', () => {
    const plan = minimalPlan({ sections: [section({ id: 'a', title: 'A', goals: Array.from({ length: 12 }, (_, i) => goal(`a${i}`, 8)) })] });
    expect(rowBreaks(actionPlanSheet(plan))).toBeUndefined();
  });

  it('names the scope\'s municipalities when the plan gives no scope text', () => {
    const plan = minimalPlan({
      sections: [
        section({
          goals: [{ id: 'g', title: 'T', scope: { municipalities: ['kotikyla', 'ankkala'] }, actions: [], metrics: [] }],
        }),
      ],
    });
    expect(textAt(actionPlanSheet(plan), `A${goalRow(actionPlanSheet(plan), 'T')}`)).toBe('T\n\n(Kotikylä, Ankkala)');
  });
});
