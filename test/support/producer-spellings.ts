import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readWorkbookGrid } from '../../src/app/read-workbook-grid';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { EXAMPLE, runCli } from './cli';
import { UNO_PYTHON } from './libreoffice-edit';

/**
 * A built workbook as other programs write it back, made by code from the
 * workbook PlanSheets wrote: its XML rewritten to another valid spelling
 * (namespace prefixes), parts added the way people add them (their own
 * chart, a picture, comments, a pivot table, a VBA project), or the file
 * opened and saved by openpyxl.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

type Edit = (zip: JSZip) => Promise<void>;

export async function editPackage(file: Buffer, edit: Edit): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function rewriteParts(zip: JSZip, test: (path: string) => boolean, rewrite: (xml: string) => string): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p]?.dir && test(p))) {
    zip.file(path, rewrite(await (zip.file(path) as JSZip.JSZipObject).async('string')));
  }
}

/** Unprefixed element names get `prefix:`, and the default namespace declaration becomes that prefix's. */
export function toPrefix(xml: string, namespace: string, prefix: string): string {
  if (!xml.includes(`xmlns="${namespace}"`)) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`).replace(`xmlns="${namespace}"`, `xmlns:${prefix}="${namespace}"`);
}

/** The elements of `prefix:` lose it, and the prefix's declaration becomes the default namespace's. */
export function toDefaultNamespace(xml: string, prefix: string): string {
  const declaration = new RegExp(`xmlns:${prefix}="([^"]*)"`);
  const namespace = declaration.exec(xml)?.[1];
  if (namespace === undefined) return xml;
  return xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1').replace(declaration, `xmlns="${namespace}"`);
}

/** As the Open XML SDK writes it: every SpreadsheetML part with the `x:` prefix. */
export const sdkPrefixed: Edit = (zip) => rewriteParts(zip, (p) => p.startsWith('xl/') && p.endsWith('.xml'), (xml) => toPrefix(xml, MAIN, 'x'));

/** As openpyxl and others write it: drawings and charts in the default namespace (no `xdr:`, no `c:`), relationships with an `rel:` prefix. */
export const defaultNamespaces: Edit = async (zip) => {
  await rewriteParts(zip, (p) => /^xl\/drawings\/[^/]+\.xml$/.test(p), (xml) => toDefaultNamespace(xml, 'xdr'));
  await rewriteParts(zip, (p) => /^xl\/charts\/[^/]+\.xml$/.test(p), (xml) => toDefaultNamespace(xml, 'c'));
  await rewriteParts(zip, (p) => p.endsWith('.rels'), (xml) => toPrefix(xml, PACKAGE_REL, 'pr'));
  await rewriteParts(
    zip,
    (p) => /^xl\/(workbook|worksheets\/[^/]+)\.xml$/.test(p),
    (xml) => xml.replace(`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`).replace(/(\s)r:id=/g, '$1rel:id='),
  );
};

async function addOverride(zip: JSZip, part: string, contentType: string): Promise<void> {
  const xml = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
  zip.file('[Content_Types].xml', xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`));
}

async function addRelationship(zip: JSZip, relsPath: string, id: string, type: string, target: string): Promise<void> {
  const existing = (await zip.file(relsPath)?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}"></Relationships>`;
  zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`));
}

async function sheetPathOf(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = await (zip.file('xl/_rels/workbook.xml.rels') as JSZip.JSZipObject).async('string');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const path = target?.[1] ?? target?.[2];
  if (!path) throw new Error(`no sheet ${sheetName}`);
  return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
}

/** Puts a worksheet child element where the schema wants it: before the elements that must follow it. */
async function addSheetElement(zip: JSZip, sheetPath: string, element: string, before: readonly string[]): Promise<void> {
  const xml = await (zip.file(sheetPath) as JSZip.JSZipObject).async('string');
  const at = before.map((name) => xml.indexOf(`<${name}`)).filter((i) => i >= 0);
  const index = at.length > 0 ? Math.min(...at) : xml.lastIndexOf('</worksheet>');
  zip.file(sheetPath, xml.slice(0, index) + element + xml.slice(index));
}

/** A 1×1 PNG (a single grey pixel). */
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');

/**
 * What people add to their copy: on the sheet `sheet` a picture and a chart
 * of their own (a new drawing: the sheet must have none), comments on two
 * cells, a pivot table over a cell range of it on a sheet of its own, and a
 * chart of that range on a chartsheet.
 */
export function extraParts(sheet: string, sourceRange: string): Edit {
  return async (zip) => {
    const sheetPath = await sheetPathOf(zip, sheet);
    const sheetRels = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    // Picture and chart, in a drawing of their own.
    zip.file('xl/media/image-extra1.png', PIXEL_PNG);
    zip.file(
      'xl/charts/chart-extra1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Oma kaavio</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${sheet}'!${sourceRange}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
    );
    const anchor = (from: number, inner: string): string =>
      `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
    zip.file(
      'xl/drawings/drawing-extra1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
        anchor(
          1,
          '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdImage1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
        ) +
        anchor(
          12,
          '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Oma kaavio"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame>',
        ) +
        '</xdr:wsDr>',
    );
    await addRelationship(zip, 'xl/drawings/_rels/drawing-extra1.xml.rels', 'rIdImage1', 'image', '../media/image-extra1.png');
    await addRelationship(zip, 'xl/drawings/_rels/drawing-extra1.xml.rels', 'rIdChart1', 'chart', '../charts/chart-extra1.xml');
    await addRelationship(zip, sheetRels, 'rIdExtraDrawing', 'drawing', '../drawings/drawing-extra1.xml');
    await addSheetElement(zip, sheetPath, '<drawing r:id="rIdExtraDrawing"/>', ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
    await addOverride(zip, 'xl/drawings/drawing-extra1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
    await addOverride(zip, 'xl/charts/chart-extra1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    const types = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
    if (!types.includes('Extension="png"')) zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));

    // Comments (notes), with the VML drawing Excel shows them with.
    zip.file(
      'xl/comments-extra1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Talous</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>Tarkista luvut ennen kokousta.</t></r></text></comment><comment ref="B2" authorId="0"><text><r><t>Kysy kunnalta.</t></r></text></comment></commentList></comments>`,
    );
    zip.file(
      'xl/drawings/vmlDrawing-extra1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape><v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
    );
    await addRelationship(zip, sheetRels, 'rIdExtraComments', 'comments', '../comments-extra1.xml');
    await addRelationship(zip, sheetRels, 'rIdExtraVml', 'vmlDrawing', '../drawings/vmlDrawing-extra1.vml');
    await addSheetElement(zip, sheetPath, '<legacyDrawing r:id="rIdExtraVml"/>', ['legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
    await addOverride(zip, 'xl/comments-extra1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
    const withVml = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
    if (!withVml.includes('Extension="vml"')) zip.file('[Content_Types].xml', withVml.replace('</Types>', '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>'));

    // A pivot table on a sheet of its own, with its cache.
    zip.file(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="${sourceRange}" sheet="${sheet}"/></cacheSource><cacheFields count="1"><cacheField name="Arvo" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Pivot1" cacheId="1" dataCaption="Arvot"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField dataField="1" showAll="0"/></pivotFields><dataFields count="1"><dataField name="Summa" fld="0"/></dataFields></pivotTableDefinition>`,
    );
    await addRelationship(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml');
    await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
    await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdExtraPivotCache', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml');
    const workbook = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
    zip.file('xl/workbook.xml', workbook.replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rIdExtraPivotCache"/></pivotCaches></workbook>'));
    zip.file('xl/worksheets/sheet-pivot.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`);
    await addRelationship(zip, 'xl/worksheets/_rels/sheet-pivot.xml.rels', 'rId1', 'pivotTable', '../pivotTables/pivotTable1.xml');
    await addOverride(zip, 'xl/worksheets/sheet-pivot.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdExtraPivotSheet', 'worksheet', 'worksheets/sheet-pivot.xml');
    const withCaches = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
    zip.file('xl/workbook.xml', withCaches.replace('</sheets>', '<sheet name="Pivot" sheetId="900" r:id="rIdExtraPivotSheet"/></sheets>'));

    // A chart on a sheet of its own (a chartsheet), drawing the same range.
    const chart = await (zip.file('xl/charts/chart-extra1.xml') as JSZip.JSZipObject).async('string');
    zip.file('xl/charts/chart-extra2.xml', chart.replace('Oma kaavio', 'Kaaviolehti'));
    zip.file(
      'xl/drawings/drawing-extra2.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8000000" cy="5000000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Kaaviolehti"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart2"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    );
    await addRelationship(zip, 'xl/drawings/_rels/drawing-extra2.xml.rels', 'rIdChart2', 'chart', '../charts/chart-extra2.xml');
    zip.file('xl/chartsheets/sheet-extra1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`);
    await addRelationship(zip, 'xl/chartsheets/_rels/sheet-extra1.xml.rels', 'rId1', 'drawing', '../drawings/drawing-extra2.xml');
    await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdExtraChartsheet', 'chartsheet', 'chartsheets/sheet-extra1.xml');
    await addOverride(zip, 'xl/chartsheets/sheet-extra1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml');
    await addOverride(zip, 'xl/drawings/drawing-extra2.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
    await addOverride(zip, 'xl/charts/chart-extra2.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    const withPivotSheet = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
    zip.file('xl/workbook.xml', withPivotSheet.replace('</sheets>', '<sheet name="Kaaviolehti" sheetId="901" r:id="rIdExtraChartsheet"/></sheets>'));
  };
}

/**
 * The workbook as a macro-enabled .xlsm: the workbook's content type is
 * Excel's macro-enabled one and it links a VBA project part. The part's
 * bytes are not a VBA project anyone could run, only what the reader must
 * pass over: an OLE compound file header followed by zeros.
 */
export const macroEnabled: Edit = async (zip) => {
  zip.file('xl/vbaProject.bin', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016)]));
  await addRelationship(zip, 'xl/_rels/workbook.xml.rels', 'rIdVba', 'vbaProject', 'vbaProject.bin').then(async () => {
    const rels = await (zip.file('xl/_rels/workbook.xml.rels') as JSZip.JSZipObject).async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(`${REL}/vbaProject`, 'http://schemas.microsoft.com/office/2006/relationships/vbaProject'));
  });
  const types = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
};

/** The workbook opened and saved by Python's openpyxl (Debian's python3 has it). */
export function savedByOpenpyxl(file: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-openpyxl-'));
  const source = join(dir, 'in.xlsx');
  const target = join(dir, 'out.xlsx');
  writeFileSync(source, file);
  const run = spawnSync(UNO_PYTHON, ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])', source, target], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return readFileSync(target);
}

/** One way of writing the built workbook back: a name for the test, the file name, and how it is made from the built file (bytes and path). */
export type Spelling = [string, string, (file: Buffer, path: string) => Promise<Buffer>];

async function readingOf(file: Buffer) {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(`${read.reason}: ${read.detail}`);
  const reading = readWorkbookGrid(read.grid);
  if (!reading.ok) throw new Error(JSON.stringify(reading.findings));
  return reading;
}

/**
 * Each spelling of the built example must read as the same plan with the
 * same findings, validate and rebuild through the command line. Returns the
 * paths of the files made, by file name, for further checks.
 */
export function describeSpellings(title: string, spellings: readonly Spelling[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'plansheets-producers-'));
  const files = new Map<string, string>();
  let expected: Awaited<ReturnType<typeof readingOf>>;
  describe(title, () => {
    beforeAll(async () => {
      const built = join(dir, 'built.xlsx');
      const build = await runCli('build', EXAMPLE, '-o', built);
      if (build.code !== 0) throw new Error(build.stderr);
      const original = readFileSync(built);
      expected = await readingOf(original);
      for (const [, name, make] of spellings) {
        const path = join(dir, name);
        writeFileSync(path, await make(original, built));
        files.set(name, path);
      }
    });

    it.each(spellings.map(([what, name]) => [what, name]))('%s: reads as the same plan with the same findings', async (_what, name) => {
      const reading = await readingOf(readFileSync(files.get(name) as string));
      expect(reading.plan).toEqual(expected.plan);
      expect(reading.findings.map((f) => [f.rule, f.location])).toEqual(expected.findings.map((f) => [f.rule, f.location]));
    });

    it.each(spellings.map(([what, name]) => [what, name]))('%s: validates and rebuilds through the command line', async (_what, name) => {
      const path = files.get(name) as string;
      const validate = await runCli('validate', path, '--format', 'json');
      expect([validate.code, validate.stderr]).toEqual([0, '']);
      const rebuild = await runCli('build', path, '-o', join(dir, `rebuilt-${name.replace(/\.xlsm$/, '.xlsx')}`), '--lang', 'en');
      expect([rebuild.code, rebuild.stderr]).toEqual([0, '']);
      expect(rebuild.stdout).toMatch(/Workbook written: /);
    });
  });
  return files;
}
