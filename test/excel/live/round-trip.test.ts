import fc from 'fast-check';
import { readPlan } from '../../../src/layout/read/read-plan';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import type { FakeLocale } from '../../../src/excel/fake-host';
import type { Plan } from '../../../src/model/plan';
import { minimalPlan } from '../../support/plan-builder';
import { planArbitrary } from '../../support/plan-arbitrary';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

async function throughExcel(plan: Plan, locale: FakeLocale = 'fi-FI'): Promise<ReturnType<typeof readPlan> & { grid: unknown }> {
  const host = newHost({ locale });
  const live = liveOn(host);
  await live.generate(layOutPlan(plan));
  const reading = await live.readGrid();
  if (!reading.ok) throw new Error(reading.detail);
  return { ...readPlan(reading.grid), grid: reading.grid };
}

/** Texts Excel would take for something else if typed: formulas, numbers, dates, percentages, booleans, in either locale. */
const TRICKY = ['=A1', '+1', '-2', '@x', '=SUM(A1:A2)', '1.2', '1,5', '12 %', '12%', 'TRUE', 'tosi', 'FALSE', '3/4', '1.2.2026', '2026-01-02', '1e5', '#N/A', "'quoted'", '  välilyönnit  ', '€ 100'];

describe('plan → Excel → plan', () => {
  it('the example comes back exactly, with no findings from reading', async () => {
    const plan = examplePlan();
    const read = await throughExcel(plan);
    expect(read.findings).toEqual([]);
    expect(read.plan).toStrictEqual(plan);
  });

  it.each<FakeLocale>(['fi-FI', 'en-US'])('texts that look like formulas, numbers, dates or booleans stay text in %s', async (locale) => {
    const base = minimalPlan();
    const section = base.sections[0] as Plan['sections'][number];
    const goal = section.goals[0] as Plan['sections'][number]['goals'][number];
    const plan = minimalPlan({
      sections: [
        {
          ...section,
          goals: [
            {
              ...goal,
              actions: TRICKY.map((text, i) => ({ id: `a${i + 1}`, text })),
            },
          ],
        },
      ],
    });
    const read = await throughExcel(plan, locale);
    const actions = read.plan?.sections[0]?.goals[0]?.actions.map((a) => a.text);
    expect(actions).toEqual(TRICKY);
    // And every one of them is a text cell in the workbook, not a formula.
    const sheets = (read.grid as { sheets: Array<{ cells: Record<string, { value: unknown; formula?: string }> }> }).sheets;
    for (const text of TRICKY) {
      const cells = sheets.flatMap((s) => Object.values(s.cells)).filter((c) => c.value === text);
      expect({ text, cells: cells.length > 0 }).toEqual({ text, cells: true });
      for (const cell of cells) expect(cell.formula).toBeUndefined();
    }
  });

  it('generated plans come back exactly, through readWorkbookGrid too', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary(), async (plan) => {
        const host = newHost();
        const live = liveOn(host);
        await live.generate(layOutPlan(plan));
        const reading = await live.readGrid();
        if (!reading.ok) throw new Error(reading.detail);
        const read = readWorkbookGrid(reading.grid);
        expect(read.ok && read.plan).toStrictEqual(plan);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
