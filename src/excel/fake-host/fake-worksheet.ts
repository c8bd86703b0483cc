/// <reference types="office-js" />
/**
 * Excel.Worksheet and Excel.WorksheetCollection.
 */
import { CellRect, parseAddress, MAX_COLUMNS, MAX_ROWS } from './a1-address';
import { FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf, notFound } from './client-object';
import { normaliseColor } from './colors';
import { fail } from './errors';
import { FakeChartCollection } from './fake-chart';
import { FakeNamedItemCollection } from './fake-names';
import { FakePageBreakCollection, FakePageLayout } from './fake-page-layout';
import { FakeRange } from './fake-range';
import { FakeTableCollection } from './fake-table';
import { FakeWorksheetFreezePanes, FakeWorksheetProtection } from './fake-worksheet-view';
import { rangeOfName } from './name-reference';
import { copySheet } from './sheet-copy';
import { SheetModel, WorkbookModel } from './workbook-model';

export function sheetId(sheet: SheetModel): string {
  return `{00000000-0001-0000-0000-${String(sheet.id).padStart(12, '0')}}`;
}

const visibilities = ['Visible', 'Hidden', 'VeryHidden'];

const worksheetDescriptor: ProxyDescriptor<SheetModel> = {
  typeName: 'Worksheet',
  defaultProps: ['name', 'id', 'position', 'visibility', 'tabColor'],
  propMinor: { tabColor: 7 },
  readProperty(sheet, name, core) {
    switch (name) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheetId(sheet);
      case 'position':
        return core.host.model.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
    }
    return undefined;
  },
  navigation(owner, name) {
    const ws = owner as FakeWorksheet;
    switch (name) {
      case 'protection':
        return ws.protection;
      case 'freezePanes':
        return ws.freezePanes;
      case 'tables':
        return ws.tables;
      case 'names':
        return ws.names;
      case 'charts':
        return ws.charts;
      case 'pageLayout':
        return ws.pageLayout;
      case 'horizontalPageBreaks':
        return ws.horizontalPageBreaks;
    }
    return undefined;
  },
};

export class FakeWorksheet extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel | null, instantiate?: { minor: number; nullable: boolean }, bound?: SheetModel) {
    super(context, path, worksheetDescriptor, { resolve, ...(instantiate ? { instantiate } : {}), ...(bound ? { bound } : {}) });
  }

  get name(): string {
    return coreOf(this).get('name');
  }
  /** Renaming rewrites references to the sheet in every formula and name, as Excel does. */
  set name(name: string) {
    coreOf(this).set('name', name, (sheet) => coreOf(this).host.model.renameSheet(sheet, name));
  }
  get id(): string {
    return coreOf(this).get('id');
  }
  get position(): number {
    return coreOf(this).get('position');
  }
  set position(position: number) {
    coreOf(this).set('position', position, (sheet) => coreOf(this).host.model.moveSheet(sheet, position));
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return coreOf(this).get('visibility');
  }
  set visibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    coreOf(this).set('visibility', visibility, (sheet) => {
      if (!visibilities.includes(visibility)) fail('InvalidArgument', undefined, 'Worksheet.visibility');
      const model = coreOf(this).host.model;
      if (visibility !== 'Visible' && model.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        // ASSUMPTION: the code for hiding the last visible sheet; Excel refuses it.
        fail('InvalidArgument', 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
      }
      sheet.visibility = visibility as SheetModel['visibility'];
      if (model.activeSheet === sheet && visibility !== 'Visible') model.activeSheet = model.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }
  get tabColor(): string {
    return coreOf(this).get('tabColor');
  }
  set tabColor(color: string) {
    coreOf(this).set('tabColor', color, (sheet) => (sheet.tabColor = color === '' ? '' : normaliseColor(color, 'Worksheet.tabColor')));
  }

  get protection(): FakeWorksheetProtection {
    const core = coreOf(this);
    return new FakeWorksheetProtection(core.context, `${core.path}.protection`, () => core.binding());
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    const core = coreOf(this);
    return new FakeWorksheetFreezePanes(core.context, `${core.path}.freezePanes`, () => core.binding());
  }
  get tables(): FakeTableCollection {
    const core = coreOf(this);
    return new FakeTableCollection(core.context, `${core.path}.tables`, () => ({ model: core.host.model, sheet: core.binding() }));
  }
  get names(): FakeNamedItemCollection {
    const core = coreOf(this);
    return new FakeNamedItemCollection(core.context, `${core.path}.names`, () => ({ model: core.host.model, sheet: core.binding() }));
  }
  get charts(): FakeChartCollection {
    const core = coreOf(this);
    return new FakeChartCollection(core.context, `${core.path}.charts`, () => core.binding());
  }
  get pageLayout(): FakePageLayout {
    const core = coreOf(this);
    return new FakePageLayout(core.context, `${core.path}.pageLayout`, () => core.binding());
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    const core = coreOf(this);
    return new FakePageBreakCollection(core.context, `${core.path}.horizontalPageBreaks`, () => core.binding());
  }

  /** No address: the whole sheet. A bad address, or one naming another sheet, fails at sync with InvalidArgument. */
  getRange(address?: string): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.getRange(${JSON.stringify(address ?? '')})`,
      () => {
        const sheet = core.binding();
        if (address === undefined || address === '') return { sheet, rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } };
        const parsed = parseAddress(address);
        if (!parsed) {
          // Excel also takes a defined name (sheet-scoped first, then workbook) that refers to a range on this sheet.
          const model = core.host.model;
          const named = model.findName(address, sheet.id) ?? model.findName(address, null);
          const target = named ? rangeOfName(model, named) : undefined;
          if (target && target.sheet === sheet) return target;
          fail('InvalidArgument', `The address '${address}' is not valid.`, 'Worksheet.getRange');
        }
        if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `The address '${address}' is on another worksheet.`, 'Worksheet.getRange');
        return { sheet, rect: parsed.rect };
      },
      { minor: 1, nullable: false },
    );
  }

  getCell(row: number, column: number): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.getCell(${row},${column})`,
      () => {
        const rect: CellRect = { row, column, rowCount: 1, columnCount: 1 };
        if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) fail('InvalidArgument', undefined, 'Worksheet.getCell');
        return { sheet: core.binding(), rect };
      },
      { minor: 1, nullable: false },
    );
  }

  /** An empty sheet's used range is A1 (Excel's documented answer); valuesOnly ignores formatting. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.getUsedRange(${valuesOnly ?? false})`,
      () => {
        const sheet = core.binding();
        return { sheet, rect: sheet.usedRect(valuesOnly ?? false) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
      },
      { minor: valuesOnly === undefined ? 1 : 2, nullable: false },
    );
  }

  /** A null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.getUsedRangeOrNullObject(${valuesOnly ?? false})`,
      () => {
        const sheet = core.binding();
        const rect = sheet.usedRect(valuesOnly ?? false);
        return rect ? { sheet, rect } : null;
      },
      { minor: 4, nullable: true },
    );
  }

  activate(): void {
    coreOf(this).call('activate', [], 1, (sheet) => {
      if (sheet.visibility !== 'Visible') fail('InvalidArgument', 'A hidden worksheet cannot be activated.', 'Worksheet.activate');
      coreOf(this).host.model.activeSheet = sheet;
    });
  }

  delete(): void {
    coreOf(this).call('delete', [], 1, (sheet) => coreOf(this).host.model.deleteSheet(sheet));
  }

  /** ExcelApi 1.7. The copy is named "Name (2)" ("Name (3)", … if taken). */
  copy(positionType?: Excel.WorksheetPositionType | 'None' | 'Before' | 'After' | 'Beginning' | 'End', relativeTo?: FakeWorksheet | Excel.Worksheet): FakeWorksheet {
    const core = coreOf(this);
    let created: SheetModel | null = null;
    core.call('copy', [positionType ?? 'None', relativeTo ?? null], 7, (sheet) => {
      const anchor = relativeTo ? coreOf(relativeTo as unknown as FakeWorksheet).binding() : undefined;
      created = copySheet(core.host.model, sheet, String(positionType ?? 'None'), anchor);
    });
    return new FakeWorksheet(core.context, `${core.path}.copy()`, () => created);
  }
}

const collectionDescriptor: ProxyDescriptor<WorkbookModel> = { typeName: 'WorksheetCollection', defaultProps: [], readProperty: () => undefined };

export class FakeWorksheetCollection extends FakeLoadableObject<WorkbookModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => WorkbookModel) {
    super(context, path, collectionDescriptor, { resolve });
    coreOf(this).collection = {
      items: (model) => model.sheets,
      proxyFor: (owner, sheet) => new FakeWorksheet(coreOf(owner).context, `${coreOf(owner).path}.getItem("${sheetId(sheet as SheetModel)}")`, () => sheet as SheetModel, undefined, sheet as SheetModel),
    };
  }

  get items(): FakeWorksheet[] {
    return coreOf(this).get('items');
  }

  add(name?: string): FakeWorksheet {
    const core = coreOf(this);
    let created: SheetModel | null = null;
    core.call('add', [name ?? null], 1, (model) => {
      created = model.addSheet(name);
    });
    return new FakeWorksheet(core.context, `${core.path}.add(${JSON.stringify(name ?? null)})`, () => created);
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): FakeWorksheet {
    const core = coreOf(this);
    return new FakeWorksheet(core.context, `${core.path}.getItem(${JSON.stringify(key)})`, () => findSheet(core.binding(), key) ?? notFound('Worksheet', key), { minor: 1, nullable: false });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const core = coreOf(this);
    return new FakeWorksheet(core.context, `${core.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => findSheet(core.binding(), key) ?? null, { minor: 4, nullable: true });
  }

  getActiveWorksheet(): FakeWorksheet {
    const core = coreOf(this);
    return new FakeWorksheet(core.context, `${core.path}.getActiveWorksheet()`, () => core.binding().activeSheet ?? notFound('Worksheet', '(active)'), { minor: 1, nullable: false });
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return callForResult(this, 'getCount', [visibleOnly ?? false], 4, (model) => model.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }
}

function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  return model.findSheet(key) ?? model.sheets.find((s) => sheetId(s) === key);
}
