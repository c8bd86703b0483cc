import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlan } from '../../src/engine/validate';
import { workbookLayout } from '../support/layouts';
import { readPlan } from '../../src/layout/read/read-plan';
import { parsePlanText } from '../../src/model/parse-plan';
import type { Plan } from '../../src/model/plan';
import { recalculatedWorkbook, type RecalculatedWorkbook } from '../support/recalculated-workbook';

/**
 * User text is written as text, never as a formula: texts that Excel would
 * take for a formula are put everywhere a plan shows text, the workbook is
 * recalculated by LibreOffice (which would evaluate any formula), and every
 * one must come back exactly as typed, in every sheet that shows it.
 */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1,2)'] as const;

function planWithFormulaLikeTexts(): Plan {
  const result = parsePlanText(readFileSync(join(__dirname, '../../examples/kaustinen-2026.plan.json'), 'utf8'));
  if (!result.ok) throw new Error('the example must parse');
  const plan = result.plan;
  const [a, b, c, d] = FORMULA_LIKE;
  const section = plan.sections[0]!;
  const goal = section.goals[0]!;
  section.title = a;
  goal.title = b;
  goal.actions[0]!.text = c;
  goal.actions[0]!.subActions![0]!.text = d;
  goal.metrics[0]!.text = a;
  plan.municipalities[0]!.note = b;
  plan.contributions.pools[0]!.name = c;
  plan.document.title = d;
  return plan;
}

let plan: Plan;
let workbook: RecalculatedWorkbook;

beforeAll(async () => {
  plan = planWithFormulaLikeTexts();
  workbook = await recalculatedWorkbook(workbookLayout(plan, validatePlan(plan)));
}, 120_000);

describe('text that looks like a formula', () => {
  it('is reported to the writer as info, never as an error', () => {
    const formulaLike = validatePlan(plan).filter((f) => f.rule === 'text.formula-like');
    expect(formulaLike.length).toBeGreaterThanOrEqual(8);
    expect(formulaLike.every((f) => f.severity === 'info')).toBe(true);
  });

  it.each(FORMULA_LIKE)('%s stands as typed in text cells, never as a formula, after LibreOffice recalculated the workbook', (typed) => {
    const cells = workbook.grid.sheets.flatMap((sheet) =>
      Object.entries(sheet.cells).map(([ref, cell]) => ({ sheet: sheet.name, ref, cell })),
    );
    const exact = cells.filter(({ cell }) => cell.value === typed);
    // Typed into text cells; a derived cell may show it too, through a lookup formula of its own.
    expect(exact.filter(({ cell }) => cell.formula === undefined).length).toBeGreaterThan(0);
    for (const { cell } of exact) expect(cell.formula ?? '').not.toContain(typed.slice(1));
    // Where it was typed, it is shown on the editable table and in the appendix (inside its bullet line for actions).
    const sheetsShowing = new Set(
      cells.filter(({ cell }) => typeof cell.value === 'string' && cell.value.includes(typed)).map(({ sheet }) => sheet),
    );
    expect(sheetsShowing.size).toBeGreaterThanOrEqual(2);
    // No formula in the workbook came from it.
    expect(cells.filter(({ cell }) => (cell.formula ?? '').includes(typed.slice(1)))).toEqual([]);
  });

  it('reads back exactly as typed, so the plan survives the round trip', () => {
    const read = readPlan(workbook.grid);
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(read.plan?.sections[0]?.title).toBe(FORMULA_LIKE[0]);
    expect(read.plan?.sections[0]?.goals[0]?.title).toBe(FORMULA_LIKE[1]);
    expect(read.plan?.sections[0]?.goals[0]?.actions[0]?.text).toBe(FORMULA_LIKE[2]);
    expect(read.plan?.sections[0]?.goals[0]?.actions[0]?.subActions?.[0]?.text).toBe(FORMULA_LIKE[3]);
    expect(read.plan?.sections[0]?.goals[0]?.metrics[0]?.text).toBe(FORMULA_LIKE[0]);
    expect(read.plan?.municipalities[0]?.note).toBe(FORMULA_LIKE[1]);
    expect(read.plan?.contributions.pools[0]?.name).toBe(FORMULA_LIKE[2]);
    expect(read.plan?.document.title).toBe(FORMULA_LIKE[3]);
  });
});
