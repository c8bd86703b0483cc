import { parseAddress } from '../layout/a1';
import type { ChartLayout, ChartSeriesLayout } from '../layout/workbook-layout';
import { escapeXml, XML_DECLARATION } from './xml';

/**
 * DrawingML for the charts ExcelJS cannot write: one xl/charts/chartN.xml per
 * chart and one xl/drawings/drawingN.xml per sheet that anchors them. The
 * series point at cell ranges only (no cached values), so Excel and
 * LibreOffice draw them from the recalculated cells.
 */

const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

/** A reference as DrawingML stores it: no leading "=". */
const reference = (ref: string): string => escapeXml(ref.replace(/^=/, ''));

function seriesXml(series: ChartSeriesLayout, index: number, kind: ChartLayout['kind']): string {
  const name =
    'ref' in series.name
      ? `<c:tx><c:strRef><c:f>${reference(series.name.ref)}</c:f></c:strRef></c:tx>`
      : `<c:tx><c:v>${escapeXml(series.name.text)}</c:v></c:tx>`;
  const beforeData = kind === 'line' ? '<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>' : '<c:invertIfNegative val="0"/>';
  const afterData = kind === 'line' ? '<c:smooth val="0"/>' : '';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}${beforeData}` +
    `<c:cat><c:strRef><c:f>${reference(series.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${reference(series.values)}</c:f></c:numRef></c:val>${afterData}</c:ser>`
  );
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

export function chartPartXml(chart: ChartLayout): string {
  const series = chart.series.map((s, i) => seriesXml(s, i, chart.kind)).join('');
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const plot =
    chart.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>`;
  // A horizontal bar chart puts its categories on the left and its values at the bottom.
  const [categoryPosition, valuePosition] = chart.kind === 'bar' ? ['l', 'b'] : ['b', 'l'];
  const valueFormat = chart.valueFormat
    ? `<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${categoryPosition}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const range = chart.valueRange ? `<c:max val="${chart.valueRange.max}"/><c:min val="${chart.valueRange.min}"/>` : '';
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${range}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valuePosition}"/><c:majorGridlines/>${valueFormat}<c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

export interface AnchoredChart {
  chart: ChartLayout;
  /** The drawing's relationship id of the chart part. */
  relationshipId: string;
}

/** The sheet's drawing: each chart spans from the top-left of `from` to the bottom-right of `to`. */
export function drawingPartXml(charts: AnchoredChart[]): string {
  const anchors = charts
    .map(({ chart, relationshipId }, i) => {
      const from = parseAddress(chart.from);
      const to = parseAddress(chart.to);
      if (!from || !to) throw new Error(`chart "${chart.title}" has a bad anchor ${chart.from}:${chart.to}`);
      const marker = (tag: string, column: number, row: number): string =>
        `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        // Markers are 0-based; the end marker sits at the start of the cell after `to`.
        marker('from', from.column - 1, from.row - 1) +
        marker('to', to.column, to.row) +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
        '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="${relationshipId}"/>` +
        '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_MAIN}">${anchors}</xdr:wsDr>`;
}
