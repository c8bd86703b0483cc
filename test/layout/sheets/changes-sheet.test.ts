import { layOutPlanComparedWith } from '../../../src/app/compare-plans';
import { layOutPlan } from '../../../src/app/lay-out-plan';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import { checkLayout } from '../../../src/layout/check-layout';
import { gridFromLayout } from '../../../src/layout/layout-grid';
import { CHANGES_FIRST_ROW, CHANGES_HEADER_ROW } from '../../../src/layout/sheets/changes-sheet';
import type { SheetLayout } from '../../../src/layout/workbook-layout';
import type { Plan } from '../../../src/model/plan';
import { edited } from '../../fixtures/diff/committee-edits';
import { pageHeader } from '../../support/layouts';
import { examplePlan, numberAt, textAt } from './sheet-queries';

const example = examplePlan();
const committee = edited(example);
const compareWith = { label: 'kaustinen-2026.plan.json', plan: example };

function changesOf(plan: Plan, earlier = compareWith): SheetLayout {
  const sheet = layOutPlanComparedWith(plan, earlier).layout.sheets.find((s) => s.role === 'changes');
  if (!sheet) throw new Error('no Muutokset');
  return sheet;
}

const row = (sheet: SheetLayout, r: number): Array<string | undefined> =>
  ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => textAt(sheet, `${c}${r}`) ?? numberAt(sheet, `${c}${r}`));

describe('Muutokset, the changes since an earlier version', () => {
  const sheet = changesOf(committee);

  it('is laid out only when asked, after Tarkistukset, derived and protected, and passes the layout check', () => {
    expect(layOutPlan(committee).layout.sheets.map((s) => s.role)).not.toContain('changes');
    const layout = checkLayout(layOutPlanComparedWith(committee, compareWith).layout);
    expect(layout.sheets.map((s) => s.name).slice(-3)).toEqual(['Tarkistukset', 'Muutokset', 'PlanSheets']);
    expect([sheet.name, sheet.kind, sheet.protected]).toEqual(['Muutokset', 'derived', true]);
    expect(sheet.regions.every((r) => r.kind === 'derived')).toBe(true);
  });

  it('says what it compares with, and lists the changes grouped as diff groups them', () => {
    expect(textAt(sheet, 'A2')).toContain('kaustinen-2026.plan.json');
    expect(row(sheet, CHANGES_HEADER_ROW)).toEqual(['Osa-alue', 'Muutos', 'Kohde', 'Ennen', 'Nyt', 'Muutos €']);
    expect(row(sheet, CHANGES_FIRST_ROW)).toEqual([
      'Tavoitteet',
      'sanamuoto',
      'hallinto-g2',
      '”Työn suunnittelu ja ennakointi”',
      '”Työn suunnittelu, ennakointi ja seuranta”',
      // Empty, but ruled as the rest of the row.
      '',
    ]);
    const groups = sheet.cells.filter((c) => c.ref.startsWith('A') && Number(c.ref.slice(1)) >= CHANGES_FIRST_ROW).map((c) => c.value.kind === 'text' && c.value.text);
    expect([...new Set(groups)]).toEqual(['Tavoitteet', 'Toimenpiteet', 'Mittarit', 'Talousarvio', 'Kunnat ja valtuusto', 'Kustannuserät', 'Kuntaosuudet']);
    // Money as numbers, with the change in euros.
    const halsua = sheet.cells.find((c) => c.value.kind === 'text' && c.value.text === 'Halsua yhteensä')!;
    const r = Number(halsua.ref.slice(1));
    expect(row(sheet, r)).toEqual(['Kuntaosuudet', 'muutettu', 'Halsua yhteensä', '112711.11', '107076.33', '-5634.78']);
    expect(sheet.cells.find((c) => c.ref === `F${r}`)?.style).toMatchObject({ bold: true, numberFormat: '#,##0.00 "€"' });
  });

  it('holds no formulas, and writes a text that looks like one as text', () => {
    const plan = structuredClone(committee);
    plan.sections[0]!.goals[0]!.title = '=HYPERLINK("http://example.com")';
    const cells = changesOf(plan).cells;
    expect(cells.filter((c) => c.value.kind === 'formula')).toEqual([]);
    expect(cells.some((c) => c.value.kind === 'text' && c.value.text === '”=HYPERLINK("http://example.com")”')).toBe(true);
  });

  it('says so when nothing changed, and speaks English in an English plan', () => {
    expect(textAt(changesOf(example), `A${CHANGES_FIRST_ROW}`)).toBe('Ei muutoksia.');
    const english = changesOf({ ...committee, language: 'en' });
    expect(english.name).toBe('Changes');
    expect(row(english, CHANGES_HEADER_ROW)).toEqual(['Part', 'Change', 'Subject', 'Before', 'Now', 'Change €']);
    expect(textAt(english, `A${CHANGES_FIRST_ROW}`)).toBe('Goals');
  });

  it('prints landscape on A4 with the plan\'s page header and its column headings on every page', () => {
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printTitleRows: `${CHANGES_HEADER_ROW}:${CHANGES_HEADER_ROW}` });
    expect(pageHeader(sheet.print)).toContain('Kaustisen seutukunta');
  });

  it('is ignored by the reader: the workbook reads back as the same plan with the same findings', () => {
    const without = readWorkbookGrid(gridFromLayout(layOutPlan(committee).layout));
    const withChanges = readWorkbookGrid(gridFromLayout(layOutPlanComparedWith(committee, compareWith).layout));
    if (!without.ok || !withChanges.ok) throw new Error('no plan read');
    expect(withChanges.plan).toEqual(without.plan);
    expect(withChanges.findings).toEqual(without.findings);
  });
});
