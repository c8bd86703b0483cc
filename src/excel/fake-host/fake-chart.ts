/// <reference types="office-js" />
/**
 * Charts (ExcelApi 1.1): recorded, not drawn — type, source data, series
 * orientation, title and position.
 */
import { cellA1, qualifiedA1 } from './a1-address';
import { FakeClientObject, FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf, notFound } from './client-object';
import { fail } from './errors';
import { rectOnSheet } from './range-argument';
import type { RangeBinding } from './range-binding';
import type { ChartModel, ChartSeriesModel, SheetModel } from './workbook-model';

interface ChartBinding {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const chartDescriptor: ProxyDescriptor<ChartBinding> = {
  typeName: 'Chart',
  defaultProps: ['name', 'chartType', 'id'],
  readProperty: ({ chart }, name) => (name === 'name' ? chart.name : name === 'chartType' ? chart.type : name === 'id' ? `chart-${chart.id}` : undefined),
  navigation: (owner, name) => (name === 'title' ? (owner as FakeChart).title : name === 'series' ? (owner as FakeChart).series : undefined),
};

export class FakeChart extends FakeLoadableObject<ChartBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => ChartBinding | null, bound?: ChartBinding, instantiate?: { minor: number; nullable: boolean }) {
    super(context, path, chartDescriptor, { resolve, ...(bound ? { bound } : {}), ...(instantiate ? { instantiate } : {}) });
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  set name(name: string) {
    coreOf(this).set('name', name, ({ chart }) => (chart.name = name));
  }
  get chartType(): Excel.ChartType | string {
    return coreOf(this).get('chartType');
  }
  get id(): string {
    return coreOf(this).get('id');
  }
  get title(): FakeChartTitle {
    const core = coreOf(this);
    return new FakeChartTitle(core.context, `${core.path}.title`, () => core.binding());
  }
  get series(): FakeChartSeriesCollection {
    const core = coreOf(this);
    return new FakeChartSeriesCollection(core.context, `${core.path}.series`, () => core.binding());
  }
  /** Top-left and (optionally) bottom-right cells the chart covers. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    coreOf(this).call('setPosition', [startCell, endCell ?? null], 1, ({ sheet, chart }) => {
      const start = rectOnSheet(startCell, sheet, 'Chart.setPosition');
      const end = endCell === undefined ? null : rectOnSheet(endCell, sheet, 'Chart.setPosition');
      chart.position = { start: cellA1(start.row, start.column), end: end ? cellA1(end.row + end.rowCount - 1, end.column + end.columnCount - 1) : null };
    });
  }
  delete(): void {
    coreOf(this).call('delete', [], 1, ({ sheet, chart }) => {
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class FakeChartTitle extends FakeLoadableObject<ChartBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => ChartBinding) {
    super(context, path, { typeName: 'ChartTitle', defaultProps: ['text', 'visible'], readProperty: ({ chart }, name) => (name === 'text' ? chart.title : name === 'visible' ? chart.title !== '' : undefined) }, { resolve });
  }
  get text(): string {
    return coreOf(this).get('text');
  }
  set text(text: string) {
    coreOf(this).set('text', text, ({ chart }) => (chart.title = String(text)));
  }
  get visible(): boolean {
    return coreOf(this).get('visible');
  }
}

const chartTypes = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter'];

export class FakeChartCollection extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(context, path, { typeName: 'ChartCollection', defaultProps: [], readProperty: () => undefined }, { resolve });
    coreOf(this).collection = {
      items: (sheet) => sheet.charts,
      proxyFor: (owner, chart) => {
        const sheet = coreOf(owner).binding() as SheetModel;
        return new FakeChart(coreOf(owner).context, `${coreOf(owner).path}.getItem("${(chart as ChartModel).name}")`, () => null, { sheet, chart: chart as ChartModel });
      },
    };
  }
  get items(): FakeChart[] {
    return coreOf(this).get('items');
  }
  /** ASSUMPTION: only the common chart types listed in this file are accepted; others fail with InvalidArgument. */
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): FakeChart {
    const core = coreOf(this);
    let created: ChartBinding | null = null;
    core.call('add', [type, sourceData, seriesBy ?? 'Auto'], 1, (sheet) => {
      if (!chartTypes.includes(String(type))) fail('InvalidArgument', undefined, 'ChartCollection.add');
      const source = coreOf(sourceData as unknown as FakeClientObject<RangeBinding>).binding();
      const model = core.host.model;
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = { id: model.newId(), name: `Chart ${n}`, type: String(type), sourceSheetId: source.sheet.id, sourceRect: source.rect, seriesBy: String(seriesBy ?? 'Auto'), title: '', position: null, series: seriesOf(source, String(seriesBy ?? 'Auto')) };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChart(core.context, `${core.path}.add(${JSON.stringify(type)})`, () => created);
  }
  getItem(name: string): FakeChart {
    const core = coreOf(this);
    return new FakeChart(core.context, `${core.path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = core.binding();
      const chart = sheet.charts.find((c) => c.name === name) ?? notFound('Chart', name);
      return { sheet, chart };
    }, undefined, { minor: 1, nullable: false });
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 1, (sheet) => sheet.charts.length);
  }
}

/**
 * The series a chart gets from its source: one per column (or per row with
 * seriesBy "Rows", or "Auto" on a range wider than tall). ASSUMPTION: no
 * header row or column is taken for names or categories; series are named
 * "Series1", "Series2", … until named.
 */
function seriesOf(source: RangeBinding, seriesBy: string): ChartSeriesModel[] {
  const { sheet, rect } = source;
  const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && rect.columnCount > rect.rowCount);
  const count = byRows ? rect.rowCount : rect.columnCount;
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: qualifiedA1(sheet.name, byRows ? { ...rect, row: rect.row + i, rowCount: 1 } : { ...rect, column: rect.column + i, columnCount: 1 }),
    xValues: null,
  }));
}

interface SeriesBinding {
  readonly chart: ChartModel;
  readonly index: number;
}

function rangeReference(range: unknown, location: string): string {
  if (!(range instanceof FakeClientObject)) fail('InvalidArgument', undefined, location);
  const { sheet, rect } = coreOf(range as FakeClientObject<RangeBinding>).binding();
  if (rect.rowCount !== 1 && rect.columnCount !== 1) fail('InvalidArgument', 'A series takes one row or one column.', location);
  return qualifiedA1(sheet.name, rect);
}

/** Excel.ChartSeries: name (ExcelApi 1.1), setValues and setXAxisValues (1.7). */
export class FakeChartSeries extends FakeLoadableObject<SeriesBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SeriesBinding | null) {
    super(context, path, { typeName: 'ChartSeries', defaultProps: ['name'], readProperty: ({ chart, index }, name) => (name === 'name' ? chart.series[index]?.name : undefined) }, { resolve });
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  set name(name: string) {
    coreOf(this).set('name', name, ({ chart, index }) => {
      (chart.series[index] as ChartSeriesModel).name = String(name);
    });
  }
  setValues(sourceData: Excel.Range): void {
    coreOf(this).call('setValues', [sourceData], 7, ({ chart, index }) => {
      (chart.series[index] as ChartSeriesModel).values = rangeReference(sourceData, 'ChartSeries.setValues');
    });
  }
  setXAxisValues(sourceData: Excel.Range): void {
    coreOf(this).call('setXAxisValues', [sourceData], 7, ({ chart, index }) => {
      (chart.series[index] as ChartSeriesModel).xValues = rangeReference(sourceData, 'ChartSeries.setXAxisValues');
    });
  }
}

/** Excel.ChartSeriesCollection: getItemAt (1.1), add (1.7), count. */
export class FakeChartSeriesCollection extends FakeLoadableObject<ChartBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => ChartBinding) {
    super(context, path, { typeName: 'ChartSeriesCollection', defaultProps: ['count'], readProperty: ({ chart }, name) => (name === 'count' ? chart.series.length : undefined) }, { resolve });
  }
  get count(): number {
    return coreOf(this).get('count');
  }
  getItemAt(index: number): FakeChartSeries {
    const core = coreOf(this);
    return new FakeChartSeries(core.context, `${core.path}.getItemAt(${index})`, () => {
      const { chart } = core.binding();
      if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) fail('InvalidArgument', undefined, 'ChartSeriesCollection.getItemAt');
      return { chart, index };
    });
  }
  add(name?: string, index?: number): FakeChartSeries {
    const core = coreOf(this);
    let created: SeriesBinding | null = null;
    core.call('add', [name ?? null, index ?? null], 7, ({ chart }) => {
      const at = index === undefined ? chart.series.length : index;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length) fail('InvalidArgument', undefined, 'ChartSeriesCollection.add');
      chart.series.splice(at, 0, { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null });
      created = { chart, index: at };
    });
    return new FakeChartSeries(core.context, `${core.path}.add(${JSON.stringify(name ?? null)})`, () => created);
  }
}
