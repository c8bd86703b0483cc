import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { workbookLayout } from '../support/layouts';
import { readPlan } from '../../src/layout/read/read-plan';
import type { SheetGrid } from '../../src/layout/sheet-grid';
import { parsePlanText } from '../../src/model/parse-plan';
import type { Plan } from '../../src/model/plan';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { planArbitrary } from '../support/plan-arbitrary';
import { readFixture } from '../layout/read/read-fixture';

/** The same round trip through a real .xlsx: the ExcelJS writer, the .xlsx reader, then readPlan. */
async function throughXlsx(plan: Plan): Promise<ReturnType<typeof readPlan>> {
  const read = await readWorkbook(await writeWorkbook(workbookLayout(plan, [])));
  if (!read.ok) throw new Error(`the written workbook does not read back: ${read.detail}`);
  return readPlan(read.grid as SheetGrid);
}

describe('plan → .xlsx → plan', () => {
  it.each([
    ['the Kaustinen 2026 example', () => {
      const parsed = parsePlanText(readFileSync(join(__dirname, '../../examples/kaustinen-2026.plan.json'), 'utf8'));
      if (!parsed.ok) throw new Error('the example does not parse');
      return parsed.plan;
    }],
    ['the Finnish fixture', () => readFixture('fi')],
    ['the English fixture', () => readFixture('en')],
  ])('%s comes back exactly, with no findings', async (_title, plan) => {
    const expected = plan();
    const { plan: read, findings } = await throughXlsx(expected);
    expect(findings).toEqual([]);
    expect(read).toStrictEqual(expected);
  });

  it('generated plans come back exactly, texts that look like formulas included', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary(), async (plan) => {
        expect((await throughXlsx(plan)).plan).toStrictEqual(plan);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
