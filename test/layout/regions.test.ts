import { layOutPlan } from '../../src/app/lay-out-plan';
import { parseAddress, parseRange } from '../../src/layout/a1';
import type { SheetLayout, SheetRegion } from '../../src/layout/workbook-layout';
import { readFixture } from './read/read-fixture';
import { examplePlan } from './sheets/sheet-queries';

/**
 * Who owns which cells: every sheet says which ranges belong to people
 * (editable tables, the council rule's cells) and which to PlanSheets, so a
 * refresh knows what it may rewrite. These are the example's.
 */

const describeRegion = (region: SheetRegion): string =>
  region.kind === 'editableTable'
    ? `table ${region.table} ${region.ref}${region.calculatedColumns.length > 0 ? ` [${region.calculatedColumns.join(', ')}]` : ''}`
    : `${region.kind} ${region.ref}`;

const example = layOutPlan(examplePlan()).layout;
const sheet = (name: string): SheetLayout => example.sheets.find((s) => s.name === name)!;

describe('regions of the example workbook', () => {
  it.each([
    ['Yhteenveto', ['derived A1:J52']],
    ['Kunnat', ['table Municipalities A8:G13 [Väestöosuus, Valtuustopaikat]', 'editableCells C3', 'editableCells C4', 'editableCells C5', 'derived A1:A1', 'derived A3:A5', 'derived B7:G7']],
    ['Talousarvio', ['table BudgetLines A4:K5', 'table BudgetYears A9:J16 [Tarkistus, Kuntarahoitus %, Muutos €, Muutos %]', 'derived A1:A2', 'derived B3:K3', 'derived A7:A8']],
    ['Kustannuserät', ['table Pools A5:G11', 'table PoolMembers A14:D21', 'table PreviousContributions A24:C25', 'derived A1:A2', 'derived A4:A4', 'derived A13:A13', 'derived A23:A23']],
    ['Kuntaosuudet', ['derived A1:U95']],
    ['Tiimit', ['table Sections A3:D9', 'derived A1:A1']],
    ['Tavoitteet', ['table Goals A3:L46 [Toteutuneet, Seurattavat, Toteutumisaste]', 'derived A1:A1']],
    ['Toimenpiteet', ['table Actions A3:E194', 'derived A1:A1']],
    ['Mittarit', ['table Metrics A3:E101', 'table MetricValues G3:L4 [Tila]', 'derived A1:A1', 'derived A2:G2']],
    ['Toimintasuunnitelma', ['derived A1:C61']],
    ['Tarkistukset', ['derived A1:D15']],
    ['PlanSheets', ['derived A1:A2']],
  ])('%s', (name, regions) => {
    expect(sheet(name).regions.map(describeRegion)).toEqual(regions);
  });
});

describe.each([
  ['the example', example],
  ['the read fixture (fi)', layOutPlan(readFixture('fi')).layout],
  ['the read fixture (en)', layOutPlan(readFixture('en')).layout],
])('ownership in %s', (_, layout) => {
  it('puts every cell in exactly one region', () => {
    for (const s of layout.sheets) {
      const ranges = s.regions.map((r) => parseRange(r.ref)!);
      for (const cell of s.cells) {
        const at = parseAddress(cell.ref)!;
        const holding = ranges.filter((r) => at.column >= r.from.column && at.column <= r.to.column && at.row >= r.from.row && at.row <= r.to.row);
        expect({ cell: `${s.name}!${cell.ref}`, regions: holding.length }).toEqual({ cell: `${s.name}!${cell.ref}`, regions: 1 });
      }
    }
  });

  it('never protects a sheet that holds anything people own, and makes every table an editable region', () => {
    for (const s of layout.sheets) {
      if (s.protected) expect(s.regions.filter((r) => r.kind !== 'derived')).toEqual([]);
      expect(s.regions.filter((r) => r.kind === 'editableTable').map((r) => (r as { table: string }).table)).toEqual(s.tables.map((t) => t.name));
      if (s.tables.length > 0) expect(s.kind).toBe('editable');
    }
  });

  it('lists the calculated columns of each table as its formulas', () => {
    for (const s of layout.sheets) {
      for (const region of s.regions) {
        if (region.kind !== 'editableTable') continue;
        const table = s.tables.find((t) => t.name === region.table)!;
        expect(region.calculatedColumns).toEqual(table.columns.filter((c) => c.formula !== undefined).map((c) => c.name));
      }
    }
  });
});
