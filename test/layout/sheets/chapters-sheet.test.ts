import { layOutPlan } from '../../../src/app/lay-out-plan';
import { readPlan } from '../../../src/layout/read/read-plan';
import { chaptersSheet } from '../../../src/layout/sheets/chapters-sheet';
import { gridFromLayout } from '../../../src/layout/layout-grid';
import type { SheetLayout } from '../../../src/layout/workbook-layout';
import type { Finding } from '../../../src/model/finding';
import type { Plan } from '../../../src/model/plan';
import { validatePlan } from '../../../src/engine/validate';
import { examplePlan, harderPlan } from '../../support/plans';

const texts = (sheet: SheetLayout): string[] =>
  sheet.cells.flatMap((c) => (c.value.kind === 'text' ? [c.value.text] : []));
const textAt = (sheet: SheetLayout, ref: string): string | undefined => {
  const value = sheet.cells.find((c) => c.ref === ref)?.value;
  return value?.kind === 'text' ? value.text : undefined;
};

describe('Johdanto: the plan\'s chapters I–III on a sheet of their own', () => {
  const plan = examplePlan();
  const sheet = chaptersSheet(plan);

  it('is a derived, protected sheet named in the plan\'s language, printed portrait', () => {
    expect([sheet.name, sheet.kind, sheet.protected, sheet.print.orientation]).toEqual(['Johdanto', 'derived', true, 'portrait']);
    expect(chaptersSheet(harderPlan()).name).toBe('Introduction');
  });

  it('holds every chapter heading and every paragraph verbatim, in order, in column A', () => {
    const expected = (plan.chapters ?? []).flatMap((c) => [`${c.number} ${c.title}`, ...c.paragraphs]);
    expect(texts(sheet).slice(1)).toEqual(expected);
    expect(sheet.cells.every((c) => c.ref.startsWith('A'))).toBe(true);
    expect(texts(sheet)).toContain('III Seutukuntaorganisaation tilanne ja toiminnan painopisteet');
  });

  it('gives every paragraph the height its wrapped text needs', () => {
    const longest = sheet.cells.reduce((a, c) => (c.value.kind === 'text' && c.value.text.length > ((a?.value.kind === 'text' && a.value.text.length) || 0) ? c : a), sheet.cells[0]);
    const row = Number(/\d+$/.exec(longest!.ref)![0]);
    expect(sheet.rows.find((r) => r.index === row)?.height).toBeGreaterThan(100);
  });

  it('says so when the plan has no chapters', () => {
    const bare: Plan = { ...plan, chapters: undefined };
    expect(texts(chaptersSheet(bare))).toEqual([plan.document.title, 'Suunnitelmassa ei ole lukuja I–III.']);
  });
});

describe('narrative findings point at the sentence they check', () => {
  const narrative = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('narrative.'));

  it.each<[string, () => Plan]>([
    ['the example', examplePlan],
    ['the harder plan', harderPlan],
  ])('%s: when laid out, and when read back from its workbook', (_, make) => {
    const plan = make();
    const { layout, findings } = layOutPlan(plan);
    const sheet = layout.sheets.find((s) => s.role === 'chapters')!;
    const located = narrative(findings);
    expect(located.length).toBeGreaterThan(0);
    const read = readPlan(gridFromLayout(layout));
    const again = narrative(validatePlan(read.plan!)).map((f) => ('path' in f.location ? read.locate(f.location.path) : f.location));
    for (const [i, finding] of located.entries()) {
      const at = finding.location as { sheet: string; cell: string };
      expect(at.sheet).toBe(sheet.name);
      const quote = (plan.narrativeFigures ?? []).find((figure) => textAt(sheet, at.cell)?.includes(figure.quote));
      expect(quote).toBeDefined();
      expect(again[i]).toEqual(at);
    }
  });
});
