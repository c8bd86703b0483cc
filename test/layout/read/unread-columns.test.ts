import { address } from '../../../src/layout/a1';
import { workbookLayout } from '../../support/layouts';
import { readPlan } from '../../../src/layout/read/read-plan';
import { unreadColumns } from '../../../src/layout/read/unread-columns';
import type { SheetGrid } from '../../../src/layout/sheet-grid';
import { addTableColumn, convertTableToRange, gridFromLayout, locateTable } from '../../support/layout-grid';
import { readFixture } from './read-fixture';

const fixtureGrid = (language: 'fi' | 'en' = 'fi'): SheetGrid => gridFromLayout(workbookLayout(readFixture(language), []));

/** The header cell of the column at the table's right edge. */
function lastHeader(grid: SheetGrid, table: string): { sheet: string; cell: string } {
  const t = locateTable(grid, table);
  return { sheet: t.sheet.name, cell: address(t.right, t.top) };
}

describe('unreadColumns: columns added to the editable tables that a rebuild would drop', () => {
  it.each([
    ['an Actions column with a value', 'fi', (g: SheetGrid) => addTableColumn(g, 'Actions', 'Vastuuhenkilö', [null, 'Liisa']), 'Actions', 'Vastuuhenkilö'],
    ['a Municipalities column in an English workbook', 'en', (g: SheetGrid) => addTableColumn(g, 'Municipalities', 'Mayor', ['A. N. Other']), 'Municipalities', 'Mayor'],
    ['a BudgetLines column that is not a year', 'fi', (g: SheetGrid) => addTableColumn(g, 'BudgetLines', 'Lisätieto', ['tarkistettava']), 'BudgetLines', 'Lisätieto'],
  ] as const)('lists %s, at its header cell', (_title, language, change, table, header) => {
    const grid = change(fixtureGrid(language));
    expect(unreadColumns(grid, language)).toEqual([{ table, header, ...lastHeader(grid, table) }]);
  });

  it('finds them in a table converted to a range too', () => {
    const added = addTableColumn(fixtureGrid(), 'Metrics', 'Lähde', ['Tilinpäätös']);
    const at = lastHeader(added, 'Metrics');
    expect(unreadColumns(convertTableToRange(added, 'Metrics'), 'fi')).toEqual([{ table: 'Metrics', header: 'Lähde', ...at }]);
  });

  it.each([
    ['the workbook as built', (g: SheetGrid) => g],
    ['a column with a header alone', (g: SheetGrid) => addTableColumn(g, 'Actions', 'Vastuuhenkilö')],
    ['a BudgetLines year column, which is read', (g: SheetGrid) => addTableColumn(g, 'BudgetLines', '2029', ['1200'])],
  ])('lists nothing for %s', (_title, change) => {
    const grid = change(fixtureGrid());
    expect(unreadColumns(grid, 'fi')).toEqual([]);
    expect(readPlan(grid).plan).not.toBeNull();
  });
});
