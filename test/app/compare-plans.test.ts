import { changesSheetFor, comparePlans, layOutPlanComparedWith } from '../../src/app/compare-plans';
import { readWorkbookGrid } from '../../src/app/read-workbook-grid';
import { rebuildWorkbook } from '../../src/app/rebuild-workbook';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { edited } from '../fixtures/diff/committee-edits';
import { examplePlan } from '../support/plans';

const example = examplePlan();
const committee = edited(example);
const compareWith = { label: 'johtoryhma.plan.json', plan: example };

describe('comparePlans (use case)', () => {
  it('says whether anything changed', () => {
    expect(comparePlans(example, structuredClone(example)).unchanged).toBe(true);
    const versions = comparePlans(example, committee);
    expect(versions.unchanged).toBe(false);
    expect(versions.comparison.pools.map((p) => p.change)).toEqual(['changed', 'removed']);
  });
});

describe('rebuildWorkbook and Muutokset', () => {
  const reading = readWorkbookGrid(gridFromLayout(layOutPlanComparedWith(committee, compareWith).layout));
  if (!reading.ok) throw new Error('the workbook does not read');
  const grid = gridFromLayout(layOutPlanComparedWith(committee, compareWith).layout);

  it('lays Muutokset out again when given the earlier version', () => {
    const rebuild = rebuildWorkbook(reading, grid, { changes: changesSheetFor(reading.plan, compareWith) });
    if (!rebuild.ok) throw new Error('refused');
    expect(rebuild.laidOut.layout.sheets.map((s) => s.name)).toContain('Muutokset');
    expect(rebuild.notes).toEqual([]);
  });

  it('leaves it out without one, and says so', () => {
    const rebuild = rebuildWorkbook(reading, grid);
    if (!rebuild.ok) throw new Error('refused');
    expect(rebuild.laidOut.layout.sheets.map((s) => s.name)).not.toContain('Muutokset');
    expect(rebuild.notes).toEqual([{ kind: 'changes-not-carried', sheet: 'Muutokset' }]);
  });
});
