/// <reference types="office-js" />
/**
 * Excel.Workbook, Excel.Application, Excel.Runtime and the request context
 * handed to `host.run` batches.
 */
import { FakeLoadableObject, LoadSpec, FakeRequestContextLike, ProxyDescriptor, coreOf, notFound } from './client-object';
import { fail } from './errors';
import { FakeNamedItemCollection } from './fake-names';
import { FakeRange } from './fake-range';
import { FakeSettingCollection } from './fake-settings';
import { FakeTableCollection } from './fake-table';
import { FakeWorksheetCollection } from './fake-worksheet';
import type { HostContext } from './host-context';
import { RequestQueue, SyncGate } from './request-queue';
import type { WorkbookModel } from './workbook-model';

const workbookDescriptor: ProxyDescriptor<WorkbookModel> = {
  typeName: 'Workbook',
  defaultProps: ['name'],
  readProperty: (_model, name) => (name === 'name' ? 'PlanSheets fake workbook.xlsx' : undefined),
  navigation(owner, name) {
    const wb = owner as FakeWorkbook;
    if (name === 'worksheets') return wb.worksheets;
    if (name === 'tables') return wb.tables;
    if (name === 'names') return wb.names;
    if (name === 'settings') return wb.settings;
    if (name === 'application') return wb.application;
    return undefined;
  },
};

export class FakeWorkbook extends FakeLoadableObject<WorkbookModel> {
  constructor(context: FakeRequestContextLike) {
    super(context, 'workbook', workbookDescriptor, { resolve: () => context.host.model });
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  get worksheets(): FakeWorksheetCollection {
    const core = coreOf(this);
    return new FakeWorksheetCollection(core.context, 'workbook.worksheets', () => core.binding());
  }
  get tables(): FakeTableCollection {
    const core = coreOf(this);
    return new FakeTableCollection(core.context, 'workbook.tables', () => ({ model: core.binding(), sheet: null }));
  }
  get names(): FakeNamedItemCollection {
    const core = coreOf(this);
    return new FakeNamedItemCollection(core.context, 'workbook.names', () => ({ model: core.binding(), sheet: null }));
  }
  get settings(): FakeSettingCollection {
    const core = coreOf(this);
    return new FakeSettingCollection(core.context, 'workbook.settings', () => core.binding());
  }
  get application(): FakeApplication {
    return (coreOf(this).context.publicContext as FakeRequestContext).application;
  }
  getSelectedRange(): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      'workbook.getSelectedRange()',
      () => {
        const sheet = core.binding().activeSheet ?? notFound('Worksheet', '(active)');
        return { sheet, rect: sheet.selection };
      },
      { minor: 1, nullable: false },
    );
  }
  /** ExcelApi 1.7: the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      'workbook.getActiveCell()',
      () => {
        const sheet = core.binding().activeSheet ?? notFound('Worksheet', '(active)');
        return { sheet, rect: { row: sheet.selection.row, column: sheet.selection.column, rowCount: 1, columnCount: 1 } };
      },
      { minor: 7, nullable: false },
    );
  }
}

const calculationModes = ['Automatic', 'AutomaticExceptTables', 'Manual'];

export class FakeApplication extends FakeLoadableObject<WorkbookModel> {
  constructor(context: FakeRequestContextLike) {
    super(context, 'application', { typeName: 'Application', defaultProps: ['calculationMode'], propMinor: { calculationMode: 1 }, readProperty: (m, n) => (n === 'calculationMode' ? m.calculationMode : undefined) }, { resolve: () => context.host.model });
  }
  get calculationMode(): Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual' {
    return coreOf(this).get('calculationMode');
  }
  /** Writable from ExcelApi 1.8. */
  set calculationMode(mode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual') {
    const core = coreOf(this);
    core.loaded.set('calculationMode', mode);
    core.enqueue({ set: 'calculationMode', value: mode }, 8, () => {
      if (!calculationModes.includes(mode)) fail('InvalidArgument', undefined, 'Application.calculationMode');
      core.binding().calculationMode = mode;
    });
  }
  /** ExcelApi 1.6. The fake never calculates, so this only checks the requirement set. */
  suspendApiCalculationUntilNextSync(): void {
    coreOf(this).call('suspendApiCalculationUntilNextSync', [], 6, () => undefined);
  }
  /** ExcelApi 1.9. Nothing is drawn, so this only checks the requirement set. */
  suspendScreenUpdatingUntilNextSync(): void {
    coreOf(this).call('suspendScreenUpdatingUntilNextSync', [], 9, () => undefined);
  }
}

export class FakeRuntime extends FakeLoadableObject<WorkbookModel> {
  constructor(context: FakeRequestContextLike) {
    super(context, 'runtime', { typeName: 'Runtime', defaultProps: ['enableEvents'], propMinor: { enableEvents: 8 }, readProperty: (m, n) => (n === 'enableEvents' ? m.enableEvents : undefined) }, { resolve: () => context.host.model });
  }
  get enableEvents(): boolean {
    return coreOf(this).get('enableEvents');
  }
  set enableEvents(value: boolean) {
    coreOf(this).set('enableEvents', value, (model) => (model.enableEvents = Boolean(value)));
  }
}

/** Tracked objects are a no-op in the fake: there is no session to release. */
const gates = new WeakMap<FakeRequestContext, SyncGate>();

class FakeTrackedObjects {
  add(): void {}
  remove(): void {}
}

const contextInternals = new WeakMap<FakeRequestContext, FakeRequestContextLike>();

/** The queue and host behind a context; for the host only. */
export function internalsOf(context: FakeRequestContext): FakeRequestContextLike {
  const internals = contextInternals.get(context);
  if (!internals) throw new Error('Not a fake request context.');
  return internals;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = new FakeTrackedObjects();

  constructor(host: HostContext, gate: SyncGate) {
    const internals: FakeRequestContextLike = { queue: new RequestQueue(), host, publicContext: this };
    contextInternals.set(this, internals);
    gates.set(this, gate);
    this.application = new FakeApplication(internals);
    this.runtime = new FakeRuntime(internals);
    this.workbook = new FakeWorkbook(internals);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const gate = gates.get(this);
    if (!gate) throw new Error('Not a fake request context.');
    return internalsOf(this).queue.sync(gate).then(() => passThroughValue as T);
  }

  /** Same as object.load(option). */
  load(object: unknown, option?: LoadSpec): unknown {
    if (!(object instanceof FakeLoadableObject)) throw new Error('Fake Excel host: context.load needs an object of this fake host.');
    return object.load(option);
  }
}
