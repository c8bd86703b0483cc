import { emptyTableRows } from '../../src/app/empty-tables';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { workbookLayout } from '../support/layouts';
import { examplePlan, harderPlan } from '../support/plans';

describe('emptyTableRows: what an export leaves out of print', () => {
  it('leaves out the example\'s empty BudgetLines, header and blank row, and nothing else', () => {
    const grid = gridFromLayout(workbookLayout(examplePlan()));
    const lines = grid.sheets.flatMap((s) => s.tables).find((t) => t.name === 'BudgetLines')!;
    expect(lines.ref).toBe('A4:K5');
    expect(emptyTableRows(grid, ['Talousarvio', 'Kuntaosuudet', 'Toimintasuunnitelma'])).toEqual([{ sheet: 'Talousarvio', rows: [4, 5] }]);
  });

  it('leaves out nothing of a plan whose tables all have rows', () => {
    const grid = gridFromLayout(workbookLayout(harderPlan()));
    expect(emptyTableRows(grid, grid.sheets.map((s) => s.name))).toEqual([]);
  });

  it('looks only at the sheets printed', () => {
    const grid = gridFromLayout(workbookLayout(examplePlan()));
    expect(emptyTableRows(grid, ['Kuntaosuudet'])).toEqual([]);
  });

  it('counts a table whose rows hold only derived formulas as empty, and one typed value as not', () => {
    const plan = harderPlan();
    plan.budget.years = [];
    const grid = gridFromLayout(workbookLayout(plan));
    const years = grid.sheets.flatMap((s) => s.tables).find((t) => t.name === 'BudgetYears')!;
    const [from, to] = years.ref.split(':').map((ref) => Number(/\d+$/.exec(ref)![0]));
    expect(emptyTableRows(grid, ['Budget'])).toEqual([{ sheet: 'Budget', rows: Array.from({ length: to! - from! + 1 }, (_, i) => from! + i) }]);
  });
});
