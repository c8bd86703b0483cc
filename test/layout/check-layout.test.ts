import { layOutPlan } from '../../src/app/lay-out-plan';
import { checkLayout, isValidName, LayoutError, layoutProblems, sheetNameProblem } from '../../src/layout/check-layout';
import type { SheetLayout, WorkbookLayout } from '../../src/layout/workbook-layout';
import { cell, formula, num, sheet, text, workbook } from '../xlsx/layout-fixtures';
import { readFixture } from './read/read-fixture';
import { examplePlan } from './sheets/sheet-queries';

/**
 * One check of the layout that both writers call before writing: what Excel
 * would refuse or silently change is caught here, whatever the host.
 */

const tableSheet = (parts: Partial<SheetLayout> = {}): SheetLayout =>
  sheet('Taulukot', {
    cells: [cell('A1', text('Tunnus')), cell('B1', text('Nimi')), cell('A2', text('a'))],
    tables: [{ name: 'Items', ref: 'A1:B2', columns: [{ name: 'Tunnus' }, { name: 'Nimi' }] }],
    ...parts,
  });

describe('checkLayout', () => {
  it.each([
    ['the example', () => layOutPlan(examplePlan()).layout],
    ['the read fixture in English', () => layOutPlan(readFixture('en')).layout],
  ])('passes %s', (_, make) => {
    expect(layoutProblems(make())).toEqual([]);
  });

  it.each<[string, () => WorkbookLayout, RegExp]>([
    ['a sheet name that is too long', () => workbook([sheet('Toimintasuunnitelman liite numero yksi')]), /longer than 31/],
    ['a sheet name with a slash', () => workbook([sheet('Talous/arvio')]), /holds one of/],
    ['the sheet name History', () => workbook([sheet('history')]), /reserved/],
    ['two sheets of one name', () => workbook([sheet('Kunnat'), sheet('KUNNAT')]), /named twice/],
    ['a table name with a space', () => workbook([tableSheet({ tables: [{ name: 'My items', ref: 'A1:B2', columns: [{ name: 'Tunnus' }, { name: 'Nimi' }] }] })]), /name Excel does not allow/],
    ['a table named like a cell', () => workbook([tableSheet({ tables: [{ name: 'AB12', ref: 'A1:B2', columns: [{ name: 'Tunnus' }, { name: 'Nimi' }] }] })]), /name Excel does not allow/],
    ['a header cell that is not the column name', () => workbook([tableSheet({ cells: [cell('A1', text('Id')), cell('B1', text('Nimi'))] })]), /must hold the text "Tunnus"/],
    ['a header given as a number', () => workbook([tableSheet({ cells: [cell('A1', num('1')), cell('B1', text('Nimi'))], tables: [{ name: 'Items', ref: 'A1:B2', columns: [{ name: '1' }, { name: 'Nimi' }] }] })]), /must hold the text "1"/],
    ['two headers of one name', () => workbook([tableSheet({ cells: [cell('A1', text('Nimi')), cell('B1', text('nimi'))], tables: [{ name: 'Items', ref: 'A1:B2', columns: [{ name: 'Nimi' }, { name: 'nimi' }] }] })]), /header "nimi" twice/],
    ['overlapping tables', () => workbook([tableSheet({ tables: [{ name: 'Items', ref: 'A1:B2', columns: [{ name: 'Tunnus' }, { name: 'Nimi' }] }, { name: 'Other', ref: 'B1:B2', columns: [{ name: 'Nimi' }] }] })]), /overlap/],
    ['a table named like a workbook name', () => workbook([tableSheet()], { definedNames: [{ name: 'items', ref: "'Taulukot'!$A$1" }] }), /named like another table or a workbook name/],
    ['a list value with a comma', () => workbook([sheet('S', { dataValidations: [{ range: 'A1:A2', list: { values: ['a,b'] }, allowBlank: true }] })]), /contains a comma/],
    ['a list longer than 255 characters', () => workbook([sheet('S', { dataValidations: [{ range: 'A1:A2', list: { values: Array.from({ length: 60 }, (_, i) => `arvo${i}`) }, allowBlank: true }] })]), /longer than Excel's 255/],
    ['a text longer than a cell holds', () => workbook([sheet('S', { cells: [cell('A1', text('x'.repeat(32_768)))] })]), /more than a cell can/],
    ['a formula written with its "="', () => workbook([sheet('S', { cells: [cell('A1', formula('=1+1'))] })]), /without its leading "="/],
    ['a number that is not one', () => workbook([sheet('S', { cells: [cell('A1', num('1,5'))] })]), /is not a number/],
    ['a protected sheet with an editable table', () => workbook([tableSheet({ protected: true, regions: [{ kind: 'editableTable', table: 'Items', ref: 'A1:B2', calculatedColumns: [] }] })]), /protected but holds an editable table Items/],
    ['a cell outside every region', () => workbook([sheet('S', { regions: [{ kind: 'derived', ref: 'A1:A1' }], cells: [cell('B2', text('x'))] })]), /S!B2 lies in 0 regions/],
    ['a cell in two regions', () => workbook([sheet('S', { regions: [{ kind: 'derived', ref: 'A1:B2' }, { kind: 'editableCells', ref: 'B2' }], cells: [cell('B2', text('x'))] })]), /S!B2 lies in 2 regions/],
  ])('refuses %s', (_, make, message) => {
    expect(() => checkLayout(make())).toThrow(LayoutError);
    expect(layoutProblems(make()).join('\n')).toMatch(message);
  });

  it.each([
    ['Municipalities', true],
    ['Contribution_halsua', true],
    ['_private', true],
    ['Tasajako2026', true],
    ['A1', false],
    ['XFD1048576', false],
    ['R1C1', false],
    ['r', false],
    ['1abc', false],
    ['Kaksi sanaa', false],
  ])('takes %s as a name: %s', (name, valid) => {
    expect(isValidName(name)).toBe(valid);
  });

  it.each([
    ['Kunnat', null],
    ["'Kunnat", 'starts or ends with an apostrophe'],
    ['', 'the name is empty'],
  ])('sheet name %j: %s', (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});
