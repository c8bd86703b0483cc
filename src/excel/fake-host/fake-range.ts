/// <reference types="office-js" />
/**
 * Excel.Range: values, formulas, number formats, text and value types, plus
 * the range methods an adapter that writes a whole workbook uses.
 */
import { CellRect, MAX_COLUMNS, MAX_ROWS, cellCount, insideGrid, qualifiedA1, rectsOverlap } from './a1-address';
import { FakeLoadableObject, FakeRequestContextLike, ProxyDescriptor, coreOf } from './client-object';
import { cellFormula, cellValue, cellValueType, clearRect, mapRect, writeContents, writeNumberFormats } from './cell-values';
import { fail } from './errors';
import { FakeConditionalFormatCollection, FakeDataValidation } from './fake-range-rules';
import { FakeRangeFormat } from './fake-range-format';
import { refreshTableHeaders } from './table-headers';
import { MAX_CELLS_PER_LOAD } from './payload';
import { RangeBinding, assertCellsEditable, assertFormattable } from './range-binding';
import { formatCellText } from './number-format';
import { FakeWorksheet } from './fake-worksheet';
import type { HostContext } from './host-context';

const cellProps = ['values', 'formulas', 'numberFormat', 'text', 'valueTypes'];

const rangeDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'Range',
  defaultProps: ['address', 'values', 'formulas', 'numberFormat', 'text', 'valueTypes', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'columnHidden', 'rowHidden'],
  propMinor: { columnHidden: 2, rowHidden: 2 },
  readProperty({ sheet, rect }, name, core) {
    const host = core.host;
    // FACTS: Excel answers null for the cell data of a range load over 5 000 000 cells.
    if (cellProps.includes(name) && cellCount(rect) > MAX_CELLS_PER_LOAD) return null;
    switch (name) {
      case 'address':
        return qualifiedA1(sheet.name, rect);
      case 'values':
        return mapRect(rect, (r, c) => cellValue(sheet, r, c, host));
      case 'formulas':
        return mapRect(rect, (r, c) => cellFormula(sheet.cell(r, c)));
      case 'numberFormat':
        return mapRect(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'text':
        return mapRect(rect, (r, c) => formatCellText(cellValue(sheet, r, c, host), sheet.cell(r, c)?.numberFormat ?? 'General', host.locale));
      case 'valueTypes':
        return mapRect(rect, (r, c) => cellValueType(sheet, r, c, host));
      case 'rowCount':
        return rect.rowCount;
      case 'columnCount':
        return rect.columnCount;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'cellCount':
        return cellCount(rect);
      case 'columnHidden':
        return allOrNone(rect.column, rect.columnCount, (c) => sheet.hiddenColumns.has(c));
      case 'rowHidden':
        return allOrNone(rect.row, rect.rowCount, (r) => sheet.hiddenRows.has(r));
    }
    return undefined;
  },
  navigation(owner, name) {
    const range = owner as FakeRange;
    if (name === 'format') return range.format;
    if (name === 'worksheet') return range.worksheet;
    if (name === 'dataValidation') return range.dataValidation;
    if (name === 'conditionalFormats') return range.conditionalFormats;
    return undefined;
  },
};

function allOrNone(start: number, count: number, test: (i: number) => boolean): boolean | null {
  let yes = 0;
  for (let i = start; i < start + count; i++) if (test(i)) yes++;
  if (yes === 0) return false;
  return yes === count ? true : null;
}

export class FakeRange extends FakeLoadableObject<RangeBinding> {
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private conditionalProxy?: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding | null, instantiate?: { minor: number; nullable: boolean }) {
    super(context, path, rangeDescriptor, { resolve, ...(instantiate ? { instantiate } : {}) });
  }

  get address(): string {
    return coreOf(this).get('address');
  }
  get values(): unknown[][] {
    return coreOf(this).get('values');
  }
  set values(values: unknown[][]) {
    coreOf(this).set('values', values, (b) => writeCells(b, values, coreOf(this).host, 'Range.values'));
  }
  get formulas(): unknown[][] {
    return coreOf(this).get('formulas');
  }
  set formulas(formulas: unknown[][]) {
    coreOf(this).set('formulas', formulas, (b) => writeCells(b, formulas, coreOf(this).host, 'Range.formulas'));
  }
  get numberFormat(): unknown[][] {
    return coreOf(this).get('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    coreOf(this).set('numberFormat', formats, (b) => {
      assertFormattable(b.sheet, 'allowFormatCells', 'Range.numberFormat');
      writeNumberFormats(b.sheet, b.rect, formats, 'Range.numberFormat');
    });
  }
  get text(): string[][] {
    return coreOf(this).get('text');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return coreOf(this).get('valueTypes');
  }
  get rowCount(): number {
    return coreOf(this).get('rowCount');
  }
  get columnCount(): number {
    return coreOf(this).get('columnCount');
  }
  get rowIndex(): number {
    return coreOf(this).get('rowIndex');
  }
  get columnIndex(): number {
    return coreOf(this).get('columnIndex');
  }
  get cellCount(): number {
    return coreOf(this).get('cellCount');
  }
  get columnHidden(): boolean {
    return coreOf(this).get('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    coreOf(this).set('columnHidden', hidden, ({ sheet, rect }) => {
      assertFormattable(sheet, 'allowFormatColumns', 'Range.columnHidden');
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get rowHidden(): boolean {
    return coreOf(this).get('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    coreOf(this).set('rowHidden', hidden, ({ sheet, rect }) => {
      assertFormattable(sheet, 'allowFormatRows', 'Range.rowHidden');
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(coreOf(this).context, `${coreOf(this).path}.format`, () => coreOf(this).binding());
    return this.formatProxy;
  }
  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(coreOf(this).context, `${coreOf(this).path}.dataValidation`, () => coreOf(this).binding());
    return this.validationProxy;
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.conditionalProxy ??= new FakeConditionalFormatCollection(coreOf(this).context, `${coreOf(this).path}.conditionalFormats`, () => coreOf(this).binding());
    return this.conditionalProxy;
  }
  get worksheet(): FakeWorksheet {
    const core = coreOf(this);
    return new FakeWorksheet(core.context, `${core.path}.worksheet`, () => core.binding().sheet);
  }

  /** Tracking only matters for ranges kept across runs; the fake keeps no session, so these are no-ops. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  merge(across?: boolean): void {
    coreOf(this).call('merge', [across ?? false], 2, ({ sheet, rect }) => {
      assertCellsEditable({ sheet, rect }, 'Range.merge');
      if (coreOf(this).host.model.tablesOverlapping(sheet, rect).length > 0) fail('InvalidArgument', 'Cells in a table cannot be merged.', 'Range.merge');
      const parts: CellRect[] = across ? Array.from({ length: rect.rowCount }, (_, i) => ({ row: rect.row + i, column: rect.column, rowCount: 1, columnCount: rect.columnCount })) : [rect];
      for (const part of parts) {
        if (part.rowCount * part.columnCount === 1) continue;
        // Excel keeps only the upper-left value of a merged area.
        for (const [key, data] of sheet.cells) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          if (r >= part.row && r < part.row + part.rowCount && c >= part.column && c < part.column + part.columnCount && !(r === part.row && c === part.column)) data.content = undefined;
        }
        sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, part));
        sheet.merges.push(part);
      }
    });
  }

  unmerge(): void {
    coreOf(this).call('unmerge', [], 2, ({ sheet, rect }) => {
      assertCellsEditable({ sheet, rect }, 'Range.unmerge');
      sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, rect));
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const what = applyTo ?? 'All';
    coreOf(this).call('clear', [what], 1, (b) => {
      if (what !== 'Formats') assertCellsEditable(b, 'Range.clear');
      if (what === 'All' || what === 'Formats') assertFormattable(b.sheet, 'allowFormatCells', 'Range.clear');
      clearRect(b.sheet, b.rect, what);
      if (what === 'All' || what === 'Contents') refreshTableHeaders(coreOf(this).host.model, b.sheet);
    });
  }

  select(): void {
    coreOf(this).call('select', [], 1, ({ sheet, rect }) => {
      const model = coreOf(this).host.model;
      if (sheet.visibility !== 'Visible') fail('InvalidArgument', 'A range on a hidden sheet cannot be selected.', 'Range.select');
      model.activeSheet = sheet;
      sheet.selection = rect;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, 1, (rect) => ({ row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, 2, (rect) => ({ ...rect, rowCount: rect.rowCount + deltaRows, columnCount: rect.columnCount + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, 1, (rect) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }

  getEntireRow(): FakeRange {
    return this.derived('getEntireRow()', 1, (rect) => ({ row: rect.row, rowCount: rect.rowCount, column: 0, columnCount: MAX_COLUMNS }));
  }

  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn()', 1, (rect) => ({ row: 0, rowCount: MAX_ROWS, column: rect.column, columnCount: rect.columnCount }));
  }

  getLastCell(): FakeRange {
    return this.derived('getLastCell()', 1, (rect) => ({ row: rect.row + rect.rowCount - 1, column: rect.column + rect.columnCount - 1, rowCount: 1, columnCount: 1 }));
  }

  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, 1, (rect) => ({ ...rect, row: rect.row + row, rowCount: 1 }));
  }

  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, 1, (rect) => ({ ...rect, column: rect.column + column, columnCount: 1 }));
  }

  private derived(call: string, minor: number, compute: (rect: CellRect) => CellRect): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.${call}`,
      () => {
        const { sheet, rect } = core.binding();
        const next = compute(rect);
        if (!insideGrid(next)) fail('InvalidArgument', undefined, `Range.${call}`);
        return { sheet, rect: next };
      },
      { minor, nullable: false },
    );
  }
}

function writeCells(binding: RangeBinding, input: unknown, host: HostContext, location: string): void {
  assertCellsEditable(binding, location);
  writeContents(binding.sheet, binding.rect, input, host, location);
  refreshTableHeaders(host.model, binding.sheet);
}

